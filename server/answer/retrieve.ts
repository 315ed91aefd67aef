import { CONSIDERED, confidence, decideAnswer, type RankedEvidence, type RetrievalDecision } from './decide.js'
import type { IntentModel, IntentScores } from './intent.js'
import { otherKindOf } from './other-kind.js'
import type { Question } from './question.js'
import { searchEntries } from './search.js'
import type { SearchIndex } from './search-index.js'

/**
 * Retrieval with both signals, over the whole message and over its asking part
 * (focus.ts) when it has one: the evidence decision (BM25 search, coverage of
 * the question's meaningful words, closeness to a phrasing), which can say
 * which words matched, and the intent model, trained on many visitors'
 * phrasings and on questions the knowledge does not answer.
 *
 * An entry is a candidate when the evidence is confident of it in either view,
 * or when the model is sure of it and search found it too (so some of the
 * visitor's words are in it). Candidates are ranked by the model's belief plus
 * the evidence, so context words cannot outvote the question, and neither can a
 * bare "what does that involve?" stripped of its context. The model may veto a
 * near miss ("how much is it in dollars" is not the insurance entry): the entry
 * is then only a suggestion.
 */

/** The model thinks the question is out of scope at least this much: no answer unless it is nearly one of the entry's own phrasings. */
const OUT_OF_SCOPE_VETO = 0.6
const OWN_PHRASING = 0.85
const VERBATIM = 0.98
/** Sure enough, with search agreeing, to answer what the evidence alone was unsure of. */
const RESCUE = 0.6
const RESCUE_OUT_OF_SCOPE_AT_MOST = 0.2
/** What the evidence adds to the model's belief in ranking candidates. */
const CONFIDENT_EVIDENCE_BONUS = 0.5
const PHRASING_IN_RANKING = 0.6
/** Other answers shown must be candidates in their own right and nearly as strong. */
const RELATED_SHARE = 0.75
const MAX_ANSWERS = 3
const SEARCH_DEPTH = 10

export type Retrieval = RetrievalDecision & {
  /** The asking part of a long message, when the message had one. */
  focus?: string
  intent: IntentScores
}

type Candidate = { evidence: RankedEvidence; confident: boolean; belief: number; rank: number }

export function retrieve(index: SearchIndex, intent: IntentModel, question: Question, focus?: Question): Retrieval {
  const views = focus ? [question, focus] : [question]
  const decisions = views.map((asked) => decideAnswer(index, asked, searchEntries(index, asked, SEARCH_DEPTH).slice(0, CONSIDERED)))
  const beliefs = views.map((asked) => intent.classify(asked))
  const scores = beliefs.at(-1)!
  const belief = (id: string) => Math.max(...beliefs.map((view) => view.ranked.find((ranked) => ranked.id === id)?.probability ?? 0))
  const outOfScope = beliefs.reduce((sum, view) => sum + view.outOfScope, 0) / beliefs.length
  const withFocus = focus ? { focus: focus.text } : {}

  const candidates = new Map<string, Candidate>()
  const consider = (evidence: RankedEvidence) => {
    const confident = confidence(evidence) !== undefined
    const known = candidates.get(evidence.id)
    if (known && (known.confident || !confident)) return
    const modelBelief = belief(evidence.id)
    candidates.set(evidence.id, { evidence, confident, belief: modelBelief, rank: modelBelief + (confident ? CONFIDENT_EVIDENCE_BONUS : 0) + PHRASING_IN_RANKING * evidence.phrasingMatch })
  }
  decisions.forEach((decision) => decision.considered.forEach(consider))
  for (const [position, view] of beliefs.entries()) {
    if (view.probability >= RESCUE && view.outOfScope <= RESCUE_OUT_OF_SCOPE_AT_MOST && !candidates.has(view.best)) {
      const found = rescue(index, views[position]!, view.best)
      if (found) consider(found)
    }
  }

  const eligible = [...candidates.values()]
    .filter((candidate) => candidate.confident || (candidate.belief >= RESCUE && outOfScope <= RESCUE_OUT_OF_SCOPE_AT_MOST && candidate.evidence.matchedWeight > 0))
    .sort((a, b) => verbatim(b) - verbatim(a) || b.rank - a.rank)
  const considered = [...candidates.values()].sort((a, b) => b.rank - a.rank).map((candidate) => candidate.evidence).slice(0, CONSIDERED)
  const [best] = eligible
  if (!best) {
    const [first] = decisions
    return { kind: 'fallback', reason: first?.kind === 'fallback' ? first.reason : 'not sure enough', considered, intent: scores, ...withFocus }
  }
  const otherKind = otherKindOf(index, question)
  if (otherKind && best.evidence.phrasingMatch < OWN_PHRASING) {
    return { kind: 'fallback', reason: `another kind of thing: "${otherKind}" is named by a word no entry uses`, considered, intent: scores, ...withFocus }
  }
  if (outOfScope >= OUT_OF_SCOPE_VETO && best.evidence.phrasingMatch < OWN_PHRASING) {
    return { kind: 'fallback', reason: `a near miss: the intent model reads the question as one the knowledge does not answer (${percent(outOfScope)}), though ${best.evidence.id} shares words with it`, considered, intent: scores, ...withFocus }
  }
  const related = eligible.slice(1).filter((candidate) => candidate.confident && candidate.rank >= best.rank * RELATED_SHARE)
  const reason = [
    confidence(best.evidence) ?? `search found ${best.evidence.id} (matched: ${best.evidence.matched.join(', ')})`,
    `the intent model gives it ${percent(best.belief)}`,
  ].join('; ')
  return { kind: 'answer', reason, answers: [best, ...related].slice(0, MAX_ANSWERS).map((candidate) => candidate.evidence), considered, intent: scores, ...withFocus }
}

/** A question word for word one of an entry's own phrasings is that entry's, whatever else the model believes. */
function verbatim(candidate: Candidate): number {
  return candidate.evidence.phrasingMatch >= VERBATIM ? 1 : 0
}

/** The evidence for an entry search found further down than the decision looks. */
function rescue(index: SearchIndex, question: Question, id: string): RankedEvidence | undefined {
  const hit = searchEntries(index, question, SEARCH_DEPTH).find((candidate) => candidate.id === id)
  return hit ? decideAnswer(index, question, [hit]).considered[0] : undefined
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}
