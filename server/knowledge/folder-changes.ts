import { watch, type FSWatcher } from 'node:fs'
import { lstat, readdir } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { isEditorLeftover } from './knowledge-names.js'

export type FolderChangesOptions = {
  log: (line: string) => void
  /** How often file times and sizes are compared, as a backstop for file events that never come. */
  pollMs: number
  /** node:fs `watch` on one folder, replaceable so tests can make watching fail. */
  watchDirectory: (directory: string, onEvent: (file: string | null) => void) => FSWatcher
}

export type WatchProblem = { at: string; problem: string }

export type FolderChanges = {
  /** Set while some folder cannot be watched, so edits there show up only at the next periodic check. */
  problem: () => WatchProblem | undefined
  close: () => void
}

export const watchOneDirectory: FolderChangesOptions['watchDirectory'] = (directory, onEvent) =>
  watch(directory, (_event, file) => onEvent(file === null ? null : String(file)))

/**
 * Calls `onChange` whenever a file in the knowledge folder may have changed,
 * however it was saved.
 *
 * Node 20's recursive watcher on Linux watches each file itself, so a save that
 * renames a new file over the old one (vim, `sed -i`, git, sync clients) leaves it
 * watching a file that no longer exists: that file's later edits went unnoticed
 * until a restart (issue 13). Here each folder is watched, not each file: a folder
 * reports every file created, replaced, renamed or written in it. Folders that
 * appear, vanish or are replaced are re-watched after each burst of events.
 *
 * The folder itself can be replaced too (a deployment swapping in a new copy), and
 * some systems run out of watches: a check of every file's size, time and inode
 * every `pollMs` catches what the events missed, and re-watches.
 */
export function followFolderChanges(folder: string, onChange: () => void, options: FolderChangesOptions): FolderChanges {
  const { log, pollMs, watchDirectory } = options
  const watched = new Map<string, { watcher: FSWatcher; inode: number }>()
  const failures = new Map<string, string>()
  let failingSince: string | undefined
  let closed = false
  let lastSnapshot: string | undefined
  let syncTimer: NodeJS.Timeout | undefined

  const leftover = (path: string) => isEditorLeftover(relative(folder, path).split(sep).join('/'))

  const unwatch = (directory: string) => {
    watched.get(directory)?.watcher.close()
    watched.delete(directory)
  }

  const reportFailures = () => {
    if (failures.size > 0 && !failingSince) {
      failingSince = new Date().toISOString()
      log(`${problemText()}.`)
    } else if (failures.size === 0 && failingSince) {
      failingSince = undefined
      log(`Following edits to ${folder} as they happen again.`)
    }
  }
  const problemText = () =>
    `Not following edits to ${folder} as they happen (${[...failures.values()][0]}); checking file times and sizes every ${pollMs / 1000} s instead`

  /** Watches every folder under the knowledge folder that is not watched yet, and lets go of those gone or replaced. */
  const syncWatchers = async () => {
    const directories = await foldersUnder(folder).catch(() => new Map<string, number>())
    if (closed) return
    for (const [directory, { inode }] of watched) {
      if (directories.get(directory) !== inode) unwatch(directory)
    }
    for (const directory of [...failures.keys()]) if (!directories.has(directory)) failures.delete(directory)
    for (const [directory, inode] of directories) {
      if (watched.has(directory) || leftover(directory)) continue
      try {
        const watcher = watchDirectory(directory, (file) => {
          if (file !== null && leftover(join(directory, file))) return
          onChange()
          resyncSoon()
        })
        watcher.on('error', (error) => {
          log(`Stopped following edits in ${directory} (${error.message}); watching it again.`)
          unwatch(directory)
          resyncSoon()
        })
        watched.set(directory, { watcher, inode })
        failures.delete(directory)
      } catch (error) {
        // A folder removed since it was listed is no failure: the next sync forgets it.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') failures.set(directory, (error as Error).message)
      }
    }
    reportFailures()
  }

  let syncing: Promise<void> = Promise.resolve()
  // One sync at a time, so no folder gets two watchers; a failed sync is said, and the next one runs anyway.
  const sync = () =>
    (syncing = syncing.then(syncWatchers).catch((error: unknown) => log(`Could not re-watch ${folder} (${(error as Error).message}); checking file times instead.`)))
  const resyncSoon = () => {
    clearTimeout(syncTimer)
    syncTimer = setTimeout(() => void sync(), 50)
  }

  let polling = false
  const poll = async () => {
    if (polling || closed) return
    polling = true
    try {
      const snapshot = await snapshotOf(folder, leftover)
      if (closed) return
      if (snapshot !== lastSnapshot) {
        // The first snapshot is taken after the initial load: report it as a change, so an edit saved in between is not lost.
        lastSnapshot = snapshot
        onChange()
        await sync()
      } else if (failures.size > 0) {
        await sync()
      }
    } finally {
      polling = false
    }
  }

  void sync().then(poll)
  const pollTimer = setInterval(() => void poll(), pollMs)
  pollTimer.unref()

  return {
    problem: () => (failingSince ? { at: failingSince, problem: problemText() } : undefined),
    close: () => {
      closed = true
      clearInterval(pollTimer)
      clearTimeout(syncTimer)
      for (const directory of [...watched.keys()]) unwatch(directory)
    },
  }
}

/** The knowledge folder and every folder in it, each with its inode, so a folder replaced under the same name is noticed. */
async function foldersUnder(folder: string): Promise<Map<string, number>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  const paths = [folder, ...entries.filter((entry) => entry.isDirectory()).map((entry) => join(entry.parentPath, entry.name))]
  const inodes = await Promise.all(paths.map((path) => lstat(path).then((stats) => stats.ino, () => undefined)))
  return new Map(paths.flatMap((path, index) => (inodes[index] === undefined ? [] : [[path, inodes[index]]])))
}

/** Every file's name, size, time and inode, in one string that differs whenever any file does; a missing folder is a state too. */
async function snapshotOf(folder: string, leftover: (path: string) => boolean): Promise<string> {
  try {
    const root = await lstat(folder)
    const entries = await readdir(folder, { recursive: true, withFileTypes: true })
    const files = entries.map((entry) => join(entry.parentPath, entry.name)).filter((path) => !leftover(path))
    const lines = await Promise.all(
      files.map((path) => lstat(path).then((stats) => `${path}\0${stats.size}\0${stats.mtimeMs}\0${stats.ino}`, () => `${path}\0gone`)),
    )
    return `${root.ino}\n${lines.sort().join('\n')}`
  } catch (error) {
    return `unreadable: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
  }
}
