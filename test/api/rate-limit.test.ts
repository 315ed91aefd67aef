import { describe, expect, it } from 'vitest'
import { ErrorResponseSchema } from '../../server/http/api-schema.js'
import { fromSocket, realApp } from '../helpers.js'

type App = Awaited<ReturnType<typeof realApp>>


const askFrom = (app: App, address: string, headers: Record<string, string> = {}) =>
  app.request(
    '/api/ask',
    { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ question: 'How long is a session?' }) },
    fromSocket(address),
  )

describe('the rate limit on POST /api/ask', () => {
  it('answers 429 with Retry-After, in the error shape, once a client passes its rate', async () => {
    const app = await realApp({ rateLimitPerMinute: 3 })
    for (let request = 0; request < 3; request++) expect((await askFrom(app, '203.0.113.5')).status).toBe(200)
    const refused = await askFrom(app, '203.0.113.5')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBe(20)
    const body = ErrorResponseSchema.parse(await refused.json())
    expect(body.error.code).toBe('rate_limited')
    expect(body.error.message).toContain('20 seconds')
    expect(refused.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('limits each client on its own', async () => {
    const app = await realApp({ rateLimitPerMinute: 1 })
    expect((await askFrom(app, '203.0.113.5')).status).toBe(200)
    expect((await askFrom(app, '203.0.113.5')).status).toBe(429)
    expect((await askFrom(app, '198.51.100.7')).status).toBe(200)
  })

  it('gives nothing for a forged X-Forwarded-For unless a proxy is trusted', async () => {
    const app = await realApp({ rateLimitPerMinute: 1 })
    expect((await askFrom(app, '203.0.113.5', { 'X-Forwarded-For': '1.1.1.1' })).status).toBe(200)
    expect((await askFrom(app, '203.0.113.5', { 'X-Forwarded-For': '2.2.2.2' })).status).toBe(429)

    const behindProxy = await realApp({ rateLimitPerMinute: 1, trustProxy: 'x-forwarded-for' })
    expect((await askFrom(behindProxy, '10.0.0.2', { 'X-Forwarded-For': '203.0.113.5' })).status).toBe(200)
    expect((await askFrom(behindProxy, '10.0.0.2', { 'X-Forwarded-For': '9.9.9.9, 203.0.113.5' })).status).toBe(429)
    expect((await askFrom(behindProxy, '10.0.0.2', { 'X-Forwarded-For': '198.51.100.7' })).status).toBe(200)
  })

  it("does not count a browser's CORS preflight or other routes against the visitor", async () => {
    const app = await realApp({ rateLimitPerMinute: 1 })
    const preflight = { Origin: 'https://clinic.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' }
    for (let request = 0; request < 5; request++) {
      expect((await app.request('/api/ask', { method: 'OPTIONS', headers: preflight }, fromSocket('203.0.113.5'))).status).toBe(204)
      expect((await app.request('/api/config', {}, fromSocket('203.0.113.5'))).status).toBe(200)
    }
    expect((await askFrom(app, '203.0.113.5')).status).toBe(200)
  })

  it('is off with a limit of 0', async () => {
    const app = await realApp({ rateLimitPerMinute: 0 })
    for (let request = 0; request < 200; request++) expect((await askFrom(app, '203.0.113.5')).status).toBe(200)
  })
})
