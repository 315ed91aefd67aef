import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { ask, axeViolations, chatFrame, openChat, skipBrowserTests, useHostPages, widgetOrigin } from './harness.js'

/** The shared test server runs with insights off; these tests turn the buttons on through /api/config and catch the votes. */
async function withFeedbackOn(page: Page) {
  const votes: unknown[] = []
  await page.route(`${widgetOrigin}/api/config?**`, async (route) => {
    const response = await route.fetch()
    await route.fulfill({ response, json: { ...(await response.json()), feedback: true } })
  })
  await page.route(`${widgetOrigin}/api/feedback`, async (route) => {
    votes.push(route.request().postDataJSON())
    await route.fulfill({ status: 204 })
  })
  return votes
}

describe.skipIf(skipBrowserTests)('"Was this helpful?"', () => {
  const openHostPage = useHostPages()

  it('takes one vote per answer from the keyboard, says thanks politely, and sends the question with a not-helpful vote', async () => {
    const { page, problems, close } = await openHostPage()
    const votes = await withFeedbackOn(page)
    const frame = await openChat(page)
    const reply = await ask(frame, 'how long is a session')
    const group = reply.getByRole('group', { name: 'Was this helpful?' }).first()
    const no = group.getByRole('button', { name: 'No' })
    await no.focus()
    await no.press('Enter')
    expect(await no.getAttribute('aria-pressed')).toBe('true')
    expect(await group.getByRole('button', { name: 'Yes' }).getAttribute('aria-pressed')).toBe('false')
    expect(await group.getByRole('status').innerText()).toBe('Thank you for telling us.')
    await group.getByRole('button', { name: 'Yes' }).click()
    await expect.poll(() => votes.length).toBe(1)
    expect(await axeViolations(await chatFrame(page))).toEqual([])
    expect(votes).toEqual([{ entryId: 'session-length', helpful: false, question: 'how long is a session', lang: 'en' }])

    // The same answer again, in the same conversation, remembers the vote.
    const again = await ask(frame, 'how long is a session')
    expect(await again.getByRole('button', { name: 'No' }).first().getAttribute('aria-pressed')).toBe('true')
    expect(votes).toHaveLength(1)
    expect(problems).toEqual([])
    await close()
  })

  it('is not shown when the server counts nothing (INSIGHTS=off)', async () => {
    const { page, close } = await openHostPage()
    const reply = await ask(await openChat(page), 'how long is a session')
    expect(await reply.locator('.feedback').count()).toBe(0)
    await close()
  })
})
