import { knowledgeError, type KnowledgeProblem } from './problems.js'

/**
 * How large each knowledge file may be. Checked before anything else reads the
 * file, so a file grown by mistake (or on purpose) is refused in microseconds
 * instead of costing seconds of parsing on every reload (issue 14). Each limit
 * is many times what a real clinic writes: the shipped article is 15 KB, an
 * entry about 1 KB, the clinic settings 5 KB.
 */
export const KNOWLEDGE_SIZE_LIMITS = {
  /** One FAQ entry: its settings, phrasings and an answer of at most 700 characters. */
  entry: 16 * 1024,
  article: 256 * 1024,
  clinic: 64 * 1024,
  synonyms: 128 * 1024,
  /** Questions the widget must not answer: the shipped list of about 800 is 54 KB. */
  outOfScope: 256 * 1024,
  /** FAQ entries in the folder; the search index is rebuilt from all of them on each edit. */
  entries: 1_000,
} as const

export function sizeLimitFor(name: string): number {
  // A language's folder (es/) holds the same kinds of file under the same names.
  const inLanguage = name.replace(/^es\//, '')
  if (name === 'clinic.yaml') return KNOWLEDGE_SIZE_LIMITS.clinic
  if (inLanguage === 'synonyms.yaml') return KNOWLEDGE_SIZE_LIMITS.synonyms
  if (inLanguage === 'out-of-scope.yaml') return KNOWLEDGE_SIZE_LIMITS.outOfScope
  if (inLanguage.startsWith('articles/')) return KNOWLEDGE_SIZE_LIMITS.article
  return KNOWLEDGE_SIZE_LIMITS.entry
}

const kb = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('en-US')} KB`

/** The problem with a file over its limit, or undefined. `bytes` is its size on disk, or of its text. */
export function sizeProblem(file: { path: string; name: string }, bytes: number): KnowledgeProblem | undefined {
  const limit = sizeLimitFor(file.name)
  if (bytes <= limit) return undefined
  return knowledgeError(file.path, 1, `the file is ${kb(bytes)}, over the ${kb(limit)} a knowledge file of this kind may be: split it or shorten it (README, "Limits")`)
}
