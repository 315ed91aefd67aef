import { createHash } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { realApp } from '../helpers.js'

type App = Awaited<ReturnType<typeof realApp>>
const CLINIC = 'https://www.example-clinic.org'
const preflightFrom = (origin: string) => ({
  method: 'OPTIONS',
  headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
})
const askFrom = (origin: string) => ({
  method: 'POST',
  headers: { Origin: origin, 'Content-Type': 'application/json' },
  body: JSON.stringify({ question: 'How long is a session?' }),
})

describe('CORS on the API', () => {
  let open: App
  let configured: App
  beforeAll(async () => {
    open = await realApp()
    configured = await realApp({ allowedOrigins: [CLINIC] })
  })

  it('lets any site call the API by default, as the demo needs', async () => {
    const response = await open.request('/api/ask', askFrom('https://anyone.example'))
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
  })

  it("answers a listed site's preflight and lets browsers cache it for 10 minutes", async () => {
    const preflight = await configured.request('/api/ask', preflightFrom(CLINIC))
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe(CLINIC)
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST')
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type')
    expect(preflight.headers.get('access-control-max-age')).toBe('600')
    expect(preflight.headers.get('vary')?.toLowerCase()).toContain('origin')
    const response = await configured.request('/api/ask', askFrom(CLINIC))
    expect(response.headers.get('access-control-allow-origin')).toBe(CLINIC)
  })

  it('gives a site that is not listed no permission, so its browser blocks the reply', async () => {
    for (const init of [preflightFrom('https://evil.example'), askFrom('https://evil.example'), askFrom(`${CLINIC}.evil.example`)]) {
      const response = await configured.request('/api/ask', init)
      expect(response.headers.get('access-control-allow-origin')).toBeNull()
    }
  })
})

describe("headers on the server's own responses", () => {
  let app: App
  beforeAll(async () => {
    app = await realApp()
  })

  const everyRoute = [
    ['GET', '/'],
    ['GET', '/widget.js'],
    ['GET', '/widget-link.js'],
    ['GET', '/chat'],
    ['GET', '/api/config'],
    ['POST', '/api/ask'],
    ['GET', '/healthz'],
    ['GET', '/articles/long-covid-ketamine'],
    ['GET', '/articles/no-such-article'],
    ['GET', '/nothing-here'],
  ] as const

  it.each(everyRoute)('%s %s sets no cookie and tells browsers not to sniff types', async (method, path) => {
    const response = await app.request(path, method === 'POST' ? askFrom(CLINIC) : { method, headers: { Cookie: 'session=abc' } })
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('serves the article page with a policy that runs no script and cannot be framed', async () => {
    const response = await app.request('/articles/long-covid-ketamine')
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("default-src 'none'")
    expect(policy).not.toContain('script-src')
    expect(policy).toContain("frame-ancestors 'none'")
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
  })

  it("lets the article page's own <style> in by its hash, without 'unsafe-inline' (issue 14)", async () => {
    const response = await app.request('/articles/long-covid-ketamine')
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(policy).not.toContain('unsafe-inline')
    const style = /<style>([^]*?)<\/style>/.exec(await response.text())?.[1] ?? ''
    expect(policy).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`)
  })

  it.each(everyRoute)('%s %s denies powerful features no page uses, in a Permissions-Policy (issue 14)', async (method, path) => {
    const response = await app.request(path, method === 'POST' ? askFrom(CLINIC) : { method })
    const policy = response.headers.get('permissions-policy') ?? ''
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(policy).toContain(`${feature}=()`)
  })

  it('sends Strict-Transport-Security only over HTTPS, or when PUBLIC_URL is an https address (issue 14)', async () => {
    for (const path of ['/', '/articles/long-covid-ketamine', '/api/config', '/chat', '/widget.js']) {
      expect((await app.request(`http://faq.example${path}`)).headers.get('strict-transport-security'), path).toBeNull()
      expect((await app.request(`https://faq.example${path}`)).headers.get('strict-transport-security'), path).toContain('max-age=')
    }
    const behindTls = await realApp({ publicUrl: 'https://faq.clinic.example' })
    expect((await behindTls.request('http://10.0.0.5/api/config')).headers.get('strict-transport-security')).toContain('max-age=')
  })

  it('answers 404, not an error, for an article name that could not be a file of ours', async () => {
    for (const slug of ['..%2F..%2Fpackage.json', 'A'.repeat(300), '%00', 'long-covid-ketamine%20']) {
      expect((await app.request(`/articles/${slug}`)).status).toBe(404)
    }
  })
})
