import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ErrorResponseSchema } from '../../server/http/api-schema.js'
import { listen } from './listen.js'

const QUESTION = JSON.stringify({ question: 'How long does a session take?' })

describe('the Host header (issue 14)', () => {
  let server: Awaited<ReturnType<typeof listen>>
  beforeAll(async () => {
    server = await listen({ rateLimitPerMinute: 30 })
  })
  afterAll(() => server.close())

  // Node 20's URL parser refuses these punycode hosts; Node 24's accepts them, and the request is then served as any other.
  const runtimeRefuses = (host: string) => !URL.canParse(`http://${host}/`)

  it.each(['xn--', 'xn--a.com', 'a.xn--.example'])('answers 400, not 500, for the host %s on every route, where the runtime refuses it', async (host) => {
    for (const [path, body] of [['/', undefined], ['/nope', undefined], ['/api/ask', QUESTION], ['/healthz', undefined]] as const) {
      const response = await server.send(path, host, body)
      expect(response.status, `${path} with Host: ${host}`).toBeLessThan(500)
      if (runtimeRefuses(host)) {
        expect(response.status, `${path} with Host: ${host}`).toBe(400)
        expect(ErrorResponseSchema.parse(JSON.parse(response.body)).error.code).toBe('bad_host')
      }
    }
    expect(server.lines.join('\n')).not.toContain('unexpected error')
  })

  it('builds no link from a Host header: source links are server-relative without PUBLIC_URL', async () => {
    const answered = await server.send('/api/ask', 'evil.example', QUESTION)
    expect(answered.status).toBe(200)
    const body = JSON.parse(answered.body)
    expect(body.answers[0].source.url).toMatch(/^\/articles\/long-covid-ketamine#:~:text=/)
    expect(answered.body).not.toContain('evil.example')
    const demo = await server.send('/', 'evil.example')
    expect(demo.status).toBe(200)
    expect(demo.body).not.toContain('evil.example')
  })

  it('builds links from PUBLIC_URL when it is set, whatever the Host header says', async () => {
    const behindProxy = await listen({ publicUrl: 'https://faq.clinic.example' })
    try {
      const answered = await behindProxy.send('/api/ask', 'evil.example', QUESTION)
      expect(JSON.parse(answered.body).answers[0].source.url).toMatch(/^https:\/\/faq\.clinic\.example\/articles\/long-covid-ketamine#:~:text=/)
      expect((await behindProxy.send('/', 'evil.example')).body).toContain('https://faq.clinic.example/widget.js')
    } finally {
      await behindProxy.close()
    }
  })
})
