import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ServerType } from '@hono/node-server'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../server/app.js'
import { createInsights, type Insights } from '../../server/insights/insights.js'
import { openSqliteStore } from '../../server/insights/sqlite.js'
import { loadKnowledge } from '../../server/knowledge/load.js'
import { watchKnowledge, type LiveKnowledgeStore } from '../../server/knowledge/watch.js'
import { KNOWLEDGE_FOLDER } from '../helpers.js'
import { axeViolations, browserEndpoint, skipBrowserTests } from './harness.js'
import { close, listen } from './servers.js'

const TOKEN = 'staff-token-for-the-loop-test-0123456789'
const UNANSWERED = 'do they dim the lights'
const ENTRY = 'session-experience'

/** Asks in the chat page itself (served at /chat) and returns the new reply. */
async function askInChat(chat: Page, question: string) {
  const replies = chat.locator('.reply')
  const before = await replies.count()
  await chat.getByRole('textbox').fill(question)
  await chat.getByRole('textbox').press('Enter')
  await replies.nth(before).waitFor()
  return replies.nth(before)
}

describe.skipIf(skipBrowserTests)('the staff loop, end to end', () => {
  let folder: string
  let knowledge: LiveKnowledgeStore
  let insights: Insights
  let server: ServerType
  let origin: string
  let browser: Browser

  // A server of its own: a copy of the knowledge folder it may write to, live reload, and SQLite in a temporary DATA_DIR.
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'staff-loop-'))
    const knowledgeDir = join(folder, 'knowledge')
    cpSync(KNOWLEDGE_FOLDER, knowledgeDir, { recursive: true })
    knowledge = watchKnowledge(knowledgeDir, await loadKnowledge(knowledgeDir), { log: () => {} })
    insights = createInsights({ open: () => openSqliteStore(join(folder, 'data')), log: () => {}, flushMs: 5 })
    const app = createApp({ knowledge, insights, staff: { token: TOKEN, knowledgeDir, reload: knowledge.reload }, log: null, rateLimitPerMinute: 0 })
    const listening = await listen(app.fetch)
    server = listening.server
    origin = `http://127.0.0.1:${listening.port}`
    browser = await chromium.connect(browserEndpoint!)
  })
  afterAll(async () => {
    await browser?.close()
    if (server) await close(server)
    knowledge?.close()
    await insights?.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('refuses a wrong token with a message, keeps nothing of it, and sets no cookie', async () => {
    const context = await browser.newContext()
    context.setDefaultTimeout(10_000)
    const staff = await context.newPage()
    await staff.goto(`${origin}/staff`)
    await staff.getByLabel('Staff token').fill('not-the-staff-token')
    await staff.getByRole('button', { name: 'Sign in' }).click()
    expect(await staff.getByRole('alert').innerText()).toContain('Sign in with the staff token')
    expect(await staff.evaluate(() => sessionStorage.length)).toBe(0)
    expect(staff.url()).toBe(`${origin}/staff`)
    expect(await context.cookies()).toEqual([])
    await context.close()
  })

  it('a question the widget could not answer is taught from the staff page and answered next time', async () => {
    const context = await browser.newContext()
    context.setDefaultTimeout(10_000)
    const problems: string[] = []
    const chat = await context.newPage()
    const staff = await context.newPage()
    // Every console error (CSP violations included) and failed response, except the favicon a top-level page asks for.
    for (const page of [chat, staff]) {
      page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && problems.push(message.text()))
      page.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && problems.push(`${response.status()} ${response.url()}`))
    }

    // A visitor asks something the knowledge cannot answer.
    await chat.goto(`${origin}/chat`)
    await chat.locator('h1').waitFor()
    expect(await (await askInChat(chat, UNANSWERED)).innerText()).toContain("I'm sorry, I can't answer that")
    await insights.flush()

    // Staff sign in (the page is accessible before and after) and see the question.
    await staff.goto(`${origin}/staff`)
    await staff.getByLabel('Staff token').waitFor()
    expect(await axeViolations(staff)).toEqual([])
    await staff.getByLabel('Staff token').fill(TOKEN)
    await staff.getByRole('button', { name: 'Sign in' }).click()
    const group = staff.locator('.group', { hasText: UNANSWERED })
    await group.waitFor()
    expect(await axeViolations(staff)).toEqual([])
    expect(staff.url()).not.toContain(TOKEN)
    expect(await context.cookies()).toEqual([])

    await group.getByRole('button', { name: 'What would it answer now?' }).click()
    await expect.poll(() => group.locator('.tried').innerText()).toContain('Nothing')

    // They add it as a phrasing of the entry it belongs to.
    const file = join(folder, 'knowledge/faq', `${ENTRY}.md`)
    const before = readFileSync(file, 'utf8')
    await group.getByLabel('Add as a phrasing of').selectOption(ENTRY)
    await group.getByRole('button', { name: 'Add phrasing' }).click()
    // The page runs the whole knowledge check before and after the edit, which takes seconds on a busy machine.
    await staff.getByText('None waiting').waitFor({ timeout: 45_000 })

    // The file has the one new line and is otherwise byte for byte the same.
    const lines = readFileSync(file, 'utf8').split('\n')
    const added = lines.indexOf(`  - "${UNANSWERED}"`)
    expect(added).toBeGreaterThan(0)
    expect(lines.filter((_, index) => index !== added).join('\n')).toBe(before)

    // The same question is now answered in the widget.
    const entry = knowledge.current().entries.get(ENTRY)!
    const reply = await askInChat(chat, UNANSWERED)
    expect(await reply.locator('.matched').innerText()).toBe(entry.question)
    expect(problems).toEqual([])
    await context.close()
  }, 120_000)
})
