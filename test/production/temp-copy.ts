import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/**
 * The project as a fresh clone has it (tracked files and new ones not ignored,
 * so no node_modules, dist or data), in a temporary folder. Returns the folder
 * and a cleanup.
 */
export function copyOfProject(): { folder: string; remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'clinic-faq-copy-'))
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean)
  for (const file of files) {
    mkdirSync(join(folder, dirname(file)), { recursive: true })
    // A file deleted in the work tree but still in the index is skipped, as a clone of the work tree would.
    try {
      cpSync(file, join(folder, file))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) }
}
