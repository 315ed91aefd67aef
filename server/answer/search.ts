import type { Question } from './question.js'
import type { SearchField, SearchIndex } from './search-index.js'

export type Hit = {
  id: string
  score: number
  /** Query stems found in the entry, with the fields they were found in. */
  matches: ReadonlyMap<string, readonly SearchField[]>
}

/** Field boosts: an entry's question and phrasings say what it is about; its answer mentions much else. */
const FIELD_BOOST: Record<SearchField, number> = { question: 2, phrasings: 1.5, answer: 1 }
const STOP_WORD_BOOST = 0.15
const EXPANSION_BOOST = 0.7

export function searchEntries(index: SearchIndex, question: Question): Hit[] {
  const boosts = new Map<string, number>()
  const raise = (stem: string, boost: number) => boosts.set(stem, Math.max(boosts.get(stem) ?? 0, boost))
  for (const word of question.words) {
    const boost = word.stop ? STOP_WORD_BOOST : word.topicality
    raise(word.stem, boost)
    for (const stem of word.expansions) raise(stem, EXPANSION_BOOST * boost)
  }
  if (boosts.size === 0) return []

  // The question is already normalised, stemmed and typo-corrected, so MiniSearch takes the stems as they are.
  return index.miniSearch
    .search([...boosts.keys()].join(' '), {
      tokenize: (query) => query.split(' '),
      processTerm: (term) => term,
      boost: FIELD_BOOST,
      boostTerm: (term) => boosts.get(term) ?? 1,
      fuzzy: false,
      prefix: false,
    })
    .map((result) => ({
      id: String(result.id),
      score: result.score,
      matches: new Map(Object.entries(result.match).map(([stem, fields]) => [stem, fields as SearchField[]])),
    }))
}
