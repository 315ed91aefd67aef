import { weighEvidence, type Evidence } from './evidence.js'
import type { Question } from './question.js'
import type { Hit } from './search.js'
import type { SearchIndex } from './search-index.js'

/** Evidence with how strongly, all signals together, the entry answers the question: the order answers are given in. */
export type RankedEvidence = Evidence & { strength: number }

export type RetrievalDecision =
  | { kind: 'answer'; reason: string; answers: RankedEvidence[]; considered: RankedEvidence[] }
  | { kind: 'fallback'; reason: string; considered: RankedEvidence[] }

/** A question that reads this much like one of an entry's phrasings is that entry's question... */
const PHRASING_MATCH = 0.7
/** ...as long as they share a meaningful word, not only "what is it", and the rest of the question is not about something else. */
const PHRASING_MATCHED_WEIGHT = 0.2
const PHRASING_COVERAGE = 0.35
/** Otherwise the entry must cover this share of the question's meaningful words... */
const ANSWER_COVERAGE = 0.4
/** ...and the words it covers must say more than "ketamine" alone. */
const COVERAGE_MATCHED_WEIGHT = 0.6
/** Related answers must be answers in their own right, and at least this share as strong as the best. */
const RELATED_STRENGTH_SHARE = 0.6
/** In ranking, how much covering more of the question counts beside search score and phrasing match. */
const COVERAGE_IN_RANKING = 1
const MAX_ANSWERS = 3
/** How many of search's best entries are weighed; the rest are never answers. */
export const CONSIDERED = 5

export function confidence(evidence: Evidence): string | undefined {
  if (evidence.phrasingMatch >= PHRASING_MATCH && evidence.matchedWeight >= PHRASING_MATCHED_WEIGHT && evidence.coverage >= PHRASING_COVERAGE) {
    return `${evidence.id} reads like its phrasing "${evidence.closestPhrasing}" (${percent(evidence.phrasingMatch)})`
  }
  if (evidence.matchedWeight >= COVERAGE_MATCHED_WEIGHT && evidence.coverage >= ANSWER_COVERAGE) {
    return `${evidence.id} covers ${percent(evidence.coverage)} of the question (matched: ${evidence.matched.join(', ')})`
  }
  return undefined
}

export function decideAnswer(index: SearchIndex, question: Question, hits: readonly Hit[]): RetrievalDecision {
  const considered = rerank(hits.slice(0, CONSIDERED).map(weighEvidence(index, question)))
  const [best] = considered
  if (!best) return { kind: 'fallback', reason: 'no entry shares a meaningful word with the question', considered }
  const reason = confidence(best)
  if (!reason) {
    const missing = best.missing.length > 0 ? `; not covered: ${best.missing.join(', ')}` : ''
    return {
      kind: 'fallback',
      reason: `not sure enough: the best entry, ${best.id}, covers ${percent(best.coverage)} of the question${best.matchedWeight >= COVERAGE_MATCHED_WEIGHT ? '' : ' with only common words'} and reads ${percent(best.phrasingMatch)} like its closest phrasing${missing}`,
      considered,
    }
  }
  const related = considered.slice(1).filter((evidence) => confidence(evidence) !== undefined && evidence.strength >= best.strength * RELATED_STRENGTH_SHARE)
  return { kind: 'answer', reason, answers: [best, ...related].slice(0, MAX_ANSWERS), considered }
}

/**
 * Search ranks on word statistics alone; among its best few, an entry that
 * reads like the question or covers more of it is the likelier answer
 * ("can i drive after the spray" is about driving, not the spray).
 */
function rerank(considered: Evidence[]): RankedEvidence[] {
  const top = considered[0]?.score || 1
  return considered
    .map((evidence) => ({ ...evidence, strength: evidence.score / top + evidence.phrasingMatch + COVERAGE_IN_RANKING * evidence.coverage }))
    .sort((a, b) => b.strength - a.strength)
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}
