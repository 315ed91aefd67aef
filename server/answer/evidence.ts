import type { Question } from './question.js'
import type { Hit } from './search.js'
import { STOP_WORD_WEIGHT, type SearchIndex } from './search-index.js'

/**
 * How well one entry covers a question. MiniSearch scores have no fixed scale
 * (they grow with the question's length and shift whenever entries change), so
 * the decision to answer rests on this instead: the share of the question's
 * meaningful words, weighted by rarity, that the entry contains.
 */
export type Evidence = {
  id: string
  score: number
  /** 0..1: rarity-weighted share of the question's meaningful words found in the entry. */
  coverage: number
  /** Meaningful question words the entry contains, and those it does not. */
  matched: string[]
  missing: string[]
  /** The summed weight of the matched words: how much they, together, say about this entry (not just "ketamine" or "time"). */
  matchedWeight: number
  /** 0..1: how closely the question reads like the entry's question or one of its other phrasings, and which. */
  phrasingMatch: number
  closestPhrasing: string
}

/** Weighs search hits against a question; the question's side is worked out once for all its hits. */
export function weighEvidence(index: SearchIndex, question: Question): (hit: Hit) => Evidence {
  const meaningful = question.words.filter((word) => !word.stop).map(({ word, weight, stem, expansions }) => ({ word, weight, stems: [stem, ...expansions] }))
  const total = meaningful.reduce((sum, word) => sum + word.weight, 0)
  const phrasingMatch = closestPhrasing(index, question)
  return (hit) => {
    const matched: string[] = []
    const missing: string[] = []
    let matchedWeight = 0
    for (const word of meaningful) {
      if (word.stems.some((stem) => hit.matches.has(stem))) {
        matched.push(word.word)
        matchedWeight += word.weight
      } else missing.push(word.word)
    }
    return {
      id: hit.id,
      score: hit.score,
      coverage: total === 0 ? 0 : matchedWeight / total,
      matched,
      missing,
      matchedWeight,
      ...phrasingMatch(hit.id),
    }
  }
}

/**
 * Weighted overlap between the question and each way the entry is asked
 * (Dice's coefficient over stems, a synonym counting as its visitor word).
 * Unlike search scores it has a fixed scale: 1 when the question is one of
 * the entry's phrasings, whatever their length.
 */
function closestPhrasing(index: SearchIndex, question: Question): (id: string) => Pick<Evidence, 'phrasingMatch' | 'closestPhrasing'> {
  const numbered = (stem: string) => index.phrasingStems.get(stem) ?? -1
  const visitorWords = question.words.map((word) => ({
    stems: [word.stem, ...word.expansions].map(numbered),
    weight: word.stop ? STOP_WORD_WEIGHT : word.weight,
  }))
  const inQuestion = new Uint8Array(index.phrasingStems.size)
  for (const word of visitorWords) for (const stem of word.stems) if (stem >= 0) inQuestion[stem] = 1
  const visitorTotal = visitorWords.reduce((sum, word) => sum + word.weight, 0)
  // Which phrasing last marked each stem: marking a phrasing's stems, then reading the question's, is one pass over each.
  const inPhrasing = new Int32Array(index.phrasingStems.size)
  let phrasingNumber = 0
  return (id) => {
    let best = { phrasingMatch: 0, closestPhrasing: '' }
    for (const askedAs of index.askedAs.get(id) ?? []) {
      // Plain loops over numbers: this runs for every phrasing of every entry considered, for every question.
      phrasingNumber++
      for (let at = 0; at < askedAs.stems.length; at++) inPhrasing[askedAs.stems[at]!] = phrasingNumber
      let visitorShared = 0
      for (const word of visitorWords) if (word.stems.some((stem) => stem >= 0 && inPhrasing[stem] === phrasingNumber)) visitorShared += word.weight
      let phrasingShared = 0
      for (let at = 0; at < askedAs.stems.length; at++) if (inQuestion[askedAs.stems[at]!] === 1) phrasingShared += askedAs.weights[at]!
      const match = (visitorShared + phrasingShared) / (visitorTotal + askedAs.weight || 1)
      if (match > best.phrasingMatch) best = { phrasingMatch: match, closestPhrasing: askedAs.text }
    }
    return best
  }
}
