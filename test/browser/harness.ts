import { readFileSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Frame, type FrameLocator, type Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'

export const browserEndpoint = inject('browserEndpoint')
export const hostOrigin = inject('hostOrigin')
export const widgetOrigin = inject('widgetOrigin')

/** Browser tests run only where global-setup.ts found Chromium (it says so loudly when not). */
export const skipBrowserTests = browserEndpoint === null

export type HostPage = { page: Page; problems: string[]; warnings: string[]; close: () => Promise<void> }
export type OpenHostPage = (path?: string, options?: BrowserContextOptions) => Promise<HostPage>

/**
 * Connects to the shared Chromium for one test file and opens clinic pages,
 * each in a new tab: a tab has its own sessionStorage, so no conversation
 * leaks between tests, and a tab in a shared context opens much faster than
 * a new context. Tests that need their own screen, colours or clock pass
 * context options and get a context of their own.
 */
export function useHostPages(): OpenHostPage {
  let browser: Browser | undefined
  let shared: BrowserContext | undefined
  beforeAll(async () => {
    if (!browserEndpoint) return
    browser = await chromium.connect(browserEndpoint)
    shared = await newContext(browser)
  })
  afterAll(async () => {
    await browser?.close()
  })
  return async (path = 'normal.html', options) => {
    const context = options ? await newContext(browser!, options) : shared!
    const page = await context.newPage()
    const { problems, warnings } = watchConsole(page)
    await page.goto(`${hostOrigin}/${path}`)
    return { page, problems, warnings, close: () => (options ? context.close() : page.close()) }
  }
}

async function newContext(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options)
  // Generous for a busy machine; every wait is for a condition, so a pass is never slower for it.
  context.setDefaultTimeout(10_000)
  return context
}

/**
 * Records every console error and uncaught error (CSP violations are console
 * errors), in the page and in the chat frame, and every warning.
 */
function watchConsole(page: Page) {
  const problems: string[] = []
  const warnings: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
    if (message.type() === 'warning') warnings.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  return { problems, warnings }
}

export const launcher = (page: Page) => page.locator('clinic-faq-widget button[aria-expanded]')
export const panel = (page: Page) => page.locator('clinic-faq-widget [role=dialog]')
export const chat = (page: Page): FrameLocator => page.frameLocator('clinic-faq-widget iframe')

/** The chat frame as a Frame, for evaluating scripts inside it. */
export async function chatFrame(page: Page): Promise<Frame> {
  const frame = await page.locator('clinic-faq-widget iframe').elementHandle().then((handle) => handle?.contentFrame())
  if (!frame) throw new Error('the chat iframe is not there')
  return frame
}

/** Opens the chat with the launcher and waits for the clinic's settings to show. */
export async function openChat(page: Page): Promise<FrameLocator> {
  await launcher(page).click()
  await chat(page).locator('h1').waitFor()
  return chat(page)
}

/** Types a question, sends it with Enter, and waits for the reply that follows it. */
export async function ask(frame: FrameLocator, question: string) {
  const replies = frame.locator('.reply')
  const before = await replies.count()
  await frame.getByRole('textbox').fill(question)
  await frame.getByRole('textbox').press('Enter')
  await replies.nth(before).waitFor()
  return replies.nth(before)
}

/**
 * Makes the next question get a best answer and two related ones, whatever
 * the knowledge answers today: the related answers are the chat's to show,
 * how many the server finds is the answer pipeline's business.
 */
export async function answerNextWithRelated(page: Page) {
  const answers = [1, 2, 3].map((n) => ({
    id: `entry-${n}`,
    question: `Question number ${n}?`,
    text: `Answer number ${n}, in **plain** words.`,
    source: { title: 'From Despair to Relief', url: `${widgetOrigin}/articles/long-covid-ketamine#:~:text=Answer%20${n}` },
    score: 10 - n,
  }))
  await page.route(`${widgetOrigin}/api/ask`, (route) => route.fulfill({ json: { kind: 'answer', answers } }), { times: 1 })
}

export const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8')

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA plus best practices) in a page or frame
 * and returns its violations, one line each. Evaluated through the DevTools
 * protocol, axe is not blocked by the chat's strict CSP; it checks one
 * document at a time, so the chat frame is checked on its own.
 */
export async function axeViolations(target: Page | Frame): Promise<string[]> {
  await target.evaluate(AXE_SOURCE)
  const violations = await target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe
    const result = await axe.run(document, { iframes: false, resultTypes: ['violations'] })
    return result.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => JSON.stringify(node.target)).join(', ')}`)
  })
  return violations
}
