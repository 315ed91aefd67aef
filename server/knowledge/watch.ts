import { watch, type FSWatcher } from 'node:fs'
import { assembleKnowledgeInTurns } from './knowledge.js'
import { readKnowledgeFiles, versionOf, type LoadedKnowledge } from './load.js'
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
  /** How long to wait before watching again after the watcher failed. */
  rewatchMs?: number
  /** node:fs `watch`, replaceable so tests can make the watcher fail. */
  watchFolder?: (folder: string, onChange: () => void) => FSWatcher
}

const watchRecursively = (folder: string, onChange: () => void) => watch(folder, { recursive: true }, onChange)

/**
 * Serves the knowledge folder and follows staff edits to it. Each edit is
 * loaded and indexed to the side, then swapped in with one assignment, so a
 * request never sees half an index and requests in flight finish on the old
 * one. An edit that does not load changes nothing visitors see: the last good
 * knowledge keeps serving and the status reports the problem until it is fixed.
 */
export function watchKnowledge(folder: string, initial: LoadedKnowledge, options: WatchOptions = {}): LiveKnowledgeStore {
  const { log = console.log, settleMs = 150, rewatchMs = 2_000, watchFolder = watchRecursively } = options
  let serving = fixedKnowledgeStore(initial.knowledge, initial.version)
  let lastReloadError: KnowledgeStatus['lastReloadError']
  let running: Promise<void> | undefined
  let again = false
  let timer: NodeJS.Timeout | undefined

  const loadOnce = async () => {
    const files = await readKnowledgeFiles(folder)
    const version = versionOf(files)
    if (version === serving.status().version && !lastReloadError) return
    // In turns, so visitors' questions keep being answered while a big edit is read (issue 14).
    const { knowledge, problems } = await assembleKnowledgeInTurns(files)
    if (!knowledge) {
      const errors = problems.filter((problem) => problem.severity === 'error').map(formatProblem)
      lastReloadError = { at: new Date().toISOString(), problems: errors }
      log(`Knowledge edit not loaded; still serving version ${serving.status().version}. Fix:\n  ${errors.join('\n  ')}`)
      return
    }
    // Builds the new index to the side; the assignment below swaps it in at once.
    serving = fixedKnowledgeStore(knowledge, version)
    lastReloadError = undefined
    log(`Knowledge reloaded: ${knowledge.entries.length} answers (version ${version}).`)
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

  let watcher: FSWatcher | undefined
  let rewatchTimer: NodeJS.Timeout | undefined
  let reportedFailure = false
  const onChange = () => {
    clearTimeout(timer)
    timer = setTimeout(() => void reload(), settleMs)
  }
  // Node's recursive watcher on Linux reports 'error' when a folder vanishes under it (a staff
  // member moving files around); unheard, that error would end the process and every chat with it.
  const startWatching = (): boolean => {
    try {
      watcher = watchFolder(folder, onChange)
      if (reportedFailure) log(`Following edits to ${folder} again.`)
      reportedFailure = false
      watcher.on('error', (error) => {
        watcher?.close()
        watcher = undefined
        log(`Stopped following edits to ${folder} (${error.message}); trying again every ${rewatchMs / 1000} s.`)
        reportedFailure = true
        rewatchLater()
      })
      return true
    } catch (error) {
      if (!reportedFailure) log(`Not following edits to ${folder} (${(error as Error).message}); trying again every ${rewatchMs / 1000} s.`)
      reportedFailure = true
      return false
    }
  }
  const rewatchLater = () => {
    clearTimeout(rewatchTimer)
    rewatchTimer = setTimeout(() => {
      if (startWatching()) void reload()
      else rewatchLater()
    }, rewatchMs)
    rewatchTimer.unref()
  }
  if (!startWatching()) rewatchLater()

  return {
    current: () => serving.current(),
    status: () => ({ ...serving.status(), ...(lastReloadError ? { lastReloadError } : {}) }),
    reload,
    close: () => {
      clearTimeout(timer)
      clearTimeout(rewatchTimer)
      watcher?.close()
    },
  }
}
