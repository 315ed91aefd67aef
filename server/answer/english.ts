import { englishWords, RANKED_WORDS } from './english-words.js'

/**
 * How topical a word is in everyday English, from its rank in spoken English
 * (SUBTLEX-US, 74,000 words from film and TV subtitles). Visitors wrap their
 * question in everyday words ("is it normal to feel weird during the whole
 * thing"); a word that no entry contains says the question is about something
 * else only if it is a topical word ("pregnant", "alcohol", "Paxlovid").
 *
 * 0.1 for the few hundred commonest words, rising with rarity to 1 for words
 * past rank 10,000 and for words English subtitles never use.
 */
const COMMON_RANK = 200
const TOPICAL_RANK = RANKED_WORDS
const LEAST_SPECIFIC = 0.1

const { commonest, rarer } = englishWords()

const rankOf: ReadonlyMap<string, number> = (() => {
  const ranks = new Map<string, number>()
  commonest.forEach((lower, index) => {
    if (!ranks.has(lower)) ranks.set(lower, index + 1)
  })
  return ranks
})()

/** Whether English subtitles use the word: a word they use is not read as a typo, however rare here ("running" is not "ruining"). */
export function isEnglishWord(word: string): boolean {
  return rankOf.has(word) || isLineOf(rarer, word)
}

export function specificity(word: string): number {
  const rank = rankOf.get(word) ?? Number.POSITIVE_INFINITY
  const share = (Math.log(rank) - Math.log(COMMON_RANK)) / (Math.log(TOPICAL_RANK) - Math.log(COMMON_RANK))
  return Math.min(1, Math.max(LEAST_SPECIFIC, share))
}

/**
 * Whether `word` is one of the lines of `lines` ("\nabc\nabd\n", sorted by UTF-16 code unit): a binary
 * search over character positions, each step reading the one line it lands in.
 */
function isLineOf(lines: string, word: string): boolean {
  // Lines starting in [low, high) may still hold the word; low is always a line's start.
  let low = 1
  let high = lines.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const start = lines.lastIndexOf('\n', middle - 1) + 1
    const end = lines.indexOf('\n', start)
    const line = lines.slice(start, end)
    if (line === word) return true
    if (line < word) low = end + 1
    else high = start
  }
  return false
}
