import { createInsights, type Insights } from '../../server/insights/insights.js'
import { openSqliteStore } from '../../server/insights/sqlite.js'
import type { InsightsStore } from '../../server/insights/store.js'
import { realApp } from '../helpers.js'
import type { AppOptions } from '../../server/app.js'

/** The real app over the real knowledge, counting into SQLite in `dataDir` (or a store a test breaks). */
export async function appWithInsights(dataDir: string, options: Partial<AppOptions> & { open?: () => InsightsStore; log?: (line: string) => void } = {}) {
  const { open = () => openSqliteStore(dataDir), ...appOptions } = options
  const lines: string[] = []
  const insights: Insights = createInsights({ open, log: (line) => lines.push(line), flushMs: 5 })
  const app = await realApp({ insights, ...appOptions })
  return { app, insights, lines }
}

export const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  ({ method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) }) as const
