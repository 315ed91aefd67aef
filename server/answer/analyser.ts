import type { AnswerLanguage } from '../knowledge/knowledge.js'
import { isEnglishWord, specificity } from './english.js'
import { normalise } from './normalise.js'
import { isSpanishStopWord, normaliseSpanish, spanishStemOf } from './spanish.js'
import { isStopWord, stemOf } from './terms.js'

/**
 * How one language's text becomes the terms retrieval compares: the same
 * pipeline (search, evidence, intent model) runs on English and Spanish
 * entries, each through its own analyser (issue 18).
 */
export type Analyser = {
  language: AnswerLanguage
  normalise(text: string): string
  isStopWord(word: string): boolean
  stemOf(word: string): string
  /** 0..1: how much a word names a topic rather than wraps the question. */
  specificity(word: string): number
  /** A word of the language, never read as a typo of another. */
  isKnownWord(word: string): boolean
}

export const ENGLISH: Analyser = { language: 'en', normalise, isStopWord, stemOf, specificity, isKnownWord: isEnglishWord }

/**
 * No Spanish word-frequency list is shipped, so every Spanish word that is not
 * a stop word counts as topical; the stop-word list carries the filler that
 * the English frequencies recognise by themselves. Typos are read as the
 * entries' words whenever one is close, as no dictionary says otherwise.
 */
export const SPANISH: Analyser = {
  language: 'es',
  normalise: normaliseSpanish,
  isStopWord: isSpanishStopWord,
  stemOf: spanishStemOf,
  specificity: () => 1,
  isKnownWord: () => false,
}
