import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { answerNextWithRelated, ask, axeViolations, chat, chatFrame, launcher, openChat, panel, skipBrowserTests, useHostPages } from './harness.js'

/** Where keyboard focus is, seen from the host page: inside the widget's shadow root, or in the chat frame. */
const focusOnLauncher = (page: Page) =>
  page.evaluate(() => {
    const host = document.activeElement
    return host?.tagName === 'CLINIC-FAQ-WIDGET' && host.shadowRoot?.activeElement?.tagName === 'BUTTON'
  })

describe.skipIf(skipBrowserTests)('accessibility', () => {
  const openHostPage = useHostPages()

  it('works with the keyboard alone: open, ask, read, Escape, and focus returns to the launcher', async () => {
    const { page, problems, close } = await openHostPage()
    await launcher(page).waitFor()
    for (let presses = 0; presses < 10 && !(await focusOnLauncher(page)); presses++) await page.keyboard.press('Tab')
    expect(await focusOnLauncher(page)).toBe(true)
    expect(await launcher(page).evaluate((button) => getComputedStyle(button).outlineStyle)).toBe('solid')

    await page.keyboard.press('Enter')
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('true')
    expect(await panel(page).getAttribute('aria-label')).toBe('Chat with the clinic')
    expect(await page.locator('clinic-faq-widget iframe').getAttribute('title')).toBe('Chat with the clinic')
    const frame = await chatFrame(page)
    await frame.waitForFunction(() => document.activeElement?.tagName === 'INPUT')
    await page.keyboard.type('how long is a session')
    await page.keyboard.press('Enter')
    // Replies arrive in a polite live log, so screen readers announce them.
    const log = chat(page).getByRole('log')
    await log.locator('.reply').waitFor()
    expect(await log.getAttribute('aria-live')).toBe('polite')

    // Read: Shift+Tab from the question box goes back through the reply's links to its source.
    const focused = () => frame.evaluate(() => document.activeElement?.textContent ?? '')
    for (let presses = 0; presses < 6 && !(await focused()).startsWith('Source: '); presses++) await page.keyboard.press('Shift+Tab')
    expect(await focused()).toMatch(/^Source: From Despair to Relief/)
    expect(await frame.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid')

    await page.keyboard.press('Escape')
    await panel(page).waitFor({ state: 'hidden' })
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('false')
    expect(await focusOnLauncher(page)).toBe(true)
    expect(problems).toEqual([])
    await close()
  })

  it('passes axe-core on the host page, the open widget and inside the chat, in light and dark', async () => {
    // data-theme="auto": the chat follows the system, so both schemes can be checked on one page.
    const { page, close } = await openHostPage(`attributes.html?attrs=${encodeURIComponent('data-theme="auto"')}`)
    await launcher(page).waitFor()
    expect(await axeViolations(page)).toEqual([])

    const frame = await openChat(page)
    // Every kind of reply, and a related answer opened.
    await ask(frame, 'how long is a session')
    await answerNextWithRelated(page)
    await ask(frame, 'anything with related answers')
    await frame.locator('details summary').first().click()
    await ask(frame, 'what is the weather tomorrow')
    await ask(frame, 'i want to kill myself')
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      const background = await (await chatFrame(page)).evaluate(() => getComputedStyle(document.body).backgroundColor)
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(21, 26, 33)' : 'rgb(255, 255, 255)')
      expect(await axeViolations(page)).toEqual([])
      expect(await axeViolations(await chatFrame(page))).toEqual([])
    }
    await close()
  })

  it('turns animations off for visitors who ask for reduced motion', async () => {
    const { page, close } = await openHostPage()
    await page.emulateMedia({ reducedMotion: 'reduce' })
    const frame = await openChat(page)
    await page.route('**/api/ask', () => {}) // never answers, so the typing indicator stays
    await frame.getByRole('textbox').fill('how long is a session')
    await frame.getByRole('textbox').press('Enter')
    await frame.locator('.typing').waitFor()
    expect(await frame.locator('.dots span').first().evaluate((dot) => getComputedStyle(dot).animationName)).toBe('none')
    expect(await panel(page).evaluate((element) => getComputedStyle(element).animationName)).toBe('none')
    await page.unrouteAll({ behavior: 'ignoreErrors' })
    await close()
  })

  it('fills a phone screen with the chat, with a question box iOS will not zoom into', async () => {
    const viewport = { width: 375, height: 700 }
    const { page, problems, close } = await openHostPage('normal.html', { viewport, isMobile: true, hasTouch: true })
    const frame = await openChat(page)
    expect(await panel(page).boundingBox()).toEqual({ x: 0, y: 0, ...viewport })
    const input = frame.getByRole('textbox')
    expect(parseFloat(await input.evaluate((element) => getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(16)
    const box = (await input.boundingBox())!
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height)
    await ask(frame, 'how long is a session')
    await frame.getByRole('button', { name: 'Close chat' }).tap()
    await panel(page).waitFor({ state: 'hidden' })
    expect(problems).toEqual([])
    await close()
  })
})
