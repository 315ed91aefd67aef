import { describe, expect, it } from 'vitest'
import { ask, launcher, openChat, panel, skipBrowserTests, useHostPages } from './harness.js'

describe.skipIf(skipBrowserTests)('pages that fight the widget', () => {
  const openHostPage = useHostPages()

  it('looks and works right on a page with hostile CSS and a z-index war', async () => {
    const { page, problems, close } = await openHostPage('hostile.html')
    await launcher(page).waitFor()
    // `* { font-size: 30px !important }` and `button { display: none !important }` stop at the shadow root.
    expect(await launcher(page).boundingBox()).toMatchObject({ width: 56, height: 56 })
    const corner = await launcher(page).evaluate((button) => {
      const { x, y, width, height } = button.getBoundingClientRect()
      const top = document.elementFromPoint(x + width / 2, y + height / 2)
      return top?.tagName
    })
    expect(corner).toBe('CLINIC-FAQ-WIDGET') // above the page's full-screen layer at the maximum z-index
    const frame = await openChat(page)
    const box = (await panel(page).boundingBox())!
    expect(box.width).toBe(380)
    expect(box.height).toBeGreaterThan(300)
    expect(await ask(frame, 'how long is a session').then((reply) => reply.innerText())).toContain('60 to 90 minutes')
    expect(problems).toEqual([])
    await close()
  })

  it('works on a page whose CSP allows only itself and the widget server, without unsafe-inline', async () => {
    const { page, problems, close } = await openHostPage('strict-csp.html')
    const response = await page.request.get(page.url())
    expect(response.headers()['content-security-policy']).toContain("style-src 'self'")
    const frame = await openChat(page)
    expect(await launcher(page).evaluate((button) => getComputedStyle(button).borderRadius)).toBe('50%')
    expect(await ask(frame, 'how long is a session').then((reply) => reply.innerText())).toContain('60 to 90 minutes')
    // CSP violations are reported as console errors, in the page and in the chat.
    expect(problems).toEqual([])
    await close()
  })

  it('works on a page that enforces Trusted Types, where no script src can be set from a string', async () => {
    const { page, problems, close } = await openHostPage('trusted-types.html')
    const response = await page.request.get(page.url())
    expect(response.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'")
    const frame = await openChat(page)
    expect(await ask(frame, 'how long is a session').then((reply) => reply.innerText())).toContain('60 to 90 minutes')
    expect(problems).toEqual([])
    await close()
  })

  it('works on a cross-origin isolated page (Cross-Origin-Embedder-Policy: require-corp), issue 14', async () => {
    const { page, problems, close } = await openHostPage('cross-origin-isolated.html')
    expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true)
    const frame = await openChat(page)
    expect(await ask(frame, 'how long is a session').then((reply) => reply.innerText())).toContain('60 to 90 minutes')
    expect(problems).toEqual([])
    await close()
  })
})
