import { describe, expect, it } from 'vitest'
import { ask, chat, openChat, panel, skipBrowserTests, useHostPages } from './harness.js'

describe.skipIf(skipBrowserTests)('privacy', () => {
  const openHostPage = useHostPages()

  it("keeps what a visitor types and reads out of the host page's keylogger and session recorder", async () => {
    const { page, problems, close } = await openHostPage('keylogger.html')
    const frame = await openChat(page)
    await frame.getByRole('textbox').click()
    // An ordinary question with its answer, then one no page could guess.
    for (const question of ['how long is a session', 'zqx7731 quokka']) {
      await page.keyboard.type(question)
      await page.keyboard.press('Enter')
      await frame.locator('.reply').nth(question.startsWith('how') ? 0 : 1).waitFor()
    }
    expect(await frame.locator('.reply').first().innerText()).toContain('60 to 90 minutes')

    const captured = await page.evaluate(() => (window as unknown as { __captured: string[] }).__captured)
    const seen = captured.join('\n') + (await page.evaluate(() => document.documentElement.outerHTML + (document.querySelector('clinic-faq-widget')?.shadowRoot?.innerHTML ?? '')))
    // The recorder did run: it saw the widget arrive, and the loader's messages.
    expect(captured.some((line) => line.startsWith('added: <clinic-faq-widget'))).toBe(true)
    expect(captured.some((line) => line.startsWith('message: '))).toBe(true)
    // But not one keystroke, nor any of the question or the answer.
    expect(captured.filter((line) => /^(keydown|keyup|keypress|beforeinput|input|change|paste|compositionend):/.test(line))).toEqual([])
    for (const secret of ['zqx7731', 'how long is a session', '60 to 90 minutes', 'How long does a session take', 'From Despair to Relief', "I'm sorry"]) {
      expect(seen).not.toContain(secret)
    }
    expect(await chat(page).locator('.visitor').last().innerText()).toContain('zqx7731')
    expect(problems).toEqual([])
    await close()
  })

  it('shows the host page only open and close: the panel keeps its size while questions are asked (issue 14)', async () => {
    const { page, problems, close } = await openHostPage('normal.html')
    // What any script on the clinic's page can watch: every message to the window, and the panel's size.
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { __seen: string[] }).__seen = [])
      addEventListener('message', (event) => seen.push(`message: ${JSON.stringify(event.data)}`))
      new MutationObserver(() => {
        const box = document.querySelector('clinic-faq-widget')?.shadowRoot?.querySelector('[role=dialog]')?.getBoundingClientRect()
        if (box) seen.push(`size: ${box.width}x${box.height}`)
      }).observe(document.querySelector('clinic-faq-widget')?.shadowRoot ?? document, { subtree: true, attributes: true, childList: true })
    })
    const frame = await openChat(page)
    const opened = (await panel(page).boundingBox())!
    await ask(frame, 'how long is a session')
    await ask(frame, 'what is the capital of peru, and many more words to make a long question that wraps onto lines')
    await page.waitForTimeout(300)
    expect(await panel(page).boundingBox()).toEqual(opened)
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)
    // Sizes the host could read from messages: none (before, 142 then 523 then 416 as a question went out).
    expect(seen.filter((line) => line.includes('"resize"'))).toEqual([])
    // Closed (0x0) and open, nothing in between.
    expect(new Set(seen.filter((line) => line.startsWith('size: ') && line !== 'size: 0x0'))).toEqual(new Set([`size: ${opened.width}x${opened.height}`]))
    expect(problems).toEqual([])
    await close()
  })
})
