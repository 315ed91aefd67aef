import { createHash } from 'node:crypto'
import { readdir, readFile, realpath, stat } from 'node:fs/promises'
import { isAbsolute, join, relative, sep } from 'node:path'
import { prepareKnowledge } from '../answer/answer.js'
import { checkKnowledge, type PhrasingOption } from './check.js'
import type { Knowledge, KnowledgeFile } from './knowledge.js'
import { isEditorLeftover, isKnowledgeFileName } from './knowledge-names.js'
import { sizeLimitFor } from './limits.js'
import { InvalidKnowledgeError, type KnowledgeProblem } from './problems.js'
import type { KnowledgeSnapshots } from './snapshot.js'

/**
 * Reads every file of the knowledge folder, named as staff see them (relative to the working
 * directory). Files that are not Markdown or YAML are listed with no text, so the check can
 * say that they will never load; editors' leftovers are not listed at all. A symbolic link is
 * followed when it leads to a file inside the folder, and otherwise reported by name: nothing
 * outside the folder is ever read (issue 14).
 */
export async function readKnowledgeFiles(folder: string): Promise<KnowledgeFile[]> {
  const names = await readdir(folder, { recursive: true, withFileTypes: true })
  const files = names
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => ({ entry, absolute: join(entry.parentPath, entry.name), name: relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/') }))
    .filter(({ name }) => !isEditorLeftover(name))
  const root = await realpath(folder)
  return Promise.all(
    files.map(async ({ entry, absolute, name }): Promise<KnowledgeFile> => {
      const fromHere = relative(process.cwd(), absolute)
      // Staff see paths as they would type them: relative inside the project, absolute elsewhere.
      const path = fromHere.startsWith('..') ? absolute : fromHere
      if (!isKnowledgeFileName(name)) return { path, name, text: '' }
      if (entry.isSymbolicLink()) {
        const refused = await linkProblem(absolute, root)
        if (refused) return { path, name, text: '', unreadable: refused }
      }
      // A file over its limit is not even read: a 50 MB file must cost nothing but its refusal.
      const { size } = await stat(absolute)
      if (size > sizeLimitFor(name)) return { path, name, text: '', bytes: size }
      return { path, name, text: await readFile(absolute, 'utf8') }
    }),
  )
}

/** Why a link in the knowledge folder is not read, or undefined when it leads to a file inside it. */
async function linkProblem(link: string, root: string): Promise<string | undefined> {
  const target = await realpath(link).catch(() => undefined)
  if (!target) return 'this is a link to a file that does not exist: fix or remove the link'
  const inside = relative(root, target)
  if (inside.startsWith('..') || isAbsolute(inside)) {
    return 'this is a link to a file outside the knowledge folder, which is never read: copy the file into the folder instead'
  }
  if (!(await stat(target)).isFile()) return 'this is a link to something that is not a file: link to a file, or remove the link'
  return undefined
}

export type LoadedKnowledge = { knowledge: Knowledge; version: string; warnings: KnowledgeProblem[] }

/** `snapshots`: where the server's start keeps the checked knowledge and its indexes (snapshot.ts); only with phrasings: false, as the server loads. */
export type LoadOptions = PhrasingOption & { snapshots?: KnowledgeSnapshots }

/**
 * Loads the knowledge folder by the same verdict as `knowledge:check`, or throws
 * InvalidKnowledgeError listing every error with its file and line. The server
 * passes phrasings: false and logs those warnings once it listens (warnAboutPhrasingsLater).
 */
export async function loadKnowledge(folder: string, today = new Date(), options: LoadOptions = { phrasings: true }): Promise<LoadedKnowledge> {
  const files = await readKnowledgeFiles(folder)
  const snapshots = options.phrasings ? undefined : options.snapshots
  const kept = snapshots?.read(files, today)
  if (kept) return { knowledge: kept.knowledge, version: versionOf(files), warnings: kept.warnings }
  const { knowledge, problems } = checkKnowledge(files, today, options)
  if (!knowledge) throw new InvalidKnowledgeError(problems.filter((problem) => problem.severity === 'error'))
  if (snapshots) {
    const prepared = prepareKnowledge(knowledge)
    snapshots.write(files, today, { knowledge, warnings: problems, indexes: { en: prepared.index, ...(prepared.es ? { es: prepared.es.index } : {}) } })
  }
  return { knowledge, version: versionOf(files), warnings: problems }
}

export function versionOf(files: readonly KnowledgeFile[]): string {
  const hash = createHash('sha256')
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) hash.update(`${file.name}\0${file.bytes ?? ''}\0${file.unreadable ?? ''}\0${file.text}\0`)
  return hash.digest('hex').slice(0, 12)
}
