import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ErrorResponseSchema, WidgetConfigSchema } from '../../server/http/api-schema.js'
import type { Insights } from '../../server/insights/insights.js'
import { fromSocket, realApp } from '../helpers.js'
import { appWithInsights, postJson } from '../insights/app-insights.js'
import { readOnlyFolder, useTempDataDirs } from '../insights/temp-data.js'
import { DATABASE_FILE } from '../../server/insights/sqlite.js'

const tempDataDir = useTempDataDirs()
const started: Insights[] = []
const start = async (...args: Parameters<typeof appWithInsights>) => {
  const made = await appWithInsights(...args)
  started.push(made.insights)
  return made
}
afterEach(async () => {
  await Promise.all(started.splice(0).map((insights) => insights.close()))
})

const storedTexts = async (insights: Insights) => {
  await insights.flush()
  return (await insights.summaries('2000-01-01')).texts.map((text) => text.text)
}

describe('POST /api/ask with insights on', () => {
  it('counts the outcome with the widget language, after answering', async () => {
    const { app, insights } = await start(tempDataDir())
    const response = await app.request('/api/ask', postJson('/api/ask', { question: 'How long does a session take?', lang: 'es' }))
    expect(response.status).toBe(200)
    await insights.flush()
    const { questions } = await insights.summaries('2000-01-01')
    expect(questions).toEqual([expect.objectContaining({ outcome: 'answer', entryId: 'session-length', language: 'es', count: 1 })])
  })

  it('answers a question with a language it does not know, counting it as unknown', async () => {
    const { app, insights } = await start(tempDataDir())
    expect((await app.request('/api/ask', postJson('/api/ask', { question: 'How long does a session take?', lang: 'fr' }))).status).toBe(200)
    await insights.flush()
    expect((await insights.summaries('2000-01-01')).questions).toEqual([expect.objectContaining({ language: 'unknown' })])
  })

  it('keeps the redacted text of a fallback and never the text of a crisis message', async () => {
    const { app, insights } = await start(tempDataDir())
    await app.request('/api/ask', postJson('/api/ask', { question: 'is there a vending machine at 12 Oak Street' }))
    await app.request('/api/ask', postJson('/api/ask', { question: 'I want to kill myself tonight' }))
    expect(await storedTexts(insights)).toEqual(['is there a vending machine at [address]'])
    const { questions } = await insights.summaries('2000-01-01')
    expect(questions.map((row) => row.outcome).sort()).toEqual(['crisis', 'fallback'])
  })
})

describe('POST /api/feedback', () => {
  it('records a helpful vote and answers 204', async () => {
    const { app, insights } = await start(tempDataDir())
    const response = await app.request('/api/feedback', postJson('/api/feedback', { entryId: 'dosage', helpful: true, question: 'how much ketamine' }))
    expect(response.status).toBe(204)
    expect(await storedTexts(insights)).toEqual([])
    expect((await insights.summaries('2000-01-01')).feedback).toEqual([expect.objectContaining({ entryId: 'dosage', helpful: true, count: 1 })])
  })

  it('keeps the question of a not-helpful vote, redacted', async () => {
    const { app, insights } = await start(tempDataDir())
    await app.request('/api/feedback', postJson('/api/feedback', { entryId: 'dosage', helpful: false, question: 'my name is Ann, what dose for 70kg on 2026-01-02' }))
    expect(await storedTexts(insights)).toEqual(['my name is [name], what dose for 70kg on [date]'])
  })

  it('never keeps the question of a not-helpful vote when it reads as a crisis', async () => {
    const { app, insights } = await start(tempDataDir())
    await app.request('/api/feedback', postJson('/api/feedback', { entryId: 'ketamine-suicidal-ideation', helpful: false, question: 'I want to end my life' }))
    expect(await storedTexts(insights)).toEqual([])
  })

  it.each([
    [{ entryId: 'dosage' }, 'Send "helpful": true or false.'],
    [{ entryId: '../etc/passwd', helpful: true }, 'The "entryId" is not an answer id.'],
    [{ entryId: 'no-such-entry', helpful: false }, 'There is no answer "no-such-entry" to rate.'],
    [{ entryId: 'dosage', helpful: false, question: 'x'.repeat(501) }, 'The question is too long: keep it under 500 characters.'],
  ])('refuses %j with 400 invalid_feedback in the error shape', async (body, message) => {
    const { app } = await start(tempDataDir())
    const response = await app.request('/api/feedback', postJson('/api/feedback', body))
    expect(response.status).toBe(400)
    expect(ErrorResponseSchema.parse(await response.json()).error).toEqual({ code: 'invalid_feedback', message })
  })

  it('refuses a body that is not JSON as /api/ask does', async () => {
    const { app } = await start(tempDataDir())
    expect((await app.request('/api/feedback', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'helpful' })).status).toBe(415)
    expect((await app.request('/api/feedback', postJson('/api/feedback', { entryId: 'dosage', helpful: true, question: 'x'.repeat(5000) }))).status).toBe(413)
  })

  it('is rate limited per client like /api/ask, with CORS and no cookie', async () => {
    const { app } = await start(tempDataDir(), { rateLimitPerMinute: 2, allowedOrigins: ['https://clinic.example'] })
    const vote = () => app.request('/api/feedback', postJson('/api/feedback', { entryId: 'dosage', helpful: true }, { Origin: 'https://clinic.example' }), fromSocket('203.0.113.9'))
    expect((await vote()).status).toBe(204)
    expect((await vote()).status).toBe(204)
    const refused = await vote()
    expect(refused.status).toBe(429)
    expect(ErrorResponseSchema.parse(await refused.json()).error.code).toBe('rate_limited')
    expect(refused.headers.get('access-control-allow-origin')).toBe('https://clinic.example')
    expect(refused.headers.get('set-cookie')).toBeNull()
  })
})

