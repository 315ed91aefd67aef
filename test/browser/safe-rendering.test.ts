import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../server/app.js'
import type { AskResponse } from '../../server/http/api-schema.js'
import { loadKnowledge } from '../../server/knowledge/load.js'
import { fixedKnowledgeStore } from '../../server/knowledge/store.js'
import { ask, chat, chatFrame, openChat, skipBrowserTests, useHostPages, widgetOrigin } from './harness.js'
import { close, listen } from './servers.js'

/** A clinic whose knowledge files put HTML and script in every text field the loader accepts. */
const HOSTILE_KNOWLEDGE = 'test/fixtures/knowledge-hostile'

/** Every payload here would set this global, or open a dialog, if it ever ran. */
const MARKER = '__pwned'

/**
 * What rendering text as HTML would leave in the chat: elements that load or
 * run something, handler attributes, and links to script or data. The chat's
 * own module script sits in <head> and its icons inside buttons, so neither is
 * counted.
 */
const INJECTED = [
  'body script',
  'body img',
  'body iframe',
  'body object',
  'body embed',
  'body svg:not(button > svg)',
  '[onerror]',
  '[onload]',
  'a[href]:not([href^="http:"]):not([href^="https:"]):not([href^="tel:"]):not([href^="sms:"])',
].join(', ')

type Watch = { dialogs: string[] }

/**
 * Records dialogs from any frame, and reports each CSP violation as a console
 * error (which `problems` collects): the chat's CSP would stop an inline
 * handler that slipped through, and the violation is how that shows.
 */
