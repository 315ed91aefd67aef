import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createInsights, DAY_MS, type Insights } from '../../server/insights/insights.js'
import type { AnsweredQuestion } from '../../server/insights/outcome.js'
import { DATABASE_FILE, openSqliteStore } from '../../server/insights/sqlite.js'
import type { InsightsStore } from '../../server/insights/store.js'
import { readOnlyFolder, useTempDataDirs } from './temp-data.js'

const tempDataDir = useTempDataDirs()
const START = Date.parse('2026-12-01T09:00:00Z')
const asked = (text: string, response: AnsweredQuestion['response'], referral?: string): AnsweredQuestion => ({ text, response, referral, language: 'en', knowledgeVersion: 'v1' })
const answered = (id: string) => ({ kind: 'answer' as const, answers: [{ id, question: '', text: '', source: { title: '', section: '', url: '' }, score: 1 }] })
const fellBack = { kind: 'fallback' as const, answers: [] }

let opened: Insights[] = []
const insightsOver = (open: () => InsightsStore, log: (line: string) => void = () => {}, retentionDays = 30) => {
  const insights = createInsights({ open, log, retentionDays, flushMs: 10 })
  opened.push(insights)
  return insights
}
afterEach(async () => {
  await Promise.all(opened.map((insights) => insights.close()))
  opened = []
})

describe('recording outcomes', () => {
  it('counts each outcome and keeps only fallback text, redacted', async () => {
    const insights = insightsOver(() => openSqliteStore(tempDataDir()))
    insights.noteAnswer(asked('how long is a session', answered('session-length')))
    insights.noteAnswer(asked('can I bring my dog, email me at a@b.org', fellBack))
    insights.noteAnswer(asked('I want to end my life', { kind: 'crisis', answers: [] }))
    insights.noteAnswer(asked('I feel hopeless, how long is a session', { ...answered('session-length'), checkIn: { message: 'x', resources: [] } }))
    insights.noteAnswer(asked('is it safe when pregnant', fellBack, 'pregnancy and breastfeeding'))
    await insights.flush()
    const { questions, texts } = await insights.summaries('2000-01-01')
    expect(questions.map(({ outcome, entryId, topic }) => [outcome, entryId, topic])).toEqual(
      expect.arrayContaining([
        ['answer', 'session-length', null],
        ['fallback', null, null],
        ['crisis', null, null],
        ['check-in', 'session-length', null],
        ['ask-us-directly', null, 'pregnancy and breastfeeding'],
      ]),
    )
    expect(texts.map((text) => text.text)).toEqual(['can I bring my dog, email me at [email]'])
  })

  it('keeps a not-helpful vote\'s question, redacted, and never a helpful vote\'s', async () => {
    const insights = insightsOver(() => openSqliteStore(tempDataDir()))
    insights.noteVote({ entryId: 'dosage', helpful: false, question: 'how much for 5 Main Street', language: 'es', knowledgeVersion: 'v1' })
    insights.noteVote({ entryId: 'dosage', helpful: true, question: 'how much', language: 'es', knowledgeVersion: 'v1' })
    await insights.flush()
    const { texts } = await insights.summaries('2000-01-01')
    expect(texts.map(({ kind, text, language }) => ({ kind, text, language }))).toEqual([{ kind: 'not-helpful', text: 'how much for [address]', language: 'es' }])
  })

  it('returns from noting at once and writes the batch a moment later, in one go', async () => {
    let writes = 0
    const store = openSqliteStore(tempDataDir())
    const insights = insightsOver(() => ({ ...store, recordOutcomes: async (records) => (writes++, store.recordOutcomes(records)) }))
    for (let index = 0; index < 50; index++) insights.noteAnswer(asked('where do I park', fellBack))
    expect(writes).toBe(0)
    await vi.waitFor(() => expect(writes).toBe(1))
    expect((await insights.summaries('2000-01-01')).questions[0]?.count).toBe(50)
  })
})

describe('retention', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] })
    vi.setSystemTime(START)
  })
  afterEach(() => vi.useRealTimers())

  it('deletes texts older than the retention period at start, and again every day', async () => {
    const dataDir = tempDataDir()
    const seed = openSqliteStore(dataDir)
    const fallbackOn = (day: string, text: string) => ({ day, outcome: 'fallback' as const, language: 'en', knowledgeVersion: 'v1', text })
    await seed.recordOutcomes([fallbackOn('2026-10-15', 'too old at start'), fallbackOn('2026-11-01', 'kept one day'), fallbackOn('2026-11-20', 'kept')])
    seed.close()

    const insights = insightsOver(() => openSqliteStore(dataDir), () => {}, 30)
    const textsLeft = async () => (await insights.summaries('2000-01-01')).texts.map((text) => text.text)
    await vi.waitFor(async () => expect(await textsLeft()).toEqual(['kept one day', 'kept']))

    await vi.advanceTimersByTimeAsync(DAY_MS)
    expect(await textsLeft()).toEqual(['kept'])
  })
})

describe('faults: answering goes on', () => {
  it('reports degraded, once a minute at most, when DATA_DIR cannot be written', async () => {
    const lines: string[] = []
    const insights = insightsOver(() => openSqliteStore(readOnlyFolder(tempDataDir)), (line) => lines.push(line))
    insights.noteAnswer(asked('anything', fellBack))
    await insights.flush()
    insights.noteAnswer(asked('anything else', fellBack))
    await insights.flush()
    expect(insights.health()).toBe('degraded')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^insights: could not open the database \(\w+\); answering goes on/)
    await expect(insights.summaries('2000-01-01')).rejects.toThrow(/not available/)
  })

  it('reports degraded when the database file is corrupt, and leaves the file as it was', async () => {
    const dataDir = tempDataDir()
    const junk = 'not a database at all, and long enough to be read as a header by SQLite'
    writeFileSync(join(dataDir, DATABASE_FILE), junk)
    const lines: string[] = []
    const insights = insightsOver(() => openSqliteStore(dataDir), (line) => lines.push(line))
    await insights.flush()
    expect(insights.health()).toBe('degraded')
    expect(lines.join('\n')).toMatch(/SQLITE_NOTADB/)
  })

  it('drops the batch and recovers when a write fails (a full disk)', async () => {
    const store = openSqliteStore(tempDataDir())
    let full = true
    const lines: string[] = []
    const insights = insightsOver(
      () => ({ ...store, recordOutcomes: async (records) => (full ? Promise.reject(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })) : store.recordOutcomes(records)) }),
      (line) => lines.push(line),
    )
    insights.noteAnswer(asked('my secret question', fellBack))
    await insights.flush()
    expect(insights.health()).toBe('degraded')
    expect(lines).toEqual([expect.stringMatching(/could not save \(SQLITE_FULL\)/)])
    expect(lines.join('\n')).not.toMatch(/secret/)

    full = false
    insights.noteAnswer(asked('a later question', fellBack))
    await insights.flush()
    expect(insights.health()).toBe('ok')
    expect((await insights.summaries('2000-01-01')).texts.map((text) => text.text)).toEqual(['a later question'])
  })
})
