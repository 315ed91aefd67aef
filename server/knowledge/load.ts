import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { assembleKnowledge, type Knowledge, type KnowledgeFile } from './knowledge.js'
import { sizeLimitFor } from './limits.js'
import { InvalidKnowledgeError, type KnowledgeProblem } from './problems.js'

/** Reads every file of the knowledge folder, named as staff see them (relative to the working directory). */
export async function readKnowledgeFiles(folder: string): Promise<KnowledgeFile[]> {
  const names = await readdir(folder, { recursive: true, withFileTypes: true })
  const files = names.filter((entry) => entry.isFile() && /\.(md|ya?ml)$/.test(entry.name))
  return Promise.all(
    files.map(async (entry) => {
      const absolute = join(entry.parentPath, entry.name)
      const fromHere = relative(process.cwd(), absolute)
      // Staff see paths as they would type them: relative inside the project, absolute elsewhere.
      const path = fromHere.startsWith('..') ? absolute : fromHere
      const name = relative(folder, absolute).split(sep).join('/')
      // A file over its limit is not even read: a 50 MB file must cost nothing but its refusal.
      const { size } = await stat(absolute)
      if (size > sizeLimitFor(name)) return { path, name, text: '', bytes: size }
      return { path, name, text: await readFile(absolute, 'utf8') }
    }),
  )
}

export type LoadedKnowledge = { knowledge: Knowledge; version: string; warnings: KnowledgeProblem[] }

/** Loads the knowledge folder, or throws InvalidKnowledgeError listing every problem with its file and line. */
export async function loadKnowledge(folder: string): Promise<LoadedKnowledge> {
  const files = await readKnowledgeFiles(folder)
  const { knowledge, problems } = assembleKnowledge(files)
  if (!knowledge) throw new InvalidKnowledgeError(problems.filter((problem) => problem.severity === 'error'))
  return { knowledge, version: versionOf(files), warnings: problems }
}

export function versionOf(files: readonly KnowledgeFile[]): string {
  const hash = createHash('sha256')
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) hash.update(`${file.name}\0${file.bytes ?? ''}\0${file.text}\0`)
  return hash.digest('hex').slice(0, 12)
}
