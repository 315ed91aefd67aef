import { describe, expect, it } from 'vitest'
import { askOver, startServer } from './entry-point.js'

/** The server-side time of a request, from its request log line. */
const loggedMs = (stdout: string) => Number(/^POST \/api\/ask 200 ([\d.]+)ms$/m.exec(stdout)?.[1])

describe('the first question after a start (issue 14)', () => {
  it('is answered about as fast as later ones: the answer path is warmed up before the server listens', async () => {
    const server = startServer({ WATCH_KNOWLEDGE: 'false' })
    const base = await server.address
    const first = await askOver(base, 'is ketamine covered by my insurance plan')
    expect(first.status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 100))
    const firstMs = loggedMs(server.output().stdout)
    console.log(`first question: ${firstMs} ms on the server`)
    // Cold, it took about 250 ms (JIT and lazily built tables); warm, a few.
    expect(firstMs).toBeLessThan(100)
  })
})
