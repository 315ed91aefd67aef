import { cpSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ErrorResponseSchema } from '../../server/http/api-schema.js'
import type { Insights } from '../../server/insights/insights.js'
import type { InsightsSummary } from '../../server/insights/summary.js'
import { fromSocket, KNOWLEDGE_FOLDER, realApp } from '../helpers.js'
import { appWithInsights, postJson } from '../insights/app-insights.js'
import { useTempDataDirs } from '../insights/temp-data.js'

const TOKEN = 'a-long-staff-token-for-tests-0123456789'
const tempDir = useTempDataDirs()
const started: Insights[] = []
afterEach(async () => {
  await Promise.all(started.splice(0).map((insights) => insights.close()))
})

/** The app with insights and the staff page, over a copy of the knowledge folder the test may edit. */
async function staffApp() {
  const knowledgeDir = join(tempDir(), 'knowledge')
  cpSync(KNOWLEDGE_FOLDER, knowledgeDir, { recursive: true })
  const log: string[] = []
  const made = await appWithInsights(tempDir(), { staff: { token: TOKEN, knowledgeDir }, log: (line) => log.push(line) })
  started.push(made.insights)
  return { ...made, knowledgeDir, log }
}
const asStaff = (init: RequestInit = {}, token = TOKEN): RequestInit => ({ ...init, headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` } })

describe('the staff page without STAFF_TOKEN', () => {
  it('does not exist: /staff and /api/staff/* are 404', async () => {
    const app = await realApp()
    expect((await app.request('/staff')).status).toBe(404)
    expect((await app.request('/api/staff/summary', asStaff())).status).toBe(404)
  })
})

describe('staff sign-in', () => {
  it('refuses a request with no token, 401 in the error shape', async () => {
    const { app } = await staffApp()
    const response = await app.request('/api/staff/summary')
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toBe('Bearer')
    expect(ErrorResponseSchema.parse(await response.json()).error.code).toBe('unauthorized')
  })

  it('refuses a wrong token, and one that is the right one with a character added', async () => {
    const { app } = await staffApp()
    expect((await app.request('/api/staff/summary', asStaff({}, 'wrong'))).status).toBe(401)
    expect((await app.request('/api/staff/summary', asStaff({}, `${TOKEN}x`))).status).toBe(401)
    expect((await app.request('/api/staff/summary', asStaff())).status).toBe(200)
  })

  it('makes a client that keeps guessing wait, even when it then sends the right token', async () => {
    const { app } = await staffApp()
    const guess = (token: string) => app.request('/api/staff/summary', asStaff({}, token), fromSocket('203.0.113.7'))
    for (let attempt = 0; attempt < 5; attempt++) expect((await guess(`guess-${attempt}`)).status).toBe(401)
    const refused = await guess('guess-5')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await guess(TOKEN)).status).toBe(429)
    expect((await app.request('/api/staff/summary', asStaff(), fromSocket('198.51.100.2'))).status).toBe(200)
  })

  it('never writes the token to the log, and sets no cookie', async () => {
    const { app, log } = await staffApp()
    const responses = [await app.request('/api/staff/summary', asStaff()), await app.request('/api/staff/summary', asStaff({}, `${TOKEN}-wrong`)), await app.request('/staff')]
    for (const response of responses) expect(response.headers.get('set-cookie')).toBeNull()
    expect(log.length).toBeGreaterThan(0)
    expect(log.join('\n')).not.toContain(TOKEN)
  })

  it('serves the page with a strict policy that no site can frame', async () => {
    const { app } = await staffApp()
    const response = await app.request('/staff')
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain("script-src 'self'")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(response.headers.get('x-frame-options')).toBe('DENY')
  })
})

describe('the staff API', () => {
  it('summarises outcomes, votes and the unanswered questions', async () => {
    const { app, insights } = await staffApp()
    for (const question of ['How long does a session take?', 'How long does a session take?', 'is there a vending machine', 'is there a vending machine here', 'I want to kill myself']) {
      await app.request('/api/ask', postJson('/api/ask', { question }))
    }
    await app.request('/api/feedback', postJson('/api/feedback', { entryId: 'session-length', helpful: true }))
    await app.request('/api/feedback', postJson('/api/feedback', { entryId: 'session-length', helpful: false, question: 'how long is the drive' }))
    await insights.flush()
    const summary = (await (await app.request('/api/staff/summary', asStaff())).json()) as InsightsSummary
    expect(summary.perDay).toHaveLength(30)
    expect(summary.perDay.at(-1)?.count).toBe(5)
    expect(summary.outcomes).toEqual({ answer: 2, fallback: 2, 'ask-us-directly': 0, 'check-in': 0, crisis: 1 })
    expect(summary.helpfulRate).toBe(0.5)
    expect(summary.topEntries).toEqual([{ id: 'session-length', question: 'How long does a session take?', count: 2 }])
    expect(summary.unanswered).toEqual([expect.objectContaining({ words: ['machin', 'vend'], count: 2, texts: ['is there a vending machine', 'is there a vending machine here'] })])
    const entry = summary.entries.find((candidate) => candidate.id === 'session-length')
    expect(entry).toMatchObject({ answered: 2, helpful: 1, notHelpful: 1, notHelpfulQuestions: ['how long is the drive'], reviewOverdue: false })
  })

  it('adds a phrasing as one new line, keeping every other byte of the file', async () => {
    const { app, knowledgeDir } = await staffApp()
    const file = join(knowledgeDir, 'faq/session-length.md')
    const before = readFileSync(file, 'utf8')
    const response = await app.request('/api/staff/phrasings', asStaff(postJson('', { entryId: 'session-length', phrasing: 'how long will my appointment run' })))
    expect(response.status).toBe(201)
    const after = readFileSync(file, 'utf8').split('\n')
    const added = after.findIndex((line) => line.includes('how long will my appointment run'))
    expect(after[added]).toBe('  - "how long will my appointment run"')
    expect(after.filter((_, index) => index !== added).join('\n')).toBe(before)
  })

  it('refuses a phrasing that another entry answers, with knowledge:check\'s message, and leaves the file alone', async () => {
    const { app, knowledgeDir } = await staffApp()
    const file = join(knowledgeDir, 'faq/session-length.md')
    const before = readFileSync(file, 'utf8')
    const response = await app.request('/api/staff/phrasings', asStaff(postJson('', { entryId: 'session-length', phrasing: 'What are the side effects?' })))
    expect(response.status).toBe(422)
    const { error } = ErrorResponseSchema.parse(await response.json())
    expect(error.code).toBe('phrasing_refused')
    expect(error.message).toMatch(/"What are the side effects\?" is (also asked in|answered by)/)
    expect(readFileSync(file, 'utf8')).toBe(before)
  })

  it('tries a question as the widget would answer it now', async () => {
    const { app } = await staffApp()
    const response = await app.request('/api/staff/try', asStaff(postJson('', { question: 'How long does a session take?' })))
    expect(((await response.json()) as { response: { answers: Array<{ id: string }> } }).response.answers[0]?.id).toBe('session-length')
  })

  it('dismisses an unanswered group', async () => {
    const { app, insights } = await staffApp()
    await app.request('/api/ask', postJson('/api/ask', { question: 'is there a vending machine' }))
    await insights.flush()
    expect((await app.request('/api/staff/dismiss', asStaff(postJson('', { texts: ['is there a vending machine'] })))).status).toBe(204)
    const summary = (await (await app.request('/api/staff/summary', asStaff())).json()) as InsightsSummary
    expect(summary.unanswered).toEqual([])
  })

  it('exports the counts as CSV, with no question text', async () => {
    const { app, insights } = await staffApp()
    await app.request('/api/ask', postJson('/api/ask', { question: 'is there a vending machine', lang: 'en' }))
    await insights.flush()
    const response = await app.request('/api/staff/export.csv', asStaff())
    expect(response.headers.get('content-type')).toContain('text/csv')
    const csv = await response.text()
    expect(csv.split('\r\n')[0]).toBe('day,record,outcome,entry_id,topic,language,knowledge_version,count')
    expect(csv).toMatch(/"question","fallback","","","en","\w+","1"/)
    expect(csv).not.toContain('vending')
  })
})
