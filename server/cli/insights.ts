import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { prepareKnowledge } from '../answer/answer.js'
import { readConfig } from '../config.js'
import { dayOf } from '../insights/outcome.js'
import { formatSummary } from '../insights/report.js'
import { openPostgresStore } from '../insights/postgres.js'
import { DATABASE_FILE, openSqliteStore } from '../insights/sqlite.js'
import type { InsightsStore } from '../insights/store.js'
import { summarise, summaryStart } from '../insights/summary.js'
import { loadKnowledge } from '../knowledge/load.js'

/**
 * `npm run insights`: the last 30 days as the staff page shows them, read
 * from DATA_DIR while the server may be running (WAL lets both at once).
 */
const { config, problems } = readConfig(process.env)
if (!config) {
  for (const problem of problems) console.error(problem)
  process.exit(1)
}
/** The server's store: PostgreSQL when DATABASE_URL is set, else DATA_DIR's SQLite file. */
async function openStore(): Promise<InsightsStore> {
  if (config!.DATABASE_URL) {
    try {
      return await openPostgresStore(config!.DATABASE_URL)
    } catch (error) {
      console.error(`Could not reach the database in DATABASE_URL (${(error as { code?: string }).code ?? (error as Error).name}): is it running, and may this user connect?`)
      process.exit(1)
    }
  }
  const file = join(config!.DATA_DIR, DATABASE_FILE)
  if (!existsSync(file)) {
    console.log(`No insights yet: ${file} does not exist. The server creates it on its first start (unless INSIGHTS=off).`)
    process.exit(0)
  }
  try {
    return openSqliteStore(config!.DATA_DIR)
  } catch (error) {
    console.error(`Could not open ${file} (${(error as { code?: string }).code ?? (error as Error).name}): is it a database, and readable?`)
    process.exit(1)
  }
}
const store = await openStore()
const today = dayOf(Date.now())
const prepared = prepareKnowledge((await loadKnowledge(config.KNOWLEDGE_DIR)).knowledge)
const summary = summarise(await store.summaries(summaryStart(today)), prepared, today)
store.close()
console.log(formatSummary(summary).join('\n'))
