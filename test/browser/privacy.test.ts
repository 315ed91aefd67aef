import { describe, expect, it } from 'vitest'
import { chat, openChat, skipBrowserTests, useHostPages } from './harness.js'

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
})