describe('INSIGHTS=off', () => {
  it('has no feedback route and tells the chat to hide its buttons', async () => {
    const app = await realApp()
    expect((await app.request('/api/feedback', postJson('/api/feedback', { entryId: 'dosage', helpful: true }))).status).toBe(404)
    expect(WidgetConfigSchema.parse(await (await app.request('/api/config')).json()).feedback).toBe(false)
    expect(await (await app.request('/healthz')).json()).toMatchObject({ status: 'ok', insights: 'off' })
  })

  it('shows the buttons when insights are on', async () => {
    const { app } = await start(tempDataDir())
    expect(WidgetConfigSchema.parse(await (await app.request('/api/config')).json()).feedback).toBe(true)
  })
})

describe('faults: answering goes on', () => {
  it.each([
    ['DATA_DIR cannot be written', () => readOnlyFolder(tempDataDir)],
    [
      'the database file is corrupt',
      () => {
        const dataDir = tempDataDir()
        writeFileSync(join(dataDir, DATABASE_FILE), 'not a database, but long enough to be read as a header by SQLite')
        return dataDir
      },
    ],
  ])('answers and reports /healthz degraded when %s', async (_, makeDataDir) => {
    const { app, insights, lines } = await start(makeDataDir())
    const response = await app.request('/api/ask', postJson('/api/ask', { question: 'How long does a session take?' }))
    expect(response.status).toBe(200)
    expect(((await response.json()) as { kind: string }).kind).toBe('answer')
    await insights.flush()
    expect((await app.request('/api/feedback', postJson('/api/feedback', { entryId: 'dosage', helpful: true }))).status).toBe(204)
    expect(await (await app.request('/healthz')).json()).toMatchObject({ status: 'degraded', insights: 'degraded' })
    expect(lines).toEqual([expect.stringMatching(/^insights: could not open the database \(\w+\); answering goes on/)])
  })

  it('answers and reports /healthz degraded when the store fails on every write (a full disk)', async () => {
    const { openSqliteStore } = await import('../../server/insights/sqlite.js')
    const dataDir = tempDataDir()
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })
    const { app, insights, lines } = await start(dataDir, {
      open: () => ({ ...openSqliteStore(dataDir), recordOutcomes: () => Promise.reject(full), recordFeedback: () => Promise.reject(full) }),
    })
    for (const question of ['How long does a session take?', 'where do I park my bike']) {
      expect((await app.request('/api/ask', postJson('/api/ask', { question }))).status).toBe(200)
      await insights.flush()
    }
    expect((await app.request('/api/feedback', postJson('/api/feedback', { entryId: 'dosage', helpful: true }))).status).toBe(204)
    expect(await (await app.request('/healthz')).json()).toMatchObject({ status: 'degraded', insights: 'degraded' })
    expect(lines).toEqual([expect.stringContaining('could not save (SQLITE_FULL)')])
  })
})
