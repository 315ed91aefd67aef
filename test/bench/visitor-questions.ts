import { readEvalSet } from '../eval/eval-set.js'

/**
 * Every distinct question of the evaluation set: answerable ones, questions we
 * must decline, crisis messages and their look-alikes, in the mix visitors send.
 */
export async function visitorQuestions(): Promise<string[]> {
  const set = await readEvalSet()
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
