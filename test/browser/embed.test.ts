import { describe, expect, it } from 'vitest'
import { answerNextWithRelated, ask, chat, hostOrigin, launcher, openChat, panel, skipBrowserTests, useHostPages, widgetOrigin } from './harness.js'

describe.skipIf(skipBrowserTests)('the widget on a clinic page, from another origin', () => {
  const openHostPage = useHostPages()

  it('loads from one script tag and shows the launcher, closed', async () => {
    const { page, problems, close } = await openHostPage()
    expect(new URL(widgetOrigin).origin).not.toBe(hostOrigin)
    await launcher(page).waitFor()
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('false')
    expect(await launcher(page).getAttribute('aria-label')).toBe('Questions? Chat with us')
    expect(await panel(page).isHidden()).toBe(true)
    expect(problems).toEqual([])
    await close()
  })

  it('answers a starter question with the answer and a working source link', async () => {
    const { page, problems, close } = await openHostPage()
    const frame = await openChat(page)
    expect(await panel(page).isVisible()).toBe(true)
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('true')
    await frame.getByRole('button', { name: 'How long does a session take?' }).click()
    const reply = frame.locator('.reply').first()
    await reply.waitFor()
    expect(await reply.innerText()).toContain('60 to 90 minutes')

    const source = reply.locator(':scope > .source a')
    expect(await source.innerText()).toMatch(/^Source: From Despair to Relief/)
    expect(await source.getAttribute('target')).toBe('_blank')
    expect(await source.getAttribute('rel')).toBe('noopener')
    const href = (await source.getAttribute('href')) ?? ''
    expect(href.startsWith(`${widgetOrigin}/articles/long-covid-ketamine#:~:text=`)).toBe(true)
    const [article] = await Promise.all([page.context().waitForEvent('page'), source.click()])
    await article.waitForLoadState()
    expect(article.url()).toBe(href)
    expect(await article.locator('h1').innerText()).toMatch(/^From Despair to Relief/)

    expect(problems).toEqual([])
    await close()
  })

  it('shows up to two related answers the visitor can open, each with its source', async () => {
    const { page, problems, close } = await openHostPage()
    const frame = await openChat(page)
    await answerNextWithRelated(page)
    const reply = await ask(frame, 'anything')
    expect(await reply.locator('.matched').innerText()).toBe('Question number 1?')
    const related = reply.locator('details')
    expect(await related.locator('summary').allInnerTexts()).toEqual(['Question number 2?', 'Question number 3?'])
    expect(await related.first().locator('p').first().isVisible()).toBe(false)
    await related.first().locator('summary').click()
    expect(await related.first().locator('p').first().innerText()).toBe('Answer number 2, in plain words.')
    expect(await related.first().locator('.source a').getAttribute('href')).toMatch(/#:~:text=Answer%202$/)
    expect(problems).toEqual([])
    await close()
  })

  it('answers a typed question', async () => {
    const { page, problems, close } = await openHostPage()
    const reply = await ask(await openChat(page), 'how long is a session')
    expect(await reply.locator('.matched').innerText()).toBe('How long does a session take?')
    expect(await reply.locator(':scope > .source a').count()).toBe(1)
    expect(await chat(page).locator('.visitor').innerText()).toContain('how long is a session')
    expect(problems).toEqual([])
    await close()
  })

  it("answers what it cannot with the clinic's contact and booking links, and other questions", async () => {
    const { page, problems, close } = await openHostPage()
    const reply = await ask(await openChat(page), 'what is the weather tomorrow')
    expect(await reply.innerText()).toContain("I'm sorry, I can't answer that")
    expect(await reply.locator('a[href^="tel:"]').getAttribute('href')).toBe('tel:+15550100199')
    expect(await reply.locator('a[href="https://example.com/book"]').getAttribute('target')).toBe('_blank')
    expect(await reply.locator('.chip').count()).toBeGreaterThan(0)
    expect(await reply.locator('.source').count()).toBe(0)
    expect(problems).toEqual([])
    await close()
  })

  it('puts crisis help lines first, as large call and text links, and nothing else', async () => {
    const { page, problems, close } = await openHostPage()
    const reply = await ask(await openChat(page), 'i want to kill myself')
    expect(await reply.getAttribute('class')).toContain('crisis')
    expect(await reply.innerText()).toContain('you deserve support right now')
    const links = reply.locator('a')
    expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual(['tel:988', 'sms:988', 'sms:741741?&body=HOME', 'tel:911'])
    for (const box of await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getBoundingClientRect().height))) {
      expect(box).toBeGreaterThanOrEqual(44)
    }
    expect(await reply.locator('.source, .chip, details').count()).toBe(0)
    expect(problems).toEqual([])
    await close()
  })

  it('does no harm when the script tag is on the page twice', async () => {
    const { page, problems, close } = await openHostPage('twice.html')
    await launcher(page).waitFor()
    await page.waitForLoadState('load')
    expect(await page.locator('clinic-faq-widget').count()).toBe(1)
    await ask(await openChat(page), 'how long is a session')
    expect(problems).toEqual([])
    await close()
  })

  it('draws nothing, and throws nothing, without document.currentScript', async () => {
    const { page, problems, close } = await openHostPage('no-current-script.html')
    // The page's load event waits for the script, which runs, finds no tag of its own and stops.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/widget.js')))).toBe(true)
    expect(await page.locator('clinic-faq-widget').count()).toBe(0)
    expect(problems).toEqual([])
    await close()
  })
})

