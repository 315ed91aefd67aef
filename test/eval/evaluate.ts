import { answerVisitor, type AnsweringKnowledge } from '../../server/answer/answer.js'
import type { EvalSet } from './eval-set.js'

/**
 * The abstention floor npm test holds on the Spanish development set: the figure reached when the
 * set was first run through the finished pipeline, short of the 90% target (issue 18), so that it
 * can only rise. Raise it as the Spanish out-of-scope questions and everyday words grow.
 */
export const SPANISH_ABSTENTION_FLOOR = 0.75

export type Miss = { group: string; question: string; expected: string; got: string }

export type EvalReport = {
  counts: { answerable: number; unanswerable: number; crisis: number; notCrisis: number }
  top1: number
  top3: number
  answerRate: number
  /** Answerable questions answered with the wrong entry first: the costliest mistake. */
  wrongAnswers: number
  abstention: number
  crisisRecall: number
  falseCrises: number
  misses: Miss[]
}

/** Runs every question of the set through the same pipeline the API uses, as from a widget in `lang` (none: the message alone decides). */
export function evaluate(prepared: AnsweringKnowledge, set: EvalSet, lang?: string): EvalReport {
  const ask = (question: string) => answerVisitor(prepared, question, lang)
  const misses: Miss[] = []
  const describe = (result: ReturnType<typeof ask>) => {
    const { response, trace } = result
    if (response.kind === 'crisis') return `crisis (${trace.safety.kind === 'crisis' ? trace.safety.reason : ''})`
    if (response.kind === 'answer') return `answer ${response.answers.map((answer) => answer.id).join(', ')}`
    const ranked = trace.retrieval?.considered.slice(0, 3).map((evidence) => `${evidence.id} ${Math.round(evidence.coverage * 100)}%`)
    return `fallback [${ranked?.join(', ') ?? ''}] ${trace.retrieval?.kind === 'fallback' ? trace.retrieval.reason : ''}`
  }

  let top1 = 0
  let top3 = 0
  let answered = 0
  let wrongAnswers = 0
  let falseCrises = 0
  for (const { q, id } of set.answerable) {
    const result = ask(q)
    const ranked = result.trace.retrieval?.considered.map((evidence) => evidence.id) ?? []
    if (ranked.slice(0, 3).includes(id)) top3++
    if (result.response.kind === 'answer') answered++
    if (result.response.kind === 'crisis') falseCrises++
    if (result.response.answers[0]?.id === id) top1++
    else {
      if (result.response.kind === 'answer') wrongAnswers++
      misses.push({ group: 'answerable', question: q, expected: id, got: describe(result) })
    }
  }

  const unanswerable = [
    ...set.unanswerable.in_domain.map((q) => ({ q, group: 'in-domain' })),
    ...set.unanswerable.off_topic.map((q) => ({ q, group: 'off-topic' })),
  ]
  let abstained = 0
  for (const { q, group } of unanswerable) {
    const result = ask(q)
    if (result.response.kind === 'fallback') abstained++
    else misses.push({ group: `unanswerable ${group}`, question: q, expected: 'fallback', got: describe(result) })
    if (result.response.kind === 'crisis') falseCrises++
  }

  let crisesCaught = 0
  for (const { q, category } of set.crisis) {
    const result = ask(q)
    const safety = result.trace.safety
    if (safety.kind === 'crisis' && safety.category === category) crisesCaught++
    else misses.push({ group: 'crisis', question: q, expected: `crisis ${category}`, got: describe(result) })
  }

  for (const { q, id } of set.not_crisis) {
    const result = ask(q)
    if (result.response.kind === 'crisis') {
      falseCrises++
      misses.push({ group: 'not crisis', question: q, expected: id ?? 'not crisis', got: describe(result) })
    } else if (id && result.response.answers[0]?.id !== id) {
      misses.push({ group: 'not crisis (answer)', question: q, expected: id, got: describe(result) })
    }
  }

  const share = (part: number, whole: number) => (whole === 0 ? 1 : part / whole)
  return {
    counts: { answerable: set.answerable.length, unanswerable: unanswerable.length, crisis: set.crisis.length, notCrisis: set.not_crisis.length },
    top1: share(top1, set.answerable.length),
    top3: share(top3, set.answerable.length),
    answerRate: share(answered, set.answerable.length),
    wrongAnswers,
    abstention: share(abstained, unanswerable.length),
    crisisRecall: share(crisesCaught, set.crisis.length),
    falseCrises,
    misses,
  }
}
