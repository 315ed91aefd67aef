import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { chat, chatFrame, launcher, panel, skipBrowserTests, useHostPages } from './harness.js'

type Box = { x: number; y: number; width: number; height: number }

/** A box lies in the page's viewport when every edge does (half a pixel for rounding). */
const offScreen = (box: Box | null, { width, height }: { width: number; height: number }) =>
  !box || box.x < -0.5 || box.y < -0.5 || box.x + box.width > width + 0.5 || box.y + box.height > height + 0.5

/** The chat's parts the visitor must see, by selector inside the chat frame. */
const CHAT_PARTS = {
  'clinic name': 'h1',
  'booking link': '.book',
  'close button': '.close',
  conversation: '.scroller',
  'question box': 'input',
  'send button': '.send',
}

/**
 * Opens the chat and measures the panel and the chat's parts in the page's CSS px. A page's zoom
 * reaches into the frame (its content is drawn larger), which Playwright's boxes for elements in
 * frames leave out, so the chat's own boxes are scaled by the frame's drawn width over its innerWidth.
 */
async function openAndMeasure(page: Page) {
  await launcher(page).click()
  await chat(page).locator('h1').waitFor()
  const frameBox = (await page.locator('clinic-faq-widget iframe').boundingBox())!
  const inFrame = await (await chatFrame(page)).evaluate((parts) => {
    const boxes: Record<string, { x: number; y: number; width: number; height: number } | null> = {}
    for (const [name, selector] of Object.entries(parts)) {
      const element = document.querySelector(selector)
      boxes[name] = element && element.getBoundingClientRect().toJSON()
    }
    return { boxes, innerWidth }
  }, CHAT_PARTS)
  const scale = frameBox.width / inFrame.innerWidth
  const boxes: Record<string, Box | null> = { panel: await panel(page).boundingBox() }
  for (const [name, box] of Object.entries(inFrame.boxes)) {
    boxes[name] = box && { x: frameBox.x + box.x * scale, y: frameBox.y + box.y * scale, width: box.width * scale, height: box.height * scale }
  }
  const viewport = page.viewportSize()!
  const outside = Object.entries(boxes)
    .filter(([, box]) => offScreen(box, viewport))
    .map(([name]) => name)
  return { boxes, outside }
}

describe.skipIf(skipBrowserTests)('reflow (WCAG 2.2 SC 1.4.10)', () => {
  const openHostPage = useHostPages()

  it('keeps the header, the conversation and the question box on screen on a page that sets html { zoom: 2 }', async () => {
    const { page, problems, close } = await openHostPage('normal.html', { viewport: { width: 1280, height: 800 } })
    await page.addStyleTag({ content: 'html { zoom: 2 }' })
    const { boxes, outside } = await openAndMeasure(page)
    expect(outside).toEqual([])
    expect(boxes.conversation!.height).toBeGreaterThanOrEqual(boxes.panel!.height / 2)
    expect(problems).toEqual([])
    await close()
  })

  it('gives the conversation at least half of a 320×256 window (400% zoom), with the header and question box in view', async () => {
    const { page, problems, close } = await openHostPage('normal.html', { viewport: { width: 320, height: 256 } })
    const { boxes, outside } = await openAndMeasure(page)
    expect(outside).toEqual([])
    expect(boxes.panel).toEqual({ x: 0, y: 0, width: 320, height: 256 })
    expect(boxes.conversation!.height).toBeGreaterThanOrEqual(256 / 2)
    // Nothing needs scrolling sideways (the criterion's 320 CSS px), and the clinic's disclaimer is still there to read.
    const frame = await chatFrame(page)
    expect(await frame.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true)
    expect(await chat(page).getByText("Please don't share personal or health details here", { exact: false }).count()).toBe(1)
    expect(problems).toEqual([])
    await close()
  })
})
