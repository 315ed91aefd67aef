import type { Question } from './question.js'
import type { SearchIndex } from './search-index.js'
import { includes } from './term-scores.js'

export type Hit = {
  id: string
  score: number
  /** The question's stems that the entry contains. */
  matches: ReadonlySet<string>
}

const STOP_WORD_BOOST = 0.15
const EXPANSION_BOOST = 0.7

/**
 * The `limit` best entries for a question, best first, scored as MiniSearch
 * scores an OR query: each stem's BM25 in the entry times its boost, summed,
 * times the number of the question's stems the entry contains. Stop words
 * shape the score ("how long" against "how much") but are in nearly every
 * entry; an entry that shares nothing else with the question is no candidate.
 */
export function searchEntries(index: SearchIndex, question: Question, limit: number): Hit[] {
  const boosts = queryBoosts(question)
  const meaningful = new Set(question.words.flatMap((word) => (word.stop ? [] : [word.stem, ...word.expansions])))

  const { ids, postings } = index.terms
  const candidate = new Uint8Array(ids.length)
  const touched: number[] = []
  for (const stem of meaningful) {
    for (const entry of postings.get(stem)?.entries ?? []) {
      if (candidate[entry] === 0) touched.push(entry)
      candidate[entry] = 1
    }
  }
  if (touched.length === 0) return []

  const score = new Float64Array(ids.length)
  const stemsFound = new Uint16Array(ids.length)
  for (const [stem, boost] of boosts) {
    const found = postings.get(stem)
    if (!found) continue
    for (let at = 0; at < found.entries.length; at++) {
      const entry = found.entries[at]!
      if (candidate[entry] === 0) continue
      score[entry]! += boost * found.scores[at]!
      stemsFound[entry]! += 1
    }
  }

  return best(touched, (entry) => score[entry]! * stemsFound[entry]!, limit).map((entry) => ({
    id: ids[entry]!,
    score: score[entry]! * stemsFound[entry]!,
    matches: new Set(
      [...boosts.keys()].filter((stem) => {
        const found = postings.get(stem)
        return found !== undefined && includes(found, entry)
      }),
    ),
  }))
}

/** Each stem the question asks with, and how much it counts: a visitor's word by its topicality, a staff synonym a little less. */
export function queryBoosts(question: Question): Map<string, number> {
  const boosts = new Map<string, number>()
  const raise = (stem: string, boost: number) => boosts.set(stem, Math.max(boosts.get(stem) ?? 0, boost))
  for (const word of question.words) {
    const boost = word.stop ? STOP_WORD_BOOST : word.topicality
    raise(word.stem, boost)
    for (const stem of word.expansions) raise(stem, EXPANSION_BOOST * boost)
  }
  return boosts
}

/** The `limit` highest-scoring entries, best first; ties keep the entries' order. */
function best(entries: readonly number[], scoreOf: (entry: number) => number, limit: number): number[] {
  const top: number[] = []
  for (const entry of entries) {
    const value = scoreOf(entry)
    let at = top.length
    while (at > 0 && (scoreOf(top[at - 1]!) < value || (scoreOf(top[at - 1]!) === value && top[at - 1]! > entry))) at--
    if (at >= limit) continue
    top.splice(at, 0, entry)
    if (top.length > limit) top.pop()
  }
  return top
}
