import { existsSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The folder holding package.json, found from this module's own place, so the
 * same code finds the built widget whether it runs from server/ through tsx or
 * bundled into dist/server/main.js, whatever the working directory.
 */
function projectRootFrom(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder
    if (dirname(folder) === folder) return start
  }
}

export const PROJECT_ROOT = projectRootFrom(dirname(fileURLToPath(import.meta.url)))

/**
 * A folder of the project, as a path relative to the working directory when it
 * lies inside it ("knowledge"), so messages stay short and name what staff see.
 */
export function projectFolder(name: string): string {
  const absolute = join(PROJECT_ROOT, name)
  const fromHere = relative(process.cwd(), absolute)
  return fromHere && !fromHere.startsWith('..') ? fromHere : absolute
}
