import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/**
 * Writes `<file>.br` and `<file>.gz` next to each file a visitor's browser
 * fetches from a clinic's page (the loader and its link, the chat page and its assets), so
 * the server sends them compressed without compressing on each request
 * (issue 15). At build time the slowest, smallest settings cost nothing:
 * brotli quality 11, gzip level 9.
 */
export async function precompress(dist: string): Promise<void> {
  await Promise.all((await visitorFiles(dist)).map(async (file) => {
    const content = await readFile(file)
    await writeFile(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }))
    await writeFile(`${file}.gz`, gzipSync(content, { level: 9 }))
  }))
}

/** The built files clinics' visitors load: widget.js, widget-link.js, the chat page and its hashed assets. */
export async function visitorFiles(dist: string): Promise<string[]> {
  const assets = (await readdir(join(dist, 'chat/assets'))).filter((name) => /\.(js|css)$/.test(name))
  return [join(dist, 'widget.js'), join(dist, 'widget-link.js'), join(dist, 'chat/index.html'), ...assets.map((name) => join(dist, 'chat/assets', name))]
}
