import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { checkKnowledge } from './check.js'
import type { Knowledge, KnowledgeFile } from './knowledge.js'
import { isEditorLeftover, isKnowledgeFileName } from './knowledge-names.js'
import { InvalidKnowledgeError, type KnowledgeProblem } from './problems.js'

/**
 * Reads every file of the knowledge folder, named as staff see them (relative to the working
 * directory). Files that are not Markdown or YAML are listed with no text, so the check can
 * say that they will never load; editors' leftovers are not listed at all.
 */
export async function readKnowledgeFiles(folder: string): Promise<KnowledgeFile[]> {
  const names = await readdir(folder, { recursive: true, withFileTypes: true })
  const files = names
    .filter((entry) => entry.isFile())
    .map((entry) => ({ absolute: join(entry.parentPath, entry.name), name: relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/') }))
    .filter(({ name }) => !isEditorLeftover(name))
  return Promise.all(
    files.map(async ({ absolute, name }) => {
      const fromHere = relative(process.cwd(), absolute)
      return {
        // Staff see paths as they would type them: relative inside the project, absolute elsewhere.
        path: fromHere.startsWith('..') ? absolute : fromHere,
        name,
        text: isKnowledgeFileName(name) ? await readFile(absolute, 'utf8') : '',
      }
    }),
  )
}

export type LoadedKnowledge = { knowledge: Knowledge; version: string; warnings: KnowledgeProblem[] }

/**
 * Loads the knowledge folder by the same verdict as `knowledge:check`, or throws
 * InvalidKnowledgeError listing every error with its file and line.
 */
export async function loadKnowledge(folder: string, today = new Date()): Promise<LoadedKnowledge> {
  const files = await readKnowledgeFiles(folder)
  const { knowledge, problems } = checkKnowledge(files, today)
  if (!knowledge) throw new InvalidKnowledgeError(problems.filter((problem) => problem.severity === 'error'))
  return { knowledge, version: versionOf(files), warnings: problems }
}

export function versionOf(files: readonly KnowledgeFile[]): string {
  const hash = createHash('sha256')
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) hash.update(`${file.name}\0${file.text}\0`)
  return hash.digest('hex').slice(0, 12)
}