describe.skipIf(skipBrowserTests)("the script tag's data-* attributes", () => {
  const openHostPage = useHostPages()
  const withAttributes = (attributes: string) => `attributes.html?attrs=${encodeURIComponent(attributes)}`

  it('places the launcher on the left, colours it with the accent and speaks Spanish', async () => {
    const { page, problems, close } = await openHostPage(withAttributes('data-position="left" data-accent="#ffd23f" data-lang="es"'))
    const box = await launcher(page).boundingBox()
    expect(box!.x).toBeLessThan(100)
    const colours = await launcher(page).evaluate((button) => [getComputedStyle(button).backgroundColor, getComputedStyle(button).color])
    // A light accent gets black text: the loader picks whichever of black and white contrasts more.
    expect(colours).toEqual(['rgb(255, 210, 63)', 'rgb(0, 0, 0)'])
    expect(await launcher(page).getAttribute('aria-label')).toBe('¿Preguntas? Chatee con nosotros')
    const frame = await openChat(page)
    expect(await frame.getByRole('textbox').getAttribute('placeholder')).toBe('Escriba su pregunta…')
    expect(await frame.locator('html').getAttribute('lang')).toBe('es')
    expect(await frame.locator('.book').innerText()).toContain('Reservar una cita')
    // The clinic's own words come in Spanish too, from clinic.yaml's languages.es (issue 15).
    expect(await frame.locator('.bubble').first().innerText()).toMatch(/^¡Hola! Puedo responder/)
    expect(await frame.locator('.disclaimer').innerText()).toContain('llame al 988 y marque 2')
    expect(await frame.locator('.send').evaluate((button) => getComputedStyle(button).backgroundColor)).toBe('rgb(255, 210, 63)')
    expect(problems).toEqual([])
    await close()
  })

  it('falls back to the default colour with a warning when the accent is not a colour', async () => {
    const { page, problems, warnings, close } = await openHostPage(withAttributes('data-accent="red; background: url(x)"'))
    await launcher(page).waitFor()
    expect(warnings).toEqual(['[clinic-faq-widget] data-accent="red; background: url(x)" is not #rrggbb; using the default'])
    expect(await launcher(page).evaluate((button) => getComputedStyle(button).backgroundColor)).toBe('rgb(11, 110, 79)')
    expect(problems).toEqual([])
    await close()
  })

  it('opens on load with data-open, without taking focus from the page', async () => {
    const { page, problems, close } = await openHostPage(withAttributes('data-open'))
    await panel(page).waitFor()
    await chat(page).locator('h1').waitFor()
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('true')
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)
    expect(problems).toEqual([])
    await close()
  })
})
