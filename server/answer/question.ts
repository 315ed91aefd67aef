import { words } from './normalise.js'
import { rarity, type SearchIndex } from './search-index.js'
import { expandSynonyms } from './synonyms.js'

/** One word of a visitor's question, as retrieval sees it. */
export type QuestionWord = {
  word: string
  stem: string
  /** The known word a typo was read as ("symptms" -> "symptoms"). */
  correctedTo?: string
  stop: boolean
  /** Stems that the staff's synonyms add for this word ("drip" -> "iv", "infus"). */
  expansions: string[]
  /** How well this word tells entries apart: high for words few entries (or none) contain. */
  rarity: number
  /** 0..1: how much the word names a topic rather than wraps the question ("whole", "eventually"). */
  topicality: number
  /** How much this word says about what is asked: its rarity among the entries times its topicality. */
  weight: number
}

export type Question = { text: string; normalised: string; words: QuestionWord[] }

const SHORTEST_CORRECTABLE_WORD = 5
/**
 * How much an everyday English word still counts. A word the entries use is
 * meaningful here however common it is ("work", "feel"); a word they do not
 * use may be filler ("whole", "normal") or a topic we lack ("eat", "kids").
 */
const KNOWN_WORD_FLOOR = 0.5
const UNKNOWN_WORD_FLOOR = 0.3
const LEAST_TOPICAL = 0

export function understandQuestion(text: string, index: SearchIndex): Question {
  const { normalise, isStopWord, stemOf, specificity } = index.analyser
  const normalised = normalise(text)
  const questionWords = joinSplitWords(words(normalised), index)
  const expansions = expandSynonyms(questionWords, index.synonyms)

  return {
    text,
    normalised,
    words: questionWords.map((word, position) => {
      const wordExpansions = expansions.filter((expansion) => position >= expansion.from && position < expansion.to).map((expansion) => expansion.stem)
      // A stop word inside a staff synonym ("out of it", "how long") carries that synonym's meaning.
      const stop = isStopWord(word) && wordExpansions.length === 0
      const correctedTo = stop || wordExpansions.length > 0 ? undefined : correctTypo(word, index)
      const stem = stemOf(correctedTo ?? word)
      const knownStems = [stem, ...wordExpansions].filter((candidate) => index.documentFrequency.has(candidate))
      const known = knownStems.length > 0
      const wordRarity = known ? Math.max(...knownStems.map((knownStem) => rarity(index, knownStem))) : rarity(index, stem)
      const floor = known ? KNOWN_WORD_FLOOR : UNKNOWN_WORD_FLOOR
      // An adverb or a number no entry uses ("eventually", "18") colours a question; it is not what it asks about.
      const english = !known && (word.endsWith('ly') || /^\d+$/.test(word)) ? LEAST_TOPICAL : specificity(correctedTo ?? word)
      const topicality = floor + (1 - floor) * english
      return {
        word,
        stem,
        stop,
        expansions: wordExpansions,
        rarity: wordRarity,
        topicality,
        weight: wordRarity * topicality,
        ...(correctedTo ? { correctedTo } : {}),
      }
    }),
  }
}

/** Shorter joins are too often two real words ("a" and "ny"). */
const SHORTEST_JOINED_WORD = 5

/**
 * Voice typing and phone keyboards split words: "queta mina", "co vid", "in fusion", "I V". Two
 * neighbouring words are read as one when the entries use the joined word and not both halves.
 */
function joinSplitWords(list: readonly string[], index: SearchIndex): string[] {
  const usedByEntries = (word: string) => index.documentFrequency.has(index.analyser.stemOf(word))
  const joined: string[] = []
  for (let position = 0; position < list.length; position++) {
    const word = list[position]!
    const next = list[position + 1]
    const whole = next === undefined ? '' : word + next
    if (whole.length >= SHORTEST_JOINED_WORD && !/\d/.test(whole) && !(usedByEntries(word) && usedByEntries(next!)) && usedByEntries(whole)) {
      joined.push(whole)
      position++
    } else {
      joined.push(word)
    }
  }
  return joined
}

/**
 * Reads a misspelt word as the closest word the entries contain, within one
 * edit (two for long words). Only visitors' own words that are not English
 * words are corrected, never synonym expansions.
 */
function correctTypo(word: string, index: SearchIndex): string | undefined {
  const { stemOf, isKnownWord } = index.analyser
  if (word.length < SHORTEST_CORRECTABLE_WORD || index.documentFrequency.has(stemOf(word)) || /\d/.test(word) || isKnownWord(word)) return undefined
  const maxEdits = word.length >= 8 ? 2 : 1
  let best: { word: string; edits: number; frequency: number } | undefined
  for (const [candidate, [stem, edits]] of index.knownWords.fuzzyGet(word, maxEdits)) {
    // People rarely mistype a word's first letter; a different first letter is a different word ("esketamine").
    if (candidate[0] !== word[0]) continue
    const frequency = index.documentFrequency.get(stem) ?? 0
    if (!best || edits < best.edits || (edits === best.edits && frequency > best.frequency)) best = { word: candidate, edits, frequency }
  }
  return best?.word
}
