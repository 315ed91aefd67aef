import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { listen } from './listen.js'

/** Sends a request's head and the start of its body, then hangs up, as a client that dies or a script does. */
async function hangUpMidBody(port: number, framing: string, bodyStart: string) {
  const socket = connect(port, '127.0.0.1')
  await new Promise((resolve) => socket.once('connect', resolve))
  socket.write(`POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n${framing}\r\n\r\n${bodyStart}`)
  await new Promise((resolve) => setTimeout(resolve, 20))
  socket.destroy()
}

describe('a request cut off mid-body (issue 14)', () => {
  let server: Awaited<ReturnType<typeof listen>>
  beforeAll(async () => {
    server = await listen()
  })
  afterAll(() => server.close())

  it.each([
    ['a chunked body', 'Transfer-Encoding: chunked', '5\r\n{"que\r\n'],
    ['a chunked body before its first chunk', 'Transfer-Encoding: chunked', ''],
    ['a body shorter than its Content-Length', 'Content-Length: 100', '{"question":"how'],
  ])('is logged as 408, not as an unexpected error: %s', async (_, framing, bodyStart) => {
    server.lines.length = 0
    await hangUpMidBody(server.port, framing, bodyStart)
    await vi.waitFor(() => expect(server.lines.at(-1)).toMatch(/^POST \/api\/ask 408 [\d.]+ms$/), { timeout: 2_000, interval: 20 })
    expect(server.lines.join('\n')).not.toMatch(/unexpected error| 500 /)
  })
})
