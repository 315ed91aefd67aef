import { weighEvidence, type Evidence } from './evidence.js'
import type { Question } from './question.js'
import type { Hit } from './search.js'
import type { SearchIndex } from './search-index.js'

export type RetrievalDecision =
  | { kind: 'answer'; answers: Evidence[]; considered: Evidence[] }
  | { kind: 'fallback'; reason: string; considered: Evidence[] }

/** Share of the question an entry must cover to be given as the answer. */
export const ANSWER_COVERAGE = 0.5
/** Related answers must cover nearly as much, and score at least this share of the best. */
const RELATED_COVERAGE = 0.5
const RELATED_SCORE_SHARE = 0.35
const MAX_ANSWERS = 3
const CONSIDERED = 5

export function decideAnswer(index: SearchIndex, question: Question, hits: readonly Hit[]): RetrievalDecision {
  const considered = hits.slice(0, CONSIDERED).map((hit) => weighEvidence(index, question, hit))
  const [best] = considered
  if (!best) return { kind: 'fallback', reason: 'no entry shares a meaningful word with the question', considered }
  if (!best.specific) {
    return { kind: 'fallback', reason: `the best entry (${best.id}) matches only common words (${best.matched.join(', ') || 'none'})`, considered }
  }
  if (best.coverage < ANSWER_COVERAGE) {
    return {
      kind: 'fallback',
      reason: `the best entry (${best.id}) covers ${percent(best.coverage)} of the question, below ${percent(ANSWER_COVERAGE)}; not covered: ${best.missing.join(', ')}`,
      considered,
    }
  }
  const related = considered
    .slice(1)
    .filter((evidence) => evidence.specific && evidence.coverage >= RELATED_COVERAGE && evidence.score >= best.score * RELATED_SCORE_SHARE)
  return { kind: 'answer', answers: [best, ...related].slice(0, MAX_ANSWERS), considered }
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}
