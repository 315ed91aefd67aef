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

describe('another site cannot use up a visitor’s questions (issue 14)', () => {
  // What a page on any site can send from the visitor's browser with fetch(…, { mode: 'no-cors' }): no preflight.
  const noCors = (app: App, address: string, body: string, origin = 'https://evil.example') =>
    app.request('/api/ask', { method: 'POST', headers: { 'Content-Type': 'text/plain;charset=UTF-8', Origin: origin }, body }, fromSocket(address))

  it('does not count requests that could not be answered: wrong content type, malformed JSON, invalid question', async () => {
    const app = await realApp({ rateLimitPerMinute: 2 })
    for (let request = 0; request < 20; request++) {
      expect((await noCors(app, '203.0.113.5', 'x')).status).toBe(415)
      const malformed = await app.request('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{' }, fromSocket('203.0.113.5'))
      expect(malformed.status).toBe(400)
      const empty = await app.request('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"question":" "}' }, fromSocket('203.0.113.5'))
      expect(empty.status).toBe(400)
    }
    expect((await askFrom(app, '203.0.113.5')).status).toBe(200)
    expect((await askFrom(app, '203.0.113.5')).status).toBe(200)
    expect((await askFrom(app, '203.0.113.5')).status).toBe(429)
  })

  it('refuses a browser request from a site not in ALLOWED_ORIGINS with 403, before it costs anything', async () => {
    const app = await realApp({ rateLimitPerMinute: 1, allowedOrigins: ['https://clinic.example'] })
    for (let request = 0; request < 5; request++) {
      const refused = await askFrom(app, '203.0.113.5', { Origin: 'https://evil.example' })
      expect(refused.status).toBe(403)
      expect(ErrorResponseSchema.parse(await refused.json()).error.code).toBe('forbidden_origin')
      expect((await noCors(app, '203.0.113.5', 'x')).status).toBe(403)
    }
    expect((await askFrom(app, '203.0.113.5', { Origin: 'https://clinic.example' })).status).toBe(200)
  })

  it('lets the chat page, served by this server, ask when ALLOWED_ORIGINS is set', async () => {
    const app = await realApp({ allowedOrigins: ['https://clinic.example'] })
    const sameOrigin = await app.request('http://faq.example/api/ask', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'http://faq.example', Host: 'faq.example' },
      body: JSON.stringify({ question: 'How long is a session?' }),
    })
    expect(sameOrigin.status).toBe(200)
    expect((await askFrom(app, '203.0.113.5', { Origin: 'https://other.example', 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200)
    // No Origin: not a page's script (curl, a server); the rate limit alone applies.
    expect((await askFrom(app, '203.0.113.5')).status).toBe(200)
  })

  it('still gives the crisis response to a visitor over the limit', async () => {
    const app = await realApp({ rateLimitPerMinute: 1 })
    expect((await askFrom(app, '203.0.113.5')).status).toBe(200)
    expect((await askFrom(app, '203.0.113.5')).status).toBe(429)
    const crisis = await app.request(
      '/api/ask',
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question: 'i want to kill myself tonight' }) },
      fromSocket('203.0.113.5'),
    )
    expect(crisis.status).toBe(200)
    const body = await crisis.json()
    expect(body.kind).toBe('crisis')
    expect(body.resources[0].phone).toBe('988')
    expect((await askFrom(app, '203.0.113.5')).status).toBe(429)
  })
})
