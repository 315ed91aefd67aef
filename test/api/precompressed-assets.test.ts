import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { widgetAssets } from '../../server/http/widget/widget-assets.js'
import { precompress } from '../../widget/build/precompress.js'

/** A built widget in miniature, precompressed by the build's own step, so the test needs no Vite build. */
const FILES = {
  'widget.js': `(function(){${'document.title;'.repeat(200)}})()`,
  'widget-link.js': `export function linkChat(){${'document.title;'.repeat(200)}}`,
  'chat/index.html': `<!doctype html><title>Clinic chat</title>${'<p>'.repeat(200)}`,
  'chat/assets/index-Ab12Cd34.js': `export const words = ${JSON.stringify('word '.repeat(300))}`,
  'chat/assets/index-Ef56Gh78.css': `${'p { margin: 0 }\n'.repeat(100)}`,
}
const PATHS: Record<keyof typeof FILES, string> = {
  'widget.js': '/widget.js',
  'widget-link.js': '/widget-link.js',
  'chat/index.html': '/chat',
  'chat/assets/index-Ab12Cd34.js': '/chat/assets/index-Ab12Cd34.js',
  'chat/assets/index-Ef56Gh78.css': '/chat/assets/index-Ef56Gh78.css',
}
const DECODERS: Record<string, (body: Buffer) => Buffer> = { br: brotliDecompressSync, gzip: gunzipSync }

describe('the widget files, precompressed at build time', () => {
  let dist: string
  let app: ReturnType<typeof widgetAssets>
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'precompressed-'))
    await mkdir(join(dist, 'chat/assets'), { recursive: true })
    for (const [path, content] of Object.entries(FILES)) await writeFile(join(dist, path), content)
    await precompress(dist)
    app = widgetAssets({ distDir: dist })
  })
  afterAll(async () => {
    await rm(dist, { recursive: true, force: true })
  })

  const fetchAll = (acceptEncoding: string | null) =>
    Promise.all(
      Object.entries(PATHS).map(async ([file, path]) => {
        const response = await app.request(path, acceptEncoding === null ? {} : { headers: { 'Accept-Encoding': acceptEncoding } })
        return { file: file as keyof typeof FILES, response, body: Buffer.from(await response.arrayBuffer()) }
      }),
    )

  it.each([
    ['a browser over HTTPS', 'gzip, deflate, br, zstd', 'br'],
    ['a browser over plain HTTP', 'gzip, deflate', 'gzip'],
    ['a client that refuses brotli', 'br;q=0, gzip;q=0.8', 'gzip'],
    ['a client that takes any coding', '*', 'br'],
  ])('sends %s the best encoding it accepts (%s → %s), marked and varied', async (_, acceptEncoding, expected) => {
    for (const { file, response, body } of await fetchAll(acceptEncoding)) {
      expect(response.status, file).toBe(200)
      expect(response.headers.get('content-encoding'), file).toBe(expected)
      expect(response.headers.get('vary'), file).toBe('Accept-Encoding')
      expect(body.length, file).toBeLessThan(FILES[file].length / 4)
      expect(DECODERS[expected]!(body).toString('utf8'), file).toBe(FILES[file])
    }
  })

  it.each([
    ['no Accept-Encoding', null],
    ['identity only', 'identity'],
    ['every coding refused', 'br;q=0, gzip;q=0, *;q=0'],
  ])('sends the files as built to a client that accepts no compression (%s)', async (_, acceptEncoding) => {
    for (const { file, response, body } of await fetchAll(acceptEncoding)) {
      expect(response.status, file).toBe(200)
      expect(response.headers.get('content-encoding'), file).toBeNull()
      expect(response.headers.get('vary'), file).toBe('Accept-Encoding')
      expect(body.toString('utf8'), file).toBe(FILES[file])
    }
  })

  it('lets hashed assets be cached for a year as immutable, the loader and its link for minutes, and revalidates the chat page', async () => {
    const cache = Object.fromEntries((await fetchAll('gzip, br')).map(({ file, response }) => [file, response.headers.get('cache-control')]))
    expect(cache).toEqual({
      'widget.js': 'public, max-age=300',
      'widget-link.js': 'public, max-age=300',
      'chat/index.html': 'no-cache',
      'chat/assets/index-Ab12Cd34.js': 'public, max-age=31536000, immutable',
      'chat/assets/index-Ef56Gh78.css': 'public, max-age=31536000, immutable',
    })
  })

  it("lets any site's page import the loader's link, a module from another origin (CORS), and embed it (CORP)", async () => {
    const response = await app.request('/widget-link.js', { headers: { Origin: 'https://clinic.example' } })
    expect(response.headers.get('content-type')).toContain('text/javascript')
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
  })

  it('keeps Vary on a 304, so a cache never answers one encoding with another', async () => {
    const first = await app.request('/widget.js', { headers: { 'Accept-Encoding': 'br' } })
    const again = await app.request('/widget.js', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': first.headers.get('etag')! } })
    expect(again.status).toBe(304)
    expect(again.headers.get('vary')).toBe('Accept-Encoding')
  })
})
