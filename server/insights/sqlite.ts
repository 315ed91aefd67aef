import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openSqlite, type SqliteDatabase } from './sqlite-driver.js'
import type { FeedbackCount, InsightsStore, QuestionCount, StoredText } from './store.js'

export const DATABASE_FILE = 'insights.sqlite'
const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url))

/** Numbered files, applied in order; a released one is never edited, a change is a new file. */
export function readMigrations(folder = MIGRATIONS_DIR): Array<{ version: number; name: string; sql: string }> {
  return readdirSync(folder)
    .filter((name) => /^\d{4}-[\w-]+\.sql$/.test(name))
    .sort()
    .map((name) => ({ version: Number(name.slice(0, 4)), name, sql: readFileSync(join(folder, name), 'utf8') }))
}

/**
 * Brings the schema up to date inside one transaction, so a failed migration
 * leaves the database as it was; SQLite's user_version holds the last applied.
 */
function migrate(db: SqliteDatabase) {
  const applied = Number(db.pragma('user_version'))
  const pending = readMigrations().filter((migration) => migration.version > applied)
  db.inTransaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql)
      db.pragma(`user_version = ${migration.version}`)
    }
  })()
}

/**
 * Opens (creating on first start) DATA_DIR/insights.sqlite. Throws when the
 * folder cannot be written or the file is not a database; the recorder turns
 * that into "degraded", never into a visitor's error.
 */
export function openSqliteStore(dataDir: string): InsightsStore {
  mkdirSync(dataDir, { recursive: true })
  const db = openSqlite(join(dataDir, DATABASE_FILE))
  try {
    // WAL: the server's writes do not block `npm run insights` reading, nor the reverse.
    db.pragma('journal_mode = WAL')
    db.pragma('busy_timeout = 2000')
    migrate(db)
  } catch (error) {
    db.close()
    throw error
  }

  const addQuestion = db.prepare(`
    INSERT INTO question_counts (day, outcome, entry_id, topic, language, knowledge_version, count)
    VALUES (@day, @outcome, @entryId, @topic, @language, @knowledgeVersion, 1)
    ON CONFLICT DO UPDATE SET count = count + 1`)
  const addFeedback = db.prepare(`
    INSERT INTO feedback_counts (day, entry_id, helpful, language, knowledge_version, count)
    VALUES (@day, @entryId, @helpful, @language, @knowledgeVersion, 1)
    ON CONFLICT DO UPDATE SET count = count + 1`)
  const addText = db.prepare(`
    INSERT INTO question_texts (kind, entry_id, text, language, day, count)
    VALUES (@kind, @entryId, @text, @language, @day, 1)
    ON CONFLICT DO UPDATE SET count = count + 1`)

  const recordOutcomes = db.inTransaction((records: Parameters<InsightsStore['recordOutcomes']>[0]) => {
    for (const record of records) {
      addQuestion.run({ ...record, entryId: record.entryId ?? '', topic: record.topic ?? '' })
      if (record.outcome === 'fallback' && record.text) addText.run({ kind: 'fallback', entryId: '', text: record.text, language: record.language, day: record.day })
    }
  })
  const recordFeedback = db.inTransaction((records: Parameters<InsightsStore['recordFeedback']>[0]) => {
    for (const record of records) {
      addFeedback.run({ ...record, helpful: record.helpful ? 1 : 0 })
      if (!record.helpful && record.text) addText.run({ kind: 'not-helpful', entryId: record.entryId, text: record.text, language: record.language, day: record.day })
    }
  })

  const questionsSince = db.prepare(`
    SELECT day, outcome, NULLIF(entry_id, '') AS entryId, NULLIF(topic, '') AS topic, language, knowledge_version AS knowledgeVersion, count
    FROM question_counts WHERE day >= ? ORDER BY day, outcome, entry_id, topic, language, knowledge_version`)
  const feedbackSince = db.prepare(`
    SELECT day, entry_id AS entryId, helpful, language, knowledge_version AS knowledgeVersion, count
    FROM feedback_counts WHERE day >= ? ORDER BY day, entry_id, helpful, language, knowledge_version`)
  const textsSince = db.prepare(`
    SELECT kind, NULLIF(entry_id, '') AS entryId, text, language, day, count
    FROM question_texts WHERE day >= ? AND dismissed = 0 ORDER BY day, kind, entry_id, text`)
  const dismissText = db.prepare(`UPDATE question_texts SET dismissed = 1 WHERE kind = 'fallback' AND text = ?`)
  const purgeTexts = db.prepare('DELETE FROM question_texts WHERE day < ?')

  return {
    recordOutcomes: async (records) => recordOutcomes(records),
    recordFeedback: async (records) => recordFeedback(records),
    summaries: async (since) => ({
      questions: questionsSince.all(since) as QuestionCount[],
      // SQLite has no boolean: 0 and 1 become false and true here.
      feedback: (feedbackSince.all(since) as Array<Omit<FeedbackCount, 'helpful'> & { helpful: number }>).map((row) => ({ ...row, helpful: row.helpful === 1 })),
      texts: textsSince.all(since) as StoredText[],
    }),
    dismiss: async (texts) => db.inTransaction(() => texts.forEach((text) => dismissText.run(text)))(),
    purge: async (before) => Number(purgeTexts.run(before).changes),
    close: () => db.close(),
  }
}
