import { describe, expect, it } from 'vitest'
import { ask, chat, launcher, panel, skipBrowserTests, useHostPages } from './harness.js'

describe.skipIf(skipBrowserTests)("the site's own controls", () => {
  const openHostPage = useHostPages()

  it("opens, closes and toggles from the site's own button through window.ClinicFAQ, calls queued before it loaded included", async () => {
    const { page, problems, close } = await openHostPage('api.html')
    await page.waitForFunction(() => typeof (window as { ClinicFAQ?: { q?: unknown } }).ClinicFAQ === 'object' && !('q' in window.ClinicFAQ!))
    // data-launcher="none": the site has its own button.
    expect(await launcher(page).count()).toBe(0)
    await page.locator('#ask-us').click()
    await chat(page).locator('h1').waitFor()
    await page.waitForFunction(() => (window as { seen?: string[] }).seen!.includes('ready'))
    expect(await panel(page).isVisible()).toBe(true)
    await page.evaluate(() => window.ClinicFAQ!.close())
    await panel(page).waitFor({ state: 'hidden' })
    // With no launcher to return to, focus goes back to the button that opened the chat.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ask-us')
    await page.evaluate(() => window.ClinicFAQ!.toggle())
    await panel(page).waitFor()
    expect(await page.evaluate(() => (window as { seen?: string[] }).seen)).toEqual(['open', 'ready', 'close', 'open'])
    // A handler for `ready` added after the chat is ready runs at once.
    expect(await page.evaluate(() => new Promise((resolve) => window.ClinicFAQ!.on('ready', () => resolve('ran'))))).toBe('ran')
    expect(problems).toEqual([])
    await close()
  })

  it('mounts inline into data-target, filling it, with no launcher and no close button', async () => {
    const { page, problems, close } = await openHostPage('inline.html')
    const frame = chat(page)
    await frame.locator('h1').waitFor()
    expect(await page.locator('#faq-chat clinic-faq-widget').count()).toBe(1)
    expect(await page.locator('clinic-faq-widget button').count()).toBe(0)
    expect(await page.locator('clinic-faq-widget iframe').boundingBox()).toEqual(await page.locator('#faq-chat').evaluate((box) => {
      const { x, y, width, height } = box.getBoundingClientRect()
      return { x: x + 1, y: y + 1, width: width - 2, height: height - 2 }
    }))
    expect(await frame.locator('.close').count()).toBe(0)
    await frame.getByRole('textbox').press('Escape')
    expect(await ask(frame, 'how long is a session').then((reply) => reply.innerText())).toContain('60 to 90 minutes')
    expect(problems).toEqual([])
    await close()
  })
})
