import { request } from 'node:http'

/** What Chromium sends over HTTPS, where clinics' sites and the widget's server live. */
const ACCEPT_ENCODING = 'gzip, deflate, br, zstd'

export type WireBytes = {
  /** Every response's status line, headers and body as sent, for widget.js, widget-link.js, /chat and the chat's assets. */
  firstVisitBytes: number
  /** The same visit a day later, from the browser's cache: widget.js, widget-link.js and /chat revalidated (304), the immutable assets not fetched. */
  repeatVisitBytes: number
  files: number
}

type Fetched = { status: number; etag: string | undefined; wireBytes: number; body: string }

/** One GET, counting the bytes as they arrived: Node's http client does not decode the body. */
function get(url: string, headers: Record<string, string>): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'Accept-Encoding': ACCEPT_ENCODING, ...headers } }, (response) => {
      const { rawHeaders, statusCode = 0, statusMessage = '' } = response
      let headerBytes = `HTTP/1.1 ${statusCode} ${statusMessage}\r\n\r\n`.length
      for (let i = 0; i < rawHeaders.length; i += 2) headerBytes += `${rawHeaders[i]}: ${rawHeaders[i + 1]}\r\n`.length
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        const body = Buffer.concat(chunks)
        resolve({ status: statusCode, etag: response.headers.etag, wireBytes: headerBytes + body.length, body: response.headers['content-encoding'] ? '' : body.toString('utf8') })
      })
    })
      .on('error', reject)
      .end()
  })
}

/**
 * Bytes on the wire for a visitor who opens the chat: the loader, its link,
 * the chat page and the assets it names. The page's names are read from an
 * uncompressed copy fetched aside, which is not counted.
 */
export async function measureWireBytes(origin: string): Promise<WireBytes> {
  const loader = await get(`${origin}/widget.js`, {})
  const link = await get(`${origin}/widget-link.js`, {})
  const page = await get(`${origin}/chat`, {})
  const { body: html } = await get(`${origin}/chat`, { 'Accept-Encoding': 'identity' })
  const assets = [...html.matchAll(/(?:src|href)="(\/chat\/assets\/[^"]+)"/g)].map((match) => match[1]!)
  if (assets.length === 0) throw new Error(`wire-bytes: the chat page at ${origin}/chat names no /chat/assets/ files`)
  const assetBytes = await Promise.all(assets.map(async (path) => (await get(`${origin}${path}`, {})).wireBytes))
  const revalidated = await Promise.all(
    [['/widget.js', loader], ['/widget-link.js', link], ['/chat', page]].map(async ([path, first]) => {
      const again = await get(`${origin}${path as string}`, { 'If-None-Match': (first as Fetched).etag ?? '' })
      if (again.status !== 304) throw new Error(`wire-bytes: ${path as string} answered ${again.status} to a revalidation, not 304`)
      return again.wireBytes
    }),
  )
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)
  return { firstVisitBytes: loader.wireBytes + link.wireBytes + page.wireBytes + sum(assetBytes), repeatVisitBytes: sum(revalidated), files: 3 + assets.length }
}
