import { existsSync, readFileSync } from 'node:fs'
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

/**
 * The version of each package the server depends on, as installed in node_modules ("yaml@2.9.1"; "missing"
 * when one cannot be read). What the compiled server keeps between starts (models, knowledge snapshots)
 * also depends on these packages (stemmers, search, YAML), which the bundle leaves outside itself.
 */
export function installedDependencies(): string[] {
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as { version?: string; dependencies?: Record<string, string> }
  try {
    const names = Object.keys(read(join(PROJECT_ROOT, 'package.json')).dependencies ?? {})
    return names.map((name) => {
      try {
        return `${name}@${read(join(PROJECT_ROOT, 'node_modules', name, 'package.json')).version}`
      } catch {
        return `${name}@missing`
      }
    })
  } catch {
    return ['package.json unreadable']
  }
}
