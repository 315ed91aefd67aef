import { readFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { serve, type ServerType } from '@hono/node-server'
import { Hono } from 'hono'
import { realApp } from '../helpers.js'

const FIXTURES = 'test/fixtures/browser'

/** The Content-Security-Policy of the strict host page: what the README tells clinics, and nothing more. */
export const strictPolicy = (widgetOrigin: string) =>
  [`default-src 'self'`, `script-src 'self' ${widgetOrigin}`, `frame-src ${widgetOrigin}`, `connect-src 'self' ${widgetOrigin}`, `style-src 'self'`, `img-src 'self'`].join('; ')

export function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => resolve({ server, port: info.port }))
    server.once('error', reject)
  })
}

export const close = (server: ServerType) => new Promise<void>((resolve) => server.close(() => resolve()))

/**
 * Clinic pages (test/fixtures/browser) on http://localhost:<port>, and the
 * widget's server (the real app over the real knowledge) on
 * http://127.0.0.1:<port>: two sites, as in production. `{{WIDGET}}` in a
 * fixture becomes the widget's origin, `{{ATTRIBUTES}}` the `attrs` query.
 */
export async function startServers() {
  const hosts = new Hono()
  let widgetOrigin = ''
  hosts.get('/favicon.ico', (c) => c.body(null, 204))
  hosts.get('/:name{[\\w-]+\\.(html|js)}', async (c) => {
    const name = c.req.param('name')
    const text = await readFile(join(FIXTURES, name), 'utf8').catch(() => null)
    if (text === null) return c.notFound()
    if (name.endsWith('.js')) return c.body(text, 200, { 'Content-Type': 'text/javascript' })
    if (name === 'strict-csp.html') c.header('Content-Security-Policy', strictPolicy(widgetOrigin))
    // A site that enforces Trusted Types: widget.js must fetch its link without setting a script's src.
    if (name === 'trusted-types.html') c.header('Content-Security-Policy', `${strictPolicy(widgetOrigin)}; require-trusted-types-for 'script'; trusted-types 'none'`)
    // Cross-origin isolated, as a site using SharedArrayBuffer must be: everything it embeds must opt in.
    if (name === 'cross-origin-isolated.html') {
      c.header('Cross-Origin-Embedder-Policy', 'require-corp')
      c.header('Cross-Origin-Opener-Policy', 'same-origin')
    }
    // A clinic that forgot the README's frame-src line (issue 15).
    if (name === 'no-frame-src.html') c.header('Content-Security-Policy', strictPolicy(widgetOrigin).replace(/frame-src [^;]+; /, ''))
    return c.html(text.replaceAll('{{WIDGET}}', widgetOrigin).replaceAll('{{ATTRIBUTES}}', c.req.query('attrs') ?? ''))
  })
  const host = await listen(hosts.fetch)
  const hostOrigin = `http://localhost:${host.port}`

  // Only the test's clinic site may embed the chat, as a configured deployment would.
  const app = await realApp({ allowedOrigins: [hostOrigin] })
  const widget = await listen(app.fetch)
  widgetOrigin = `http://127.0.0.1:${widget.port}`

  return {
    hostOrigin,
    widgetOrigin,
    close: async () => {
      await Promise.all([close(host.server), close(widget.server)])
    },
  }
}
