import { serve } from '@hono/node-server'
import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { realApp } from '../helpers.js'

/** A real node:http server, since it is @hono/node-server that builds the request URL from the Host header. */
export async function listen(options: Parameters<typeof realApp>[0] = {}) {
  const lines: string[] = []
  const app = await realApp({ log: (line) => lines.push(line), ...options })
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise((resolve) => server.once('listening', resolve))
  const { port } = server.address() as AddressInfo
  const send = (path: string, host: string, body?: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const headers = { Host: host, ...(body ? { 'Content-Type': 'application/json' } : {}) }
      const outgoing = request({ host: '127.0.0.1', port, path, method: body ? 'POST' : 'GET', headers }, (response) => {
        let text = ''
        response.setEncoding('utf8').on('data', (chunk) => (text += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }))
      })
      outgoing.on('error', reject)
      outgoing.end(body)
    })
  return { lines, port, send, close: () => new Promise((resolve) => server.close(resolve)) }
}

