import type { Frame, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { ask, chatFrame, openChat, skipBrowserTests, useHostPages, widgetOrigin } from './harness.js'

type Violations = { __violations?: string[]; __pwned?: unknown }

/** Collects every CSP violation in each document of the page, the chat frame's included. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const record = (window as Violations).__violations = [] as string[]
    document.addEventListener('securitypolicyviolation', (event) => record.push(`${event.violatedDirective} ${event.blockedURI}`))
  })
}

const violationsIn = (target: Page | Frame) => target.evaluate(() => (window as Violations).__violations)

/** The policy as a map from directive to its sources. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  )
}

describe.skipIf(skipBrowserTests)('the demo page the server shows at /', () => {
  const openHostPage = useHostPages()

  it('runs the widget, question to answer, without breaking its own Content-Security-Policy', async () => {
    const { page, problems, close } = await openHostPage()
    await recordViolations(page)
    await page.goto(`${widgetOrigin}/`)
    const frame = await openChat(page)
    expect(await ask(frame, 'how long is a session').then((reply) => reply.innerText())).toContain('60 to 90 minutes')

    expect(await violationsIn(page)).toEqual([])
    expect(await violationsIn(await chatFrame(page))).toEqual([])
    expect(problems).toEqual([])
    await close()
  })

  it('is served with a strict policy and Hono’s security headers', async () => {
    const { page, close } = await openHostPage()
    const response = await page.goto(`${widgetOrigin}/`)
    const headers = response!.headers()
    expect(directives(headers['content-security-policy'] ?? '')).toMatchObject({
      'default-src': ["'none'"],
      'script-src': ["'self'"],
      'style-src': [expect.stringMatching(/^'sha256-[\w+/]+=*'$/)],
      'frame-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    })
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'x-permitted-cross-domain-policies': 'none',
      'permissions-policy': expect.stringContaining('camera=()'),
    })
    // Served over plain HTTP here: HSTS would mean nothing (issue 14).
    expect(headers).not.toHaveProperty('strict-transport-security')
    expect(headers).not.toHaveProperty('x-powered-by')
    await close()
  })

  it('refuses script that finds its way into the page, so its policy protects and does not just decorate', async () => {
    const { page, close } = await openHostPage()
    await recordViolations(page)
    await page.goto(`${widgetOrigin}/`)
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__pwned=1"><img src=/x onerror="window.__pwned=1">')
      document.body.append(Object.assign(document.createElement('script'), { textContent: 'window.__pwned=1' }))
    })
    await expect.poll(() => violationsIn(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src-elem inline/), expect.stringMatching(/^script-src-attr inline/), expect.stringMatching(/^img-src /)]))
    expect(await page.evaluate(() => (window as Violations).__pwned)).toBeUndefined()
    await close()
  })
})
