import type { AnswerLanguage } from '../knowledge/knowledge.js'
import { isEnglishWord, specificity } from './english.js'
import { normalise } from './normalise.js'
import { isKnownSpanishWord, isSpanishStopWord, normaliseSpanish, spanishSpecificity, spanishStemOf } from './spanish.js'
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
 * No Spanish word-frequency list is shipped, so a listed set of everyday words
 * stands in for the English frequencies (spanish.ts). Other words are read as
 * typos of the entries' words whenever one is close, as no dictionary says otherwise.
 */
export const SPANISH: Analyser = {
  language: 'es',
  normalise: normaliseSpanish,
  isStopWord: isSpanishStopWord,
  stemOf: spanishStemOf,
  specificity: spanishSpecificity,
  isKnownWord: isKnownSpanishWord,
}
