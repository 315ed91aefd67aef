import type { Synonyms } from '../knowledge/schema.js'
import { ENGLISH, type Analyser } from './analyser.js'
import { words } from './normalise.js'

type SynonymRule = { phrase: string[]; expansion: string[] }

/** The staff's synonyms, keyed by the first word of each visitor phrase, longest phrase first. */
export type SynonymTable = ReadonlyMap<string, readonly SynonymRule[]>

/** Prepares the staff's synonym file for matching: visitor phrases as words, answer words as stems. */
export function compileSynonyms(synonyms: Synonyms, { normalise, stemOf }: Analyser = ENGLISH): SynonymTable {
  const table = new Map<string, SynonymRule[]>()
  for (const [phrase, expansion] of Object.entries(synonyms)) {
    const rule = { phrase: words(normalise(phrase)), expansion: words(normalise(expansion)).map(stemOf) }
    const [first] = rule.phrase
    if (first === undefined || rule.expansion.length === 0) continue
    table.set(first, [...(table.get(first) ?? []), rule].sort((a, b) => b.phrase.length - a.phrase.length))
  }
  return table
}

export type Expansion = { stem: string; from: number; to: number }

/**
 * Finds the staff's visitor phrases in the question (longest first, so "nasal
 * spray" wins over "spray") and returns the answer words they stand for, with
 * the span of question words each one came from.
 */
export function expandSynonyms(questionWords: readonly string[], table: SynonymTable): Expansion[] {
  const expansions: Expansion[] = []
  let from = 0
  while (from < questionWords.length) {
    const rule = table.get(questionWords[from]!)?.find(({ phrase }) => phrase.every((word, offset) => questionWords[from + offset] === word))
    if (!rule) {
      from++
      continue
    }
    const to = from + rule.phrase.length
    expansions.push(...rule.expansion.map((stem) => ({ stem, from, to })))
    from = to
  }
  return expansions
}
