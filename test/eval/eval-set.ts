import { readFile } from 'node:fs/promises'
import { parse } from 'yaml'
import { z } from 'zod'

const Question = z.string().trim().min(1)

export const EvalSetSchema = z.strictObject({
  answerable: z.array(z.strictObject({ q: Question, id: z.string() })),
  unanswerable: z.strictObject({ in_domain: z.array(Question), off_topic: z.array(Question) }),
  crisis: z.array(z.strictObject({ q: Question, category: z.enum(['self-harm', 'emergency']) })).default([]),
  not_crisis: z.array(z.strictObject({ q: Question, id: z.string().optional() })).default([]),
})
export type EvalSet = z.infer<typeof EvalSetSchema>

export const EVAL_SET_PATH = new URL('./questions.yaml', import.meta.url)
/** The Spanish development set (issue 18): not blind, since its writer built the Spanish pipeline. */
export const SPANISH_EVAL_SET_PATH = new URL('./questions.es.yaml', import.meta.url)

export async function readEvalSet(path: string | URL = EVAL_SET_PATH): Promise<EvalSet> {
  return EvalSetSchema.parse(parse(await readFile(path, 'utf8')))
}
