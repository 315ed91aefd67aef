import { normalise, words } from './normalise.js'
import { rarity, type SearchIndex } from './search-index.js'
import { specificity } from './specificity.js'
import { expandSynonyms } from './synonyms.js'
import { isStopWord, stemOf } from './terms.js'

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
  /** How much this word says about what is asked: its rarity among the entries times how topical it is in English. */
  weight: number
}

export type Question = { text: string; normalised: string; words: QuestionWord[] }

const SHORTEST_CORRECTABLE_WORD = 5

export function understandQuestion(text: string, index: SearchIndex): Question {
  const normalised = normalise(text)
  const questionWords = words(normalised)
  const expansions = expandSynonyms(questionWords, index.synonyms)

  return {
    text,
    normalised,
    words: questionWords.map((word, position) => {
      const stop = isStopWord(word)
      const wordExpansions = expansions.filter((expansion) => position >= expansion.from && position < expansion.to).map((expansion) => expansion.stem)
      const correctedTo = stop || wordExpansions.length > 0 ? undefined : correctTypo(word, index)
      const stem = stemOf(correctedTo ?? word)
      const knownStems = [stem, ...wordExpansions].filter((candidate) => index.documentFrequency.has(candidate))
      const wordRarity = knownStems.length > 0 ? Math.max(...knownStems.map((known) => rarity(index, known))) : rarity(index, stem)
      const weight = wordRarity * specificity(correctedTo ?? word)
      return { word, stem, stop, expansions: wordExpansions, rarity: wordRarity, weight, ...(correctedTo ? { correctedTo } : {}) }
    }),
  }
}

/**
 * Reads a word no entry contains as the closest word the entries do contain,
 * within one edit (two for long words). Only visitors' own words are corrected,
 * never synonym expansions: corrected "esketamine" would become "ketamine".
 */
function correctTypo(word: string, index: SearchIndex): string | undefined {
  if (word.length < SHORTEST_CORRECTABLE_WORD || index.documentFrequency.has(stemOf(word)) || /\d/.test(word)) return undefined
  const maxEdits = word.length >= 8 ? 2 : 1
  let best: { word: string; edits: number; frequency: number } | undefined
  for (const [candidate, [stem, edits]] of index.knownWords.fuzzyGet(word, maxEdits)) {
    const frequency = index.documentFrequency.get(stem) ?? 0
    if (!best || edits < best.edits || (edits === best.edits && frequency > best.frequency)) best = { word: candidate, edits, frequency }
  }
  return best?.word
}
