import { describe, expect, it } from 'vitest'
import { chat, chatFrame, launcher, openChat, panel, skipBrowserTests, useHostPages } from './harness.js'

const withAttributes = (attributes: string) => `attributes.html?attrs=${encodeURIComponent(attributes)}`
const background = (page: Parameters<typeof chat>[0]) => chat(page).locator('body').evaluate((body) => getComputedStyle(body).backgroundColor)
const LIGHT = 'rgb(255, 255, 255)'
const DARK = 'rgb(21, 26, 33)'

describe.skipIf(skipBrowserTests)('placement, printing and hiding', () => {
  const openHostPage = useHostPages()

  it('moves the launcher and panel by data-offset-x/y and sets data-z-index', async () => {
    const { page, problems, close } = await openHostPage(withAttributes('data-offset-x="30" data-offset-y="90" data-z-index="1000"'))
    const box = (await launcher(page).boundingBox())!
    const { width, height } = page.viewportSize()!
    expect([width - box.x - box.width, height - box.y - box.height]).toEqual([30, 90])
    expect(await page.locator('clinic-faq-widget').evaluate((host) => getComputedStyle(host).zIndex)).toBe('1000')
    await openChat(page)
    const panelBox = (await panel(page).boundingBox())!
    expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(box.y)
    expect(width - panelBox.x - panelBox.width).toBe(30)
    expect(problems).toEqual([])
    await close()
  })

  it('does not print the launcher', async () => {
    const { page, close } = await openHostPage()
    await launcher(page).waitFor()
    await page.emulateMedia({ media: 'print' })
    expect(await launcher(page).isHidden()).toBe(true)
    await close()
  })

  it('hides on a page that sets --clinic-faq-widget-display: none', async () => {
    const { page, close } = await openHostPage()
    await launcher(page).waitFor()
    await page.addStyleTag({ content: 'html { --clinic-faq-widget-display: none }' })
    expect(await launcher(page).isHidden()).toBe(true)
    await close()
  })

  it('warns when a second tag asks for other settings', async () => {
    const { page, warnings, close } = await openHostPage('twice.html')
    await page.waitForLoadState('load')
    await launcher(page).waitFor()
    expect(warnings.join('\n')).toContain('ignored a second widget.js tag with other settings: {"position":"left"}')
    await close()
  })
})

describe.skipIf(skipBrowserTests)('theme', () => {
  const openHostPage = useHostPages()

  it('is light by default on a light page, even when the system is dark', async () => {
    const { page, close } = await openHostPage('normal.html', { colorScheme: 'dark' })
    await openChat(page)
    expect(await background(page)).toBe(LIGHT)
    await close()
  })

  it('follows the system on a page that declares color-scheme: dark', async () => {
    const { page, close } = await openHostPage('dark.html', { colorScheme: 'dark' })
    await openChat(page)
    expect(await background(page)).toBe(DARK)
    await close()
  })

  it('is dark with data-theme="dark" and light with data-theme="light"', async () => {
    const dark = await openHostPage(withAttributes('data-theme="dark"'), { colorScheme: 'light' })
    await openChat(dark.page)
    expect(await background(dark.page)).toBe(DARK)
    await dark.close()
    const light = await openHostPage(withAttributes('data-theme="light"'), { colorScheme: 'dark' })
    await openChat(light.page)
    expect(await background(light.page)).toBe(LIGHT)
    await light.close()
  })
})

describe.skipIf(skipBrowserTests)('the full-screen panel on a phone', () => {
  const openHostPage = useHostPages()

  it('is a modal dialog that keeps focus inside while it covers the page', async () => {
    const { page, problems, close } = await openHostPage('normal.html', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    await launcher(page).waitFor()
    await launcher(page).focus()
    await page.keyboard.press('Enter')
    const frame = await chatFrame(page)
    await frame.waitForFunction(() => document.activeElement?.tagName === 'INPUT')
    expect(await panel(page).getAttribute('aria-modal')).toBe('true')
    // The send button is disabled while the box is empty, so Tab leaves the chat: it must not reach the page.
    await page.keyboard.press('Tab')
    await page.waitForTimeout(200)
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CLINIC-FAQ-WIDGET')
    expect(problems).toEqual([])
    await close()
  })
})
