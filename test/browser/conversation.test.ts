import type { Route } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { REQUEST_TIMEOUT_MS } from '../../widget/chat/api.js'
import { ask, chat, chatFrame, hostOrigin, launcher, openChat, skipBrowserTests, useHostPages, widgetOrigin } from './harness.js'

const ASK_URL = `${widgetOrigin}/api/ask`

describe.skipIf(skipBrowserTests)('the conversation', () => {
  const openHostPage = useHostPages()

  it('survives moving to another page of the clinic in the same tab, and stores nothing else', async () => {
    const { page, problems, close } = await openHostPage()
    await ask(await openChat(page), 'how long is a session')
    await page.goto(`${hostOrigin}/normal.html?page=2`)
    const frame = await openChat(page)
    await frame.locator('.reply').waitFor()
    expect(await frame.locator('.visitor').innerText()).toContain('how long is a session')
    expect(await frame.locator('.reply').innerText()).toContain('60 to 90 minutes')
    // The conversation is in the chat's own sessionStorage; no cookies, nothing on the clinic's origin.
    expect(await (await chatFrame(page)).evaluate(() => Object.keys(sessionStorage))).toEqual(['clinic-faq-widget:conversation'])
    expect(await (await chatFrame(page)).evaluate(() => [localStorage.length, document.cookie])).toEqual([0, ''])
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, ''])
    expect(await page.context().cookies()).toEqual([])
    expect(problems).toEqual([])
    await close()
  })

  it('offers a retry when the server is unreachable, keeping the question', async () => {
    const { page, close } = await openHostPage()
    const frame = await openChat(page)
    await page.route(ASK_URL, (route) => route.abort('connectionrefused'))
    await frame.getByRole('textbox').fill('how long is a session')
    await frame.getByRole('textbox').press('Enter')
    const notice = frame.locator('.notice')
    await notice.waitFor()
    expect(await notice.innerText()).toContain("We couldn't reach the clinic's server")
    expect(await frame.locator('.visitor').innerText()).toContain('how long is a session')

    await page.unroute(ASK_URL)
    await notice.getByRole('button', { name: 'Try again' }).click()
    await frame.locator('.reply').waitFor()
    expect(await frame.locator('.reply').innerText()).toContain('60 to 90 minutes')
    expect(await frame.locator('.notice').count()).toBe(0)
    expect(await frame.locator('.visitor').count()).toBe(1)
    await close()
  })

  it('offers a retry when the server is too slow, keeping the question', async () => {
    // A context of its own, with fake timers in every frame: the test moves time past the timeout instead of waiting.
    const { page, close } = await openHostPage('normal.html', {})
    await page.clock.install()
    await page.reload()
    const frame = await openChat(page)
    const held: Route[] = []
    await page.route(ASK_URL, (route) => void held.push(route))
    await frame.getByRole('textbox').fill('how long is a session')
    await frame.getByRole('textbox').press('Enter')
    await frame.locator('.typing').waitFor()
    await page.clock.runFor(REQUEST_TIMEOUT_MS)
    const notice = frame.locator('.notice')
    await notice.waitFor()
    expect(await notice.innerText()).toContain('taking too long')
    expect(await frame.locator('.typing').count()).toBe(0)

    await page.unroute(ASK_URL)
    await Promise.all(held.map((route) => route.abort().catch(() => {})))
    await notice.getByRole('button', { name: 'Try again' }).click()
    await frame.locator('.reply').waitFor()
    expect(await frame.locator('.reply').innerText()).toContain('60 to 90 minutes')
    await close()
  })

  it('counts answers that arrive while the chat is closed on the launcher', async () => {
    const { page, problems, close } = await openHostPage()
    const frame = await openChat(page)
    let release = () => {}
    await page.route(ASK_URL, (route) => void (release = () => void route.continue()))
    await frame.getByRole('textbox').fill('how long is a session')
    await frame.getByRole('textbox').press('Enter')
    await frame.locator('.typing').waitFor()
    await frame.getByRole('textbox').press('Escape')
    await page.waitForFunction(() => document.querySelector('clinic-faq-widget')?.shadowRoot?.querySelector('button')?.getAttribute('aria-expanded') === 'false')
    release()
    await page.waitForFunction(() => document.querySelector('clinic-faq-widget')?.shadowRoot?.querySelector('button')?.dataset.unread === '1')
    expect(await launcher(page).getAttribute('aria-label')).toBe('Questions? Chat with us (1 new)')

    await launcher(page).click()
    await page.waitForFunction(() => !document.querySelector('clinic-faq-widget')?.shadowRoot?.querySelector('button')?.hasAttribute('data-unread'))
    expect(await launcher(page).getAttribute('aria-label')).toBe('Questions? Chat with us')
    expect(await chat(page).locator('.reply').innerText()).toContain('60 to 90 minutes')
    expect(problems).toEqual([])
    await close()
  })

  it('shows HTML in an answer as text and drops links that are not http(s)', async () => {
    const { page, problems, close } = await openHostPage()
    const frame = await openChat(page)
    const hostile = '<img src=x onerror="parent.postMessage(1, \'*\')"> **Bold** [click](javascript:alert(1))'
    await page.route(ASK_URL, (route) =>
      route.fulfill({
        json: {
          kind: 'answer',
          answers: [{ id: 'x', question: '<b>Q</b>', text: hostile, source: { title: '<i>T</i>', url: 'javascript:alert(2)' }, score: 1 }],
        },
      }),
    )
    const reply = await ask(frame, 'anything')
    expect(await reply.locator('img, b, i, script').count()).toBe(0)
    expect(await reply.locator('strong').innerText()).toBe('Bold')
    expect(await reply.innerText()).toContain('<img src=x onerror="parent.postMessage(1, \'*\')">')
    expect(await reply.innerText()).toContain('<b>Q</b>')
    expect(await reply.locator('a').count()).toBe(0)
    expect(problems).toEqual([])
    await close()
  })

  it('leads with a check-in and tappable help lines when a question carries distress, then answers it', async () => {
    const { page, problems, close } = await openHostPage()
    const reply = await ask(await openChat(page), 'i am depressed and exhausted all the time. how long is a session?')
    const checkIn = reply.locator('.check-in')
    expect(await checkIn.getAttribute('role')).toBe('note')
    expect(await checkIn.locator('a').first().getAttribute('href')).toBe('tel:988')
    expect(await reply.innerText()).toContain('60 to 90 minutes')
    // The help lines come first, above the answer.
    expect(await reply.locator(':scope > *').first().getAttribute('class')).toBe('check-in')
    expect(problems).toEqual([])
    await close()
  })
})
