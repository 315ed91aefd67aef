import { describe, expect, it } from 'vitest'
import type { AnsweringKnowledge } from '../../server/answer/answer.js'
import { createApp } from '../../server/app.js'
import type { KnowledgeStore } from '../../server/knowledge/store.js'
import { fromSocket, realAnsweringKnowledge, realApp } from '../helpers.js'

const MARKER = 'zebra-7391'

/** The app with its request log captured, as `npm start` logs by default. */
async function loggedApp(options: Parameters<typeof realApp>[0] = {}) {
  const lines: string[] = []
  const app = await realApp({ log: (line) => lines.push(line), ...options })
  return { app, lines }
}


describe('the request log', () => {
  it('has method, route, status and duration, and nothing a visitor sent', async () => {
    const { app, lines } = await loggedApp({ rateLimitPerMinute: 1 })
    const headers = {
      'Content-Type': 'application/json',
      'User-Agent': `Mozilla/5.0 ${MARKER}`,
      'X-Request-Id': `${MARKER}-request`,
      'X-Forwarded-For': '198.51.100.77',
      Referer: `https://clinic.example/?q=${MARKER}`,
    }
    const requests: [string, RequestInit][] = [
      [`/api/ask?q=${MARKER}`, { method: 'POST', headers, body: JSON.stringify({ question: `${MARKER} is ketamine safe with my bipolar` }) }],
      [`/api/ask`, { method: 'POST', headers, body: JSON.stringify({ question: `${MARKER} again` }) }],
      [`/api/ask`, { method: 'POST', headers, body: `{"question": "${MARKER}` }],
      [`/api/ask`, { method: 'POST', headers: { ...headers, 'Content-Type': 'text/plain' }, body: MARKER }],
      [`/api/ask`, { method: 'POST', headers, body: JSON.stringify({ question: MARKER.repeat(1000) }) }],
      [`/articles/${MARKER}`, { headers }],
      [`/${MARKER}?${MARKER}=1`, { headers }],
    ]
    for (const [path, init] of requests) await app.request(path, init, fromSocket('203.0.113.77'))

    expect(lines).toHaveLength(requests.length)
    expect(lines[0]).toMatch(/^POST \/api\/ask 200 \d+\.\dms$/)
    expect(lines[1]).toMatch(/^POST \/api\/ask 429 /)
    expect(lines[5]).toMatch(/^GET \/articles\/:slug 404 /)
    const log = lines.join('\n')
    for (const secret of [MARKER, 'zebra', 'bipolar', 'ketamine', '203.0.113', '198.51.100', 'Mozilla']) expect(log).not.toContain(secret)
  })

  it('names only the kind of error when a request fails inside the server, and the next request is served', async () => {
    const lines: string[] = []
    let failing = true
    const workingKnowledge: AnsweringKnowledge = await realAnsweringKnowledge()
    const knowledge: KnowledgeStore = {
      current: () => {
        if (failing) throw new TypeError(`cannot read ${MARKER} of undefined`)
        return workingKnowledge
      },
      status: () => ({ version: 'test', loadedAt: new Date(0).toISOString(), entries: 0 }),
    }
    const app = createApp({ knowledge, log: (line) => lines.push(line), rateLimitPerMinute: 0 })
    const ask = () => app.request('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question: `${MARKER} pain` }) })

    const failed = await ask()
    expect(failed.status).toBe(500)
    expect(await failed.json()).toEqual({ error: { code: 'internal_error', message: expect.stringContaining('try again') } })
    expect(lines.join('\n')).toContain('TypeError')
    expect(lines.join('\n')).not.toContain(MARKER)

    failing = false
    expect((await ask()).status).toBe(200)
  })
})
