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
  return (await readBytes(join(distDir, path)))?.toString('utf8') ?? null
}

/** The precompressed copies the widget build writes next to a file, best first (widget/build/precompress.ts). */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const

export type BuiltBody = { body: Uint8Array<ArrayBuffer>; encoding: (typeof ENCODINGS)[number]['name'] | null }

/**
 * A built file in the best encoding the client accepts (RFC 9110 §12.5.3:
 * a coding with q=0 is refused, `*` stands for any coding not named), or as
 * built for a client that accepts none; null when the file does not exist.
 * A copy missing (an older build) just means the next encoding.
 */
export async function readBuiltEncoded(distDir: string, path: string, acceptEncoding: string | undefined): Promise<BuiltBody | null> {
  const accepted = acceptedCodings(acceptEncoding)
  for (const { name, suffix } of ENCODINGS) {
    if (!(accepted.get(name) ?? accepted.get('*'))) continue
    const body = await readBytes(join(distDir, path + suffix))
    if (body) return { body: new Uint8Array(body), encoding: name }
  }
  const body = await readBytes(join(distDir, path))
  return body && { body: new Uint8Array(body), encoding: null }
}

/** Each coding named in Accept-Encoding, and whether it is acceptable (q above 0). */
function acceptedCodings(header = ''): Map<string, boolean> {
  const codings = new Map<string, boolean>()
  for (const part of header.split(',')) {
    const [coding = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase())
    const q = parameters.find((parameter) => parameter.startsWith('q='))
    if (coding) codings.set(coding, q === undefined || Number(q.slice(2)) > 0)
  }
  return codings
}

async function readBytes(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file)
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
