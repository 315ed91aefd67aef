import { createRequire } from 'node:module'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { QuestionRecord } from '../../server/insights/outcome.js'
import { DATABASE_FILE, openSqliteStore, readMigrations } from '../../server/insights/sqlite.js'
import { openSqlite } from '../../server/insights/sqlite-driver.js'
import { useTempDataDirs } from './temp-data.js'

const tempDataDir = useTempDataDirs()
const base = { language: 'en', knowledgeVersion: 'v1' }
const fallback = (day: string, text: string): QuestionRecord => ({ ...base, day, outcome: 'fallback', text })

describe('SQLite insights store', () => {
  it('creates the database on first start, in WAL mode, with every migration applied', () => {
    const dataDir = join(tempDataDir(), 'not-yet-there')
    openSqliteStore(dataDir).close()
    const db = openSqlite(join(dataDir, DATABASE_FILE), { readOnly: true })
    expect(db.pragma('journal_mode')).toBe('wal')
    expect(db.pragma('user_version')).toBe(readMigrations().at(-1)!.version)
    db.close()
  })

  it('counts repeated outcomes on one row per day and kind, and keeps counts across a restart', async () => {
    const dataDir = tempDataDir()
    const store = openSqliteStore(dataDir)
    const answer: QuestionRecord = { ...base, day: '2026-12-01', outcome: 'answer', entryId: 'session-length' }
    await store.recordOutcomes([answer, answer, { ...base, day: '2026-12-01', outcome: 'ask-us-directly', topic: 'prices' }])
    store.close()
    const reopened = openSqliteStore(dataDir)
    const { questions } = await reopened.summaries('2026-11-01')
    expect(questions).toEqual([
      { day: '2026-12-01', outcome: 'answer', entryId: 'session-length', topic: null, language: 'en', knowledgeVersion: 'v1', count: 2 },
      { day: '2026-12-01', outcome: 'ask-us-directly', entryId: null, topic: 'prices', language: 'en', knowledgeVersion: 'v1', count: 1 },
    ])
    reopened.close()
  })

  it('stores text only for fallbacks and not-helpful votes', async () => {
    const store = openSqliteStore(tempDataDir())
    await store.recordOutcomes([fallback('2026-12-01', 'do you treat cats'), { ...base, day: '2026-12-01', outcome: 'answer', entryId: 'dosage', text: 'ignored' } as QuestionRecord])
    await store.recordFeedback([
      { ...base, day: '2026-12-01', entryId: 'dosage', helpful: false, text: 'how much do I get' },
      { ...base, day: '2026-12-01', entryId: 'dosage', helpful: true },
    ])
    const { texts, feedback } = await store.summaries('2026-12-01')
    expect(texts.map(({ kind, entryId, text }) => ({ kind, entryId, text }))).toEqual([
      { kind: 'fallback', entryId: null, text: 'do you treat cats' },
      { kind: 'not-helpful', entryId: 'dosage', text: 'how much do I get' },
    ])
    expect(feedback.map(({ helpful, count }) => ({ helpful, count }))).toEqual([
      { helpful: false, count: 1 },
      { helpful: true, count: 1 },
    ])
    store.close()
  })

  it('has no column for an address, user agent, request id or time of day, nor a row id that orders questions', () => {
    const dataDir = tempDataDir()
    openSqliteStore(dataDir).close()
    const db = openSqlite(join(dataDir, DATABASE_FILE), { readOnly: true })
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string; sql: string }>
    for (const { sql } of tables) {
      expect(sql).toMatch(/WITHOUT ROWID/)
      expect(sql).not.toMatch(/\b(ip|address|agent|session|request|conversation|time|created)\w*\b/i)
    }
    db.close()
  })

  it('purges texts seen before a day and keeps the counts', async () => {
    const store = openSqliteStore(tempDataDir())
    await store.recordOutcomes([fallback('2026-10-01', 'old question'), fallback('2026-11-15', 'new question')])
    expect(await store.purge('2026-11-01')).toBe(1)
    const { texts, questions } = await store.summaries('2026-01-01')
    expect(texts.map((text) => text.text)).toEqual(['new question'])
    expect(questions.map((row) => row.count)).toEqual([1, 1])
    store.close()
  })

  it('leaves dismissed fallback texts out of the summaries', async () => {
    const store = openSqliteStore(tempDataDir())
    await store.recordOutcomes([fallback('2026-12-01', 'do you treat cats'), fallback('2026-12-01', 'parking')])
    await store.dismiss(['do you treat cats'])
    expect((await store.summaries('2026-12-01')).texts.map((text) => text.text)).toEqual(['parking'])
    store.close()
  })

  it('refuses a file that is not a database, naming the error', () => {
    const dataDir = tempDataDir()
    writeFileSync(join(dataDir, DATABASE_FILE), 'this is not a database, just some text that is long enough to look like a header')
    expect(() => openSqliteStore(dataDir)).toThrow(expect.objectContaining({ code: 'SQLITE_NOTADB' }))
  })
})

describe('the SQLite driver', () => {
  it('uses Node’s own node:sqlite where the runtime has it, so no native addon is loaded on current LTS', () => {
    const hasNodeSqlite = process.getBuiltinModule?.('node:sqlite') !== undefined
    const db = openSqlite(':memory:')
    db.close()
    expect(createRequire(import.meta.url).cache[createRequire(import.meta.url).resolve('better-sqlite3')] !== undefined).toBe(!hasNodeSqlite)
  })
})
