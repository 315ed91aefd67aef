import type { Synonyms } from '../knowledge/schema.js'
import { normalise, words } from './normalise.js'
import { stemOf } from './terms.js'

export type SynonymTable = ReadonlyArray<{ phrase: string[]; expansion: string[] }>

/** Prepares the staff's synonym file for matching: visitor phrases as words, answer words as stems. */
export function compileSynonyms(synonyms: Synonyms): SynonymTable {
  return Object.entries(synonyms)
    .map(([phrase, expansion]) => ({ phrase: words(normalise(phrase)), expansion: words(normalise(expansion)).map(stemOf) }))
    .filter((rule) => rule.phrase.length > 0 && rule.expansion.length > 0)
    .sort((a, b) => b.phrase.length - a.phrase.length)
}

export type Expansion = { stem: string; from: number; to: number }

/**
 * Finds the staff's visitor phrases in the question (longest first, so "nasal
 * spray" wins over "spray") and returns the answer words they stand for, with
 * the span of question words each one came from.
 */
export function expandSynonyms(questionWords: readonly string[], table: SynonymTable): Expansion[] {
  const expansions: Expansion[] = []
  const taken = new Array<boolean>(questionWords.length).fill(false)
  for (const rule of table) {
    for (let from = 0; from + rule.phrase.length <= questionWords.length; from++) {
      const to = from + rule.phrase.length
      const span = questionWords.slice(from, to)
      if (taken.slice(from, to).some(Boolean) || span.some((word, index) => word !== rule.phrase[index])) continue
      taken.fill(true, from, to)
      expansions.push(...rule.expansion.map((stem) => ({ stem, from, to })))
    }
  }
  return expansions
}
