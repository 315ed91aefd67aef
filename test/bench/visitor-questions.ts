import { readEvalSet, SPANISH_EVAL_SET_PATH } from '../eval/eval-set.js'

/**
 * Every distinct question of the evaluation set: answerable ones, questions we
 * must decline, crisis messages and their look-alikes, in the mix visitors send.
 */
export async function visitorQuestions(path?: URL): Promise<string[]> {
  const set = await readEvalSet(path)
  return [
    ...new Set([
      ...set.answerable.map((item) => item.q),
      ...set.unanswerable.in_domain,
      ...set.unanswerable.off_topic,
      ...set.crisis.map((item) => item.q),
      ...set.not_crisis.map((item) => item.q),
    ]),
  ]
}

/** The same mix in Spanish, from the Spanish development set (issue 18). */
export function spanishVisitorQuestions(): Promise<string[]> {
  return visitorQuestions(SPANISH_EVAL_SET_PATH)
}
