import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../paths.js'

/** What `npm run build` writes to dist/widget/ (see vite.config.ts), found from the project, not the working directory. */
export const DEFAULT_DIST_DIR = join(PROJECT_ROOT, 'dist/widget')

export const NOT_BUILT_MESSAGE = 'The chat widget is not built yet: run `npm run build` (npm start does it for you).'

/** Only the names Vite gives the chat's hashed assets: no path can climb out of the folder. */
const ASSET_NAME = /^[\w-]+\.(js|css)$/

export const CONTENT_TYPES = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  html: 'text/html; charset=utf-8',
} as const

/**
 * Reads a built file on each request: they are a few KB, the OS caches them,
 * and a rebuild is served at once without restarting the server.
 * Null when the file does not exist (not built, or no such asset).
 */
export async function readBuilt(distDir: string, path: string): Promise<string | null> {
  try {
    return await readFile(join(distDir, path), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** The extension of a valid hashed asset name, or null for anything else. */
export function assetType(name: string): keyof typeof CONTENT_TYPES | null {
  const match = ASSET_NAME.exec(name)
  return match ? (match[1] as 'js' | 'css') : null
}
