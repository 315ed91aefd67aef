import { followFolderChanges, watchOneDirectory, type FolderChangesOptions } from './folder-changes.js'
import { checkKnowledgeInTurns, phrasingWarningsInTurns } from './check.js'
import { readKnowledgeFiles, versionOf, type LoadedKnowledge } from './load.js'
import type { Knowledge } from './knowledge.js'
import { formatProblem } from './problems.js'
import { fixedKnowledgeStore, type KnowledgeStatus, type KnowledgeStore } from './store.js'

export type LiveKnowledgeStore = KnowledgeStore & {
  /** Re-reads the folder now; resolves once the new knowledge serves, or the edit was refused. */
  reload: () => Promise<void>
  close: () => void
}

export type WatchOptions = {
  log?: (line: string) => void
  /** Editors save in bursts (write, rename, touch); wait for the burst to end. */
  settleMs?: number
  /** How often every file's time and size is compared, in case a file event never came. */
  pollMs?: number
  watchDirectory?: FolderChangesOptions['watchDirectory']
}

/**
 * Asks every phrasing once more, in turns, for knowledge already being served, and logs those
 * that lead to another entry or to none; given up once `stillServed` says an edit replaced it.
 */
export function warnAboutPhrasingsLater(knowledge: Knowledge, version: string, stillServed: () => boolean, log: (line: string) => void): void {
  void phrasingWarningsInTurns(knowledge, stillServed).then(
    (found) => {
      if (found && found.length > 0 && stillServed()) log(`Knowledge version ${version}, phrasings to look at:\n  ${found.map(formatProblem).join('\n  ')}`)
    },
    () => {},
  )
}

/**
 * Serves the knowledge folder and follows staff edits to it. Each edit is
 * loaded and indexed to the side, then swapped in with one assignment, so a
 * request never sees half an index and requests in flight finish on the old
 * one. An edit that does not load changes nothing visitors see: the last good
 * knowledge keeps serving and the status reports the problem until it is fixed.
 */
export function watchKnowledge(folder: string, initial: LoadedKnowledge, options: WatchOptions = {}): LiveKnowledgeStore {
  const { log = console.log, settleMs = 150, pollMs = 2_000, watchDirectory = watchOneDirectory } = options
  let serving = fixedKnowledgeStore(initial.knowledge, initial.version)
  let lastReloadError: KnowledgeStatus['lastReloadError']
  let running: Promise<void> | undefined
  let again = false
  let timer: NodeJS.Timeout | undefined
  let closed = false

  const loadOnce = async () => {
    const files = await readKnowledgeFiles(folder)
    const version = versionOf(files)
    if (version === serving.status().version && !lastReloadError) return
    // In turns, so visitors' questions keep being answered while a big edit is read (issue 14); by the checker's own verdict (issue 13).
    const { knowledge, problems } = await checkKnowledgeInTurns(files, new Date())
    if (!knowledge) {
      const errors = problems.filter((problem) => problem.severity === 'error').map(formatProblem)
      lastReloadError = { at: new Date().toISOString(), problems: errors }
      log(`Knowledge edit not loaded; still serving version ${serving.status().version}. Fix:\n  ${errors.join('\n  ')}`)
      return
    }
    // Builds the new index to the side; the assignment below swaps it in at once.
    serving = fixedKnowledgeStore(knowledge, version)
    lastReloadError = undefined
    const warnings = problems.map(formatProblem)
    log(`Knowledge reloaded: ${knowledge.entries.length} answers (version ${version}).${warnings.length > 0 ? `\n  ${warnings.join('\n  ')}` : ''}`)
    // Each phrasing is asked once more, after the swap: these checks can only warn, and must not hold the edit back.
    warnAboutPhrasingsLater(knowledge, version, () => !closed && serving.status().version === version, log)
  }

  const reload = (): Promise<void> => {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      try {
        do {
          again = false
          await loadOnce().catch((error: unknown) => {
            lastReloadError = { at: new Date().toISOString(), problems: [`${folder}: could not read the knowledge folder (${(error as Error).message})`] }
            log(`Knowledge edit not loaded: ${lastReloadError.problems[0]}`)
          })
        } while (again)
      } finally {
        running = undefined
      }
    })()
    return running
  }

  const onChange = () => {
    clearTimeout(timer)
    timer = setTimeout(() => void reload(), settleMs)
  }
  const changes = followFolderChanges(folder, onChange, { log, pollMs, watchDirectory })

  return {
    current: () => serving.current(),
    status: () => {
      const watchError = changes.problem()
      return { ...serving.status(), ...(lastReloadError ? { lastReloadError } : {}), ...(watchError ? { watchError } : {}) }
    },
    reload,
    close: () => {
      closed = true
      clearTimeout(timer)
      changes.close()
    },
  }
}
