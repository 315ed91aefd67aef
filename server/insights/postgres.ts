import pg from 'pg'
import { fileURLToPath } from 'node:url'
import { readMigrations } from './sqlite.js'
import type { FeedbackRecord, QuestionRecord } from './outcome.js'
import type { FeedbackCount, InsightsStore, QuestionCount, StoredText } from './store.js'

const MIGRATIONS_DIR = fileURLToPath(new URL('./postgres-migrations/', import.meta.url))
/** Any fixed number: instances starting together take turns migrating. */
const MIGRATION_LOCK = 1_717_170_017

/**
 * The shared insights store for several instances (DATABASE_URL), behind the
 * same methods as SQLite. Rows are added up in memory per key first, so each
 * batch is one statement per table and one round trip, whatever its size.
 */
export async function openPostgresStore(url: string): Promise<InsightsStore> {
  // Short timeouts: a database that is down must cost the recorder a failed batch, not a queue of waiting writes.
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 2_000, query_timeout: 5_000 })
  // A connection the database ends (a restart, a shutdown) is an error event on the pool and on the client itself,
  // whether idle or not; unheard, it would end the process. The query in flight fails, the next opens a new connection.
  pool.on('error', () => {})
  pool.on('connect', (client) => client.on('error', () => {}))
  try {
    await migrate(pool)
  } catch (error) {
    await pool.end()
    throw error
  }


  return {
    recordOutcomes: (records) =>
      inTransaction(pool, async (client) => {
        await addCounts(client, 'question_counts', ['day', 'outcome', 'entry_id', 'topic', 'language', 'knowledge_version'], records.map(questionKey))
        await addTexts(client, records.flatMap((record) => (record.outcome === 'fallback' && record.text ? [['fallback', '', record.text, record.language, record.day]] : [])))
      }),
    recordFeedback: (records) =>
      inTransaction(pool, async (client) => {
        await addCounts(client, 'feedback_counts', ['day', 'entry_id', 'helpful', 'language', 'knowledge_version'], records.map(feedbackKey))
        await addTexts(client, records.flatMap((record) => (!record.helpful && record.text ? [['not-helpful', record.entryId, record.text, record.language, record.day]] : [])))
      }),
    summaries: async (since) => {
      const [questions, feedback, texts] = await Promise.all([
        pool.query<QuestionCount>(
          `SELECT day, outcome, NULLIF(entry_id, '') AS "entryId", NULLIF(topic, '') AS topic, language, knowledge_version AS "knowledgeVersion", count
           FROM question_counts WHERE day >= $1 ORDER BY day, outcome, entry_id, topic, language, knowledge_version`,
          [since],
        ),
        pool.query<FeedbackCount>(
          `SELECT day, entry_id AS "entryId", helpful, language, knowledge_version AS "knowledgeVersion", count
           FROM feedback_counts WHERE day >= $1 ORDER BY day, entry_id, helpful, language, knowledge_version`,
          [since],
        ),
        pool.query<StoredText>(
          `SELECT kind, NULLIF(entry_id, '') AS "entryId", text, language, day, count
           FROM question_texts WHERE day >= $1 AND NOT dismissed ORDER BY day, kind, entry_id, text`,
          [since],
        ),
      ])
      return { questions: questions.rows, feedback: feedback.rows, texts: texts.rows }
    },
    dismiss: async (texts) => {
      await pool.query(`UPDATE question_texts SET dismissed = TRUE WHERE kind = 'fallback' AND text = ANY($1::text[])`, [texts])
    },
    purge: async (before) => (await pool.query('DELETE FROM question_texts WHERE day < $1', [before])).rowCount ?? 0,
    close: () => void pool.end(),
  }
}

const questionKey = (record: QuestionRecord) => [record.day, record.outcome, record.entryId ?? '', record.topic ?? '', record.language, record.knowledgeVersion]
const feedbackKey = (record: FeedbackRecord) => [record.day, record.entryId, String(record.helpful), record.language, record.knowledgeVersion]

/** Identical keys added up, since one INSERT … ON CONFLICT may not touch a row twice. */
function tally(keys: readonly string[][]): Array<{ key: string[]; count: number }> {
  const counted = new Map<string, { key: string[]; count: number }>()
  for (const key of keys) {
    const id = JSON.stringify(key)
    const row = counted.get(id) ?? { key, count: 0 }
    row.count++
    counted.set(id, row)
  }
  return [...counted.values()]
}

/** Adds one to each key's count, inserting the keys not seen yet: one statement over arrays, one column each. */
async function addCounts(client: pg.PoolClient, table: string, columns: readonly string[], keys: readonly string[][]) {
  if (keys.length === 0) return
  const rows = tally(keys)
  const arrays = columns.map((_, index) => rows.map((row) => row.key[index]))
  const casts = columns.map((column, index) => `$${index + 1}::${column === 'helpful' ? 'boolean' : 'text'}[]`)
  await client.query(
    `INSERT INTO ${table} (${columns.join(', ')}, count)
     SELECT * FROM unnest(${casts.join(', ')}, $${columns.length + 1}::int[])
     ON CONFLICT (${columns.join(', ')}) DO UPDATE SET count = ${table}.count + EXCLUDED.count`,
    [...arrays, rows.map((row) => row.count)],
  )
}

async function addTexts(client: pg.PoolClient, keys: readonly string[][]) {
  if (keys.length === 0) return
  const rows = tally(keys)
  const columns = ['kind', 'entry_id', 'text', 'language', 'day']
  await client.query(
    `INSERT INTO question_texts (${columns.join(', ')}, count)
     SELECT * FROM unnest(${columns.map((_, index) => `$${index + 1}::text[]`).join(', ')}, $6::int[])
     ON CONFLICT (${columns.join(', ')}) DO UPDATE SET count = question_texts.count + EXCLUDED.count`,
    [...columns.map((_, index) => rows.map((row) => row.key[index])), rows.map((row) => row.count)],
  )
}

/**
 * Applies the numbered files not applied yet, all in one transaction, under an
 * advisory lock so two instances starting at once do not both migrate.
 */
async function migrate(pool: pg.Pool) {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)')
    const applied = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((row) => row.version))
    for (const migration of readMigrations(MIGRATIONS_DIR).filter(({ version }) => !applied.has(version))) {
      await client.query(migration.sql)
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name])
    }
  })
}

/** Runs `work` on one connection inside BEGIN and COMMIT, rolling back if it throws. */
async function inTransaction(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<void>) {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await work(client)
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}
