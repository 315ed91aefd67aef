import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { ask, chatFrame, openChat, skipBrowserTests, useHostPages } from './harness.js'

type Box = { top: number; bottom: number; left: number; right: number }

/**
 * Where each link of the latest crisis reply is, and what of it can be seen: the part of the
 * conversation's scroll container in view, the chat frame and the page's viewport (issue 15).
 */
async function crisisLinks(page: Page) {
  const frame = await chatFrame(page)
  const inFrame = await frame.evaluate(() => {
    const box = (element: Element) => {
      const { top, bottom, left, right } = element.getBoundingClientRect()
      return { top, bottom, left, right }
    }
    const replies = document.querySelectorAll('.reply.crisis')
    const links = [...replies[replies.length - 1]!.querySelectorAll('a')]
    return { scroller: box(document.querySelector('.scroller')!), links: links.map((link) => ({ text: link.textContent!, box: box(link) })) }
  })
  const frameBox = (await page.locator('clinic-faq-widget iframe').boundingBox())!
  const { width, height } = page.viewportSize()!
  return { ...inFrame, frame: { top: frameBox.y, left: frameBox.x }, viewport: { top: 0, left: 0, bottom: height, right: width } }
}

const inside = (inner: Box, outer: Box) => inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5 && inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5
const shifted = (box: Box, by: { top: number; left: number }): Box => ({ top: box.top + by.top, bottom: box.bottom + by.top, left: box.left + by.left, right: box.right + by.left })

describe.skipIf(skipBrowserTests)('the crisis screen', () => {
  const openHostPage = useHostPages()

  it.each([
    ['a desktop window', { width: 1280, height: 800 }, false],
    ['a phone', { width: 390, height: 844 }, true],
  ])('shows every help line without scrolling on %s', async (_, viewport, isMobile) => {
    const { page, problems, close } = await openHostPage('normal.html', { viewport, isMobile, hasTouch: isMobile })
    await ask(await openChat(page), 'i want to kill myself')
    const { scroller, links, frame, viewport: screen } = await crisisLinks(page)
    // 988 by call and by text, Crisis Text Line, 911: whatever the clinic lists.
    expect(links.map(({ text }) => text)).toEqual(['Call 988', 'Text 988', 'Crisis Text Line: text HOME to 741741', 'In immediate danger? Call 911'])
    const hidden = links.filter(({ box }) => !inside(box, scroller) || !inside(shifted(box, frame), screen)).map(({ text }) => text)
    expect(hidden).toEqual([])
    expect(problems).toEqual([])
    await close()
  })
})