async function watchForPayloads(page: Page): Promise<Watch> {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`)),
  )
  return { dialogs }
}

async function injectedElements(page: Page): Promise<string[]> {
  const frame = await chatFrame(page)
  return frame.evaluate((selector) => [...document.querySelectorAll(selector)].map((element) => element.outerHTML), INJECTED)
}

async function expectNothingRan(page: Page, { dialogs }: Watch, problems: string[]) {
  const marker = (name: string) => (window as unknown as Record<string, unknown>)[name]
  expect(await page.evaluate(marker, MARKER)).toBeUndefined()
  expect(await (await chatFrame(page)).evaluate(marker, MARKER)).toBeUndefined()
  expect(dialogs).toEqual([])
  expect(problems).toEqual([])
}

/** Each link in the replies: its visible words, where it goes, and how it opens. */
const linksIn = (page: Page) =>
  chat(page)
    .locator('.reply a')
    .evaluateAll((links) =>
      links.map((link) => {
        const seen = [...link.childNodes].filter((node) => !(node instanceof Element && node.classList.contains('visually-hidden')))
        return { text: seen.map((node) => node.textContent).join(''), href: link.getAttribute('href'), target: link.getAttribute('target'), rel: link.getAttribute('rel') }
      }),
    )

const answerWith = (answers: AskResponse['answers']) => ({ kind: 'answer', answers }) satisfies AskResponse

describe.skipIf(skipBrowserTests)('text from visitors and from the server is shown as text', () => {
  const openHostPage = useHostPages()
  const hostile = { origin: '', close: async () => {} }

  beforeAll(async () => {
    const { knowledge, version } = await loadKnowledge(HOSTILE_KNOWLEDGE)
    const { server, port } = await listen(createApp({ knowledge: fixedKnowledgeStore(knowledge, version), log: null }).fetch)
    Object.assign(hostile, { origin: `http://127.0.0.1:${port}`, close: () => close(server) })
  })
  afterAll(() => hostile.close())

  it('shows a question written as HTML exactly as the visitor typed it, and runs none of it', async () => {
    const { page, problems, close } = await openHostPage()
    const watch = await watchForPayloads(page)
    const frame = await openChat(page)
    const questions = ['<img src=x onerror="window.__pwned=1;alert(1)">', '<script>window.__pwned=1;alert(1)</script>', '"><svg onload="window.__pwned=1;alert(1)">']
    for (const question of questions) await ask(frame, question)

    const bubbles = await frame.locator('.visitor').allTextContents()
    expect(bubbles).toEqual(questions.map((question) => `You: ${question}`))
    expect(await injectedElements(page)).toEqual([])
    await expectNothingRan(page, watch, problems)
    await close()
  })

  it('shows HTML in the clinic’s knowledge files as text, and makes links only of web addresses', async () => {
    const { page, problems, close } = await openHostPage()
    const watch = await watchForPayloads(page)
    // The server's own demo page embeds its chat, as the hostile clinic's site would.
    await page.goto(`${hostile.origin}/`)
    const frame = await openChat(page)
    expect(await frame.locator('h1').textContent()).toBe('Riverside <img src=x onerror="window.__pwned=1"> Clinic')
    expect(await frame.locator('.bubble').first().textContent()).toBe('Hi! <script>window.__pwned=1</script> Ask about sessions.')
    expect(await frame.locator('.chip').textContent()).toBe('How long is a "><svg onload="window.__pwned=1"> session?')

    const reply = await ask(frame, 'how long does a session take')
    expect(await reply.locator('.matched').textContent()).toBe('How long is a <img src=x onerror="window.__pwned=1"> session?')
    // A link to script or data keeps only its words.
    expect(await reply.locator('p').nth(1).textContent()).toBe('A session takes about an hour: read click, x and y, or ok (opens in a new tab).')
    const links = await linksIn(page)
    expect(links).toEqual([
      { text: 'ok', href: 'https://example.org/', target: '_blank', rel: 'noopener' },
      { text: 'Source: Sessions <img src=x onerror="window.__pwned=1"> explained, section “How long <script>window.__pwned=1</script> a session takes”', href: expect.stringMatching(`^${hostile.origin}/articles/clinic-article#`), target: '_blank', rel: 'noopener' },
    ])
    expect(await injectedElements(page)).toEqual([])
    await expectNothingRan(page, watch, problems)

    // The source link leads to the server's own copy of the article, which escapes the same title.
    await page.goto(links[1]!.href!)
    expect(await page.locator('h1').textContent()).toBe('Sessions <img src=x onerror="window.__pwned=1"> explained')
    expect(await page.locator('img, script, [onerror]').count()).toBe(0)
    expect(await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], MARKER)).toBeUndefined()
    await close()
  })

  it('shows an answer from a compromised server as text, dropping links to script or data', async () => {
    const { page, problems, close } = await openHostPage()
    const watch = await watchForPayloads(page)
    const frame = await openChat(page)
    const text = [
      'Before <script>window.__pwned=1</script> and <img src=x onerror="window.__pwned=1;alert(1)"> and <b>bold?</b>.',
      'See [click](javascript:window.__pwned=1), [x](JaVaScRiPt:alert(1)), [tab](java%09script:alert(1)), [y](data:text/html,<script>alert(1)</script>), [v](vbscript:msgbox(1)) and [ok](https://example.org/).',
    ].join('\n\n')
    const hostileAnswer = (n: number) => ({
      id: `entry-${n}`,
      question: `<img src=x onerror="window.__pwned=${n}"> question ${n}?`,
      text,
      source: { title: '<svg onload="window.__pwned=1">', section: '<img src=x onerror="window.__pwned=3">', url: ' javascript:window.__pwned=1' },
      score: 1,
    })
    await page.route(`${widgetOrigin}/api/ask`, (route) => route.fulfill({ json: answerWith([1, 2].map(hostileAnswer)) }), { times: 1 })
    const reply = await ask(frame, 'how long is a session')

    expect(await reply.locator('.matched').textContent()).toBe('<img src=x onerror="window.__pwned=1"> question 1?')
    const paragraphs = await reply.locator(':scope > p:not(.matched)').allTextContents()
    expect(paragraphs).toEqual([
      'Before <script>window.__pwned=1</script> and <img src=x onerror="window.__pwned=1;alert(1)"> and <b>bold?</b>.',
      'See click, x, tab, y, v and ok (opens in a new tab).',
    ])
    // The related answer is in the page too, inside its closed <details>.
    expect(await reply.locator('summary').textContent()).toBe('<img src=x onerror="window.__pwned=2"> question 2?')
    // No source link: its address is script, not a web page.
    expect(await reply.locator('.source').count()).toBe(0)
    expect(await linksIn(page)).toEqual([
      { text: 'ok', href: 'https://example.org/', target: '_blank', rel: 'noopener' },
      { text: 'ok', href: 'https://example.org/', target: '_blank', rel: 'noopener' },
    ])
    expect(await injectedElements(page)).toEqual([])
    await expectNothingRan(page, watch, problems)
    await close()
  })

  it('shows crisis help lines from a compromised server as text, linking only web pages, calls and texts', async () => {
    const { page, problems, close } = await openHostPage()
    const watch = await watchForPayloads(page)
    const frame = await openChat(page)
    const crisis: AskResponse = {
      kind: 'crisis',
      answers: [],
      message: 'Please reach out <img src=x onerror="window.__pwned=1;alert(1)">',
      resources: [
        { label: '<script>window.__pwned=1</script> Lifeline', url: 'javascript:window.__pwned=1' },
        { label: 'Data line', url: 'data:text/html,<script>alert(1)</script>' },
        { label: 'Help <b>line</b>', url: 'https://988lifeline.org/' },
        { label: 'Call line', phone: 'javascript:alert(1)' },
      ],
    }
    await page.route(`${widgetOrigin}/api/ask`, (route) => route.fulfill({ json: crisis }), { times: 1 })
    const reply = await ask(frame, 'how long is a session')

    expect(await reply.locator('.crisis-message').textContent()).toBe('Please reach out <img src=x onerror="window.__pwned=1;alert(1)">')
    // A help line whose address is not a web page still shows its name, as text without a link.
    expect(await reply.locator('li').allTextContents()).toEqual(['<script>window.__pwned=1</script> Lifeline', 'Data line', 'Help <b>line</b> (opens in a new tab)', 'Call line'])
    expect(await linksIn(page)).toEqual([
      { text: 'Help <b>line</b>', href: 'https://988lifeline.org/', target: '_blank', rel: 'noopener' },
      // Only the digits of a phone number reach the link.
      { text: 'Call line', href: 'tel:1', target: null, rel: null },
    ])
    expect(await injectedElements(page)).toEqual([])
    await expectNothingRan(page, watch, problems)
    await close()
  })
})
