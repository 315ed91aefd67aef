import type { InsightsData } from './store.js'

const HEADER = ['day', 'record', 'outcome', 'entry_id', 'topic', 'language', 'knowledge_version', 'count']

/**
 * A cell as spreadsheets read it safely: quoted, quotes doubled, and a leading
 * = + - @ neutralised, since a spreadsheet would run it as a formula (OWASP "CSV injection").
 */
function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value)
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return `"${safe.replaceAll('"', '""')}"`
}

/** The counts only, one row per day and kind: no question text ever goes into an export. */
export function countsCsv(data: InsightsData): string {
  const rows = [
    ...data.questions.map((row) => [row.day, 'question', row.outcome, row.entryId, row.topic, row.language, row.knowledgeVersion, row.count]),
    ...data.feedback.map((row) => [row.day, 'vote', row.helpful ? 'helpful' : 'not-helpful', row.entryId, null, row.language, row.knowledgeVersion, row.count]),
  ].sort((a, b) => String(a[0]).localeCompare(String(b[0])))
  return [HEADER.join(','), ...rows.map((row) => row.map(cell).join(','))].join('\r\n') + '\r\n'
}
