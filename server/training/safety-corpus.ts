import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'
import { z } from 'zod'
import { RISK_CLASSES } from '../answer/risk-model.js'
import type { LabelledMessage } from './train-risk-model.js'

/** The safety corpus: one YAML file per writing round, each a list of `{ q, label }`. */
export const SAFETY_CORPUS_FOLDER = 'training/safety'

const CorpusFileSchema = z.array(z.strictObject({ q: z.string().trim().min(1).max(2000), label: z.enum(RISK_CLASSES) }))

export async function readSafetyCorpus(folder = SAFETY_CORPUS_FOLDER): Promise<LabelledMessage[]> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.yaml')).sort()
  const rounds = await Promise.all(
    names.map(async (name) => {
      const parsed = CorpusFileSchema.safeParse(parse(await readFile(join(folder, name), 'utf8')))
      if (!parsed.success) throw new Error(`${join(folder, name)}: ${parsed.error.issues[0]?.message ?? 'not a list of { q, label }'}`)
      return parsed.data.map(({ q, label }) => ({ text: q, label }))
    }),
  )
  return rounds.flat()
}
