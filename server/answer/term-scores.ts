import type MiniSearch from 'minisearch'

/**
 * MiniSearch's BM25 scores, worked out once per knowledge version instead of
 * on every question. Knowledge only changes on a reload, so every (stem,
 * entry) pair's score is fixed: MiniSearch's `search()` recomputes it, and
 * allocates a result for every entry a word appears in, which at 10,000
 * entries (where "how" or "ketamine" is in most of them) took 160 ms a
 * question. Scoring here is adding numbers from typed arrays.
 */

export const SEARCH_FIELDS = ['question', 'phrasings', 'answer'] as const
export type SearchField = (typeof SEARCH_FIELDS)[number]

/** Field boosts: an entry's question and phrasings say what it is about; its answer mentions much else. */
export const FIELD_BOOST: Record<SearchField, number> = { question: 2, phrasings: 1.5, answer: 1 }

/** MiniSearch's default BM25+ parameters, which its search used. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 }

/** The entries a stem is in (ascending), and its boosted score in each. */
export type Postings = { entries: Int32Array; scores: Float64Array }

export type TermScores = {
  /** Entry ids, by the index the postings use. */
  ids: readonly string[]
  postings: ReadonlyMap<string, Postings>
}

export function scoreTerms(miniSearch: MiniSearch): TermScores {
  const { documentCount, documentIds, fieldIds, fieldLength, averageFieldLength, index } = miniSearch.toJSON()
  const shortIds = Object.keys(documentIds).map(Number).sort((a, b) => a - b)
  const position = new Map(shortIds.map((shortId, at) => [shortId, at]))
  const ids = shortIds.map((shortId) => String(documentIds[shortId]))
  const fields = SEARCH_FIELDS.map((field) => ({ field, id: fieldIds[field]! }))

  const postings = new Map<string, Postings>()
  for (const [stem, byField] of index) {
    const score = new Map<number, number>()
    for (const { field, id } of fields) {
      const frequencies = byField[id]
      if (!frequencies) continue
      const matching = Object.keys(frequencies).length
      for (const [shortId, termFrequency] of Object.entries(frequencies)) {
        const at = position.get(Number(shortId))!
        const length = fieldLength[Number(shortId)]![id]!
        const bm25 = bm25Plus(termFrequency, matching, documentCount, length, averageFieldLength[id]!)
        score.set(at, (score.get(at) ?? 0) + FIELD_BOOST[field] * bm25)
      }
    }
    const entries = Int32Array.from([...score.keys()].sort((a, b) => a - b))
    postings.set(stem, { entries, scores: Float64Array.from(entries, (at) => score.get(at)!) })
  }
  return { ids, postings }
}

function bm25Plus(termFrequency: number, matching: number, total: number, length: number, averageLength: number): number {
  const { k, b, d } = BM25
  const inverseDocumentFrequency = Math.log(1 + (total - matching + 0.5) / (matching + 0.5))
  return inverseDocumentFrequency * (d + (termFrequency * (k + 1)) / (termFrequency + k * (1 - b + (b * length) / averageLength)))
}

/** Whether a stem's postings include the entry at `entry`. */
export function includes(postings: Postings, entry: number): boolean {
  let low = 0
  let high = postings.entries.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const at = postings.entries[middle]!
    if (at === entry) return true
    if (at < entry) low = middle + 1
    else high = middle - 1
  }
  return false
}
