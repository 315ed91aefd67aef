import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { hostOrigin, launcher, panel, skipBrowserTests, useHostPages, widgetOrigin, type HostPage } from './harness.js'

/** A phone: the panel covers the whole screen, so a broken chat there used to leave no way out. */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
/** The loader waits this long for the chat's `ready` (8 s), plus room for a busy machine. */
const FALLBACK_WAIT = { timeout: 20_000 }

const fallback = (page: Page) => panel(page).locator('section')
const hostClose = (page: Page) => panel(page).getByRole('button', { name: 'Close chat' })

/** The loader's own panel: the clinic's phone, 988 and 911, and a close button and Escape that work. */
async function expectUsableFallback({ page }: HostPage) {
  await fallback(page).waitFor(FALLBACK_WAIT)
  expect(await fallback(page).innerText()).toContain("The chat can't load right now.")
  const links = fallback(page).locator('a')
  expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual(['tel:+15550100199', 'tel:988', 'sms:988', 'tel:911'])
  expect(await page.locator('clinic-faq-widget iframe').isVisible()).toBe(false)
  // Full screen over the page, the loader's own panel is modal as the chat is: Tab past its last line stays inside.
  expect(await panel(page).getAttribute('aria-modal')).toBe('true')
  await links.last().focus()
  await page.keyboard.press('Tab')
  await page.waitForTimeout(200)
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CLINIC-FAQ-WIDGET')
  // Whatever had focus, Escape on the host side closes the panel...
  await page.keyboard.press('Escape')
  await panel(page).waitFor({ state: 'hidden' })
  // ...and so does the close button.
  await launcher(page).click()
  await fallback(page).waitFor()
  await hostClose(page).click()
  await panel(page).waitFor({ state: 'hidden' })
  expect(await launcher(page).isVisible()).toBe(true)
}

describe.skipIf(skipBrowserTests)('never a broken panel, on a phone', () => {
  const openHostPage = useHostPages()

  it('shows its own panel and says the server is unreachable when it is down and widget.js was cached', async () => {
    const host = await openHostPage('attributes.html?attrs=' + encodeURIComponent('data-phone="+1 555 010 0199"'), PHONE)
    const { page, warnings, close } = host
    await launcher(page).waitFor()
    // The server goes down after widget.js arrived: every later request to it fails.
    await page.route(`${widgetOrigin}/**`, (route) => route.abort('connectionrefused'))
    await launcher(page).click()
    // While the chat loads, the host's own close button is the way out.
    expect(await hostClose(page).isVisible()).toBe(true)
    await expectUsableFallback(host)
    expect(warnings.join('\n')).toContain(`chat failed: ${widgetOrigin} is unreachable`)
    await close()
  })

  it('shows its own panel at once, not after the ready timeout, when the server is down as the visitor reaches for the chat', async () => {
    const host = await openHostPage('attributes.html?attrs=' + encodeURIComponent('data-phone="+1 555 010 0199"'), PHONE)
    const { page, warnings, close } = host
    await launcher(page).waitFor()
    await page.route(`${widgetOrigin}/**`, (route) => route.abort('connectionrefused'))
    const clicked = Date.now()
    await launcher(page).click()
    // Well under the 8 s the loader waits for a chat that loads but never says it is ready.
    await fallback(page).waitFor({ timeout: 3_000 })
    expect(Date.now() - clicked).toBeLessThan(3_000)
    await expect.poll(() => warnings.join('\n'), { timeout: 3_000 }).toContain(`chat failed: ${widgetOrigin} is unreachable`)
    await expectUsableFallback(host)
    await close()
  })

  it("says ALLOWED_ORIGINS lacks the site when the server refuses to be framed there", async () => {
    const host = await openHostPage('attributes.html', PHONE)
    // The same site on another origin (as www.clinic.org is to clinic.org): not in the server's ALLOWED_ORIGINS.
    const otherOrigin = hostOrigin.replace('localhost', '127.0.0.1')
    await host.page.goto(`${otherOrigin}/attributes.html?attrs=${encodeURIComponent('data-phone="+1 555 010 0199"')}`)
    await launcher(host.page).click()
    await expectUsableFallback(host)
    expect(host.warnings.join('\n')).toContain(`add ${otherOrigin} to its ALLOWED_ORIGINS`)
    await host.close()
  })

  it("says frame-src is missing when the site's Content-Security-Policy blocks the chat's frame", async () => {
    const host = await openHostPage('no-frame-src.html', PHONE)
    await launcher(host.page).click()
    await expectUsableFallback(host)
    expect(host.warnings.join('\n')).toContain(`CSP: add ${widgetOrigin} to frame-src`)
    await host.close()
  })
})
