import { connect, type Socket } from 'node:net'
import { describe, expect, it } from 'vitest'
import { startServer } from './entry-point.js'

/** A visitor's request caught mid-upload: headers and half the body sent, the rest held back. */
async function halfSentQuestion(base: string) {
  const { port } = new URL(base)
  const body = JSON.stringify({ question: 'How long is a session?' })
  const socket: Socket = connect(Number(port), '127.0.0.1')
  await new Promise<void>((resolve) => socket.once('connect', resolve))
  let reply = ''
  socket.on('data', (chunk: Buffer) => (reply += chunk))
  const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()))
  socket.write(`POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`)
  return {
    finish: () => socket.write(body.slice(10)),
    reply: async () => {
      await ended
      return reply
    },
  }
}

describe('stopping the server', () => {
  it('on SIGTERM, stops taking connections, finishes the request in flight, and exits 0', async () => {
    const server = startServer({ WATCH_KNOWLEDGE: 'true' })
    const base = await server.address
    const inFlight = await halfSentQuestion(base)
    await new Promise((resolve) => setTimeout(resolve, 100))

    server.child.kill('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 300))
    await expect(fetch(`${base}/healthz`)).rejects.toThrow()

    inFlight.finish()
    const reply = await inFlight.reply()
    expect(reply).toMatch(/^HTTP\/1\.1 200 OK/)
    expect(reply).toContain('"kind":"answer"')
    expect(await server.exited).toBe(0)
    expect(server.output().stdout).toContain('SIGTERM: finishing requests in flight')
  })

  it('cuts off a request that does not finish within the grace time, and still exits 0', async () => {
    const server = startServer({ SHUTDOWN_GRACE_MS: '500' })
    const base = await server.address
    const stalled = await halfSentQuestion(base)
    const stoppedAt = Date.now()
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    expect(Date.now() - stoppedAt).toBeLessThan(5_000)
    expect(await stalled.reply()).toBe('')
    expect(server.output().stdout).toContain('Requests still running after 500 ms were cut off.')
  })
})
