import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

/** A fresh DATA_DIR per test, removed afterwards: real SQLite files, never the project's ./data. */
export function useTempDataDirs() {
  const made: string[] = []
  afterEach(() => {
    for (const folder of made.splice(0)) {
      chmodSync(folder, 0o755)
      rmSync(folder, { recursive: true, force: true })
    }
  })
  return () => {
    const folder = mkdtempSync(join(tmpdir(), 'insights-'))
    made.push(folder)
    return folder
  }
}

/**
 * A folder nothing can be written to. Root writes through any file mode, so
 * as root (containers, CI) this is sysfs, a read-only file system that exists everywhere on Linux.
 */
export function readOnlyFolder(makeTemp: () => string): string {
  if (process.getuid?.() === 0) return '/sys/fs'
  const folder = makeTemp()
  chmodSync(folder, 0o555)
  return folder
}
