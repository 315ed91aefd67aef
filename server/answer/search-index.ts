import MiniSearch from 'minisearch'
import SearchableMap from 'minisearch/SearchableMap'
import type { FaqEntry } from '../knowledge/knowledge.js'
import { ENGLISH, type Analyser } from './analyser.js'
import { words } from './normalise.js'
import { compileSynonyms, type SynonymTable } from './synonyms.js'
import type { Synonyms } from '../knowledge/schema.js'
import { scoreTerms, SEARCH_FIELDS, type TermScores } from './term-scores.js'

type IndexedEntry = { id: string; question: string; phrasings: string; answer: string }

/** What visitors' words are matched against, built once per knowledge version. */
export type SearchIndex = {
  /** The language of the entries, and how its words are read. */
  analyser: Analyser
  /** Each stem's BM25 score in each entry, from MiniSearch's index of the entries. */
  terms: TermScores
  entryCount: number
  /** How many entries each stem appears in: rare stems are strong evidence, common ones weak. */
  documentFrequency: ReadonlyMap<string, number>
  /** Every meaningful word of the entries, for correcting visitors' typos to a word we know. */
  knownWords: SearchableMap<string>
  synonyms: SynonymTable
  /** Each entry's question and other phrasings, as weighted stems: the ways visitors ask for it. */
  askedAs: ReadonlyMap<string, ReadonlyArray<AskedAs>>
  /** The number of each stem the phrasings use. */
  phrasingStems: ReadonlyMap<string, number>
}

/** One way an entry is asked, as numbered stems with their weights, for comparing with questions quickly. */
export type AskedAs = {
  text: string
  stems: Int32Array
  weights: Float64Array
  /** The summed weight of its words. */
  weight: number
}

/** Weight of a question word that only shapes the question ("how", "is", "the"). */
export const STOP_WORD_WEIGHT = 0.1

/** MiniSearch's options for the entries: the answer pipeline's own words and stems. */
export function miniSearchOptions(analyser: Analyser) {
  return { fields: [...SEARCH_FIELDS], tokenize: (text: string) => words(analyser.normalise(text)), processTerm: analyser.stemOf }
}
export const MINISEARCH_OPTIONS = miniSearchOptions(ENGLISH)

const toDocument = (entry: FaqEntry): IndexedEntry => ({
  id: entry.id,
  question: entry.question,
  phrasings: entry.other_phrasings.join('\n'),
  answer: entry.answer,
})

/** MiniSearch's index of the entries, from which each stem's scores are worked out. */
export function indexEntries(entries: readonly FaqEntry[], analyser: Analyser = ENGLISH): MiniSearch<IndexedEntry> {
  const miniSearch = new MiniSearch<IndexedEntry>(miniSearchOptions(analyser))
  miniSearch.addAll(entries.map(toDocument))
  return miniSearch
}

export function buildSearchIndex(entries: readonly FaqEntry[], synonyms: Synonyms, analyser: Analyser = ENGLISH): SearchIndex {
  const { normalise, stemOf, isStopWord, specificity } = analyser
  const miniSearch = indexEntries(entries, analyser)
  const documents = entries.map(toDocument)

  const documentFrequency = new Map<string, number>()
  const knownWords = new SearchableMap<string>()
  for (const document of documents) {
    const entryWords = words(normalise([document.question, document.phrasings, document.answer].join(' ')))
    for (const stem of new Set(entryWords.map(stemOf))) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1)
    for (const word of entryWords) if (!isStopWord(word)) knownWords.set(word, stemOf(word))
  }
  const entryCount = entries.length
  const weigh = (word: string) => {
    const stem = stemOf(word)
    return { stem, weight: isStopWord(word) ? STOP_WORD_WEIGHT : rarityOf(documentFrequency, entryCount, stem) * specificity(word) }
  }
  const phrasingStems = new Map<string, number>()
  const askedAs = new Map(
    entries.map((entry) => [entry.id, [entry.question, ...entry.other_phrasings].map((text) => askedAsWords(text, words(normalise(text)), weigh, phrasingStems))]),
  )
  return { analyser, terms: scoreTerms(miniSearch), entryCount, documentFrequency, knownWords, synonyms: compileSynonyms(synonyms, analyser), askedAs, phrasingStems }
}

function askedAsWords(text: string, textWords: string[], weigh: (word: string) => { stem: string; weight: number }, stemNumbers: Map<string, number>): AskedAs {
  const weighed = textWords.map(weigh)
  const numberOf = (stem: string) => stemNumbers.get(stem) ?? stemNumbers.set(stem, stemNumbers.size).get(stem)!
  return {
    text,
    stems: Int32Array.from(weighed, (word) => numberOf(word.stem)),
    weights: Float64Array.from(weighed, (word) => word.weight),
    weight: weighed.reduce((sum, word) => sum + word.weight, 0),
  }
}

/** Inverse document frequency: how much finding this stem in an entry says about it. */
export function rarity(index: SearchIndex, stem: string): number {
  return rarityOf(index.documentFrequency, index.entryCount, stem)
}

function rarityOf(documentFrequency: ReadonlyMap<string, number>, entryCount: number, stem: string): number {
  return Math.log(1 + entryCount / Math.max(documentFrequency.get(stem) ?? 0, 0.5))
}
