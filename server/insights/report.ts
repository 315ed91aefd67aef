import type { InsightsSummary } from './summary.js'

const percent = (part: number, whole: number) => (whole > 0 ? `${Math.round((100 * part) / whole)}%` : '0%')

/** `npm run insights`: the staff page's summary as lines for a terminal. */
export function formatSummary(summary: InsightsSummary): string[] {
  const { outcomes } = summary
  const total = Object.values(outcomes).reduce((sum, count) => sum + count, 0)
  const busiest = summary.perDay.reduce((best, day) => (day.count > best.count ? day : best), { day: '', count: 0 })
  const lines = [
    `Insights, ${summary.from} to ${summary.to}`,
    '',
    `Questions: ${total}${busiest.count > 0 ? ` (busiest day ${busiest.day}: ${busiest.count})` : ''}`,
    `  answered          ${outcomes.answer}  ${percent(outcomes.answer, total)}`,
    `  could not answer  ${outcomes.fallback}  ${percent(outcomes.fallback, total)}`,
    `  ask-us-directly   ${outcomes['ask-us-directly']}  ${percent(outcomes['ask-us-directly'], total)}`,
    `  check-in          ${outcomes['check-in']}  ${percent(outcomes['check-in'], total)}`,
    `  crisis            ${outcomes.crisis}  ${percent(outcomes.crisis, total)}`,
    `Rated helpful: ${summary.helpfulRate === null ? 'no votes yet' : `${Math.round(summary.helpfulRate * 100)}% of votes`}`,
    '',
    'Most asked:',
    ...(summary.topEntries.length > 0 ? summary.topEntries.map((entry) => `  ${entry.count}  ${entry.id}: ${entry.question}`) : ['  none yet']),
    '',
    `Could not answer (${summary.unanswered.length} groups; add them as phrasings on the staff page, /staff):`,
    ...(summary.unanswered.length > 0
      ? summary.unanswered.map((group) => `  ${group.count}  last ${group.lastSeen}  ${group.texts.map((text) => `"${text}"`).join(' / ')}`)
      : ['  none waiting']),
  ]
  const rated = summary.entries.filter((entry) => entry.notHelpful > 0)
  if (rated.length > 0) {
    lines.push('', 'Rated not helpful:')
    for (const entry of rated) lines.push(`  ${entry.notHelpful}  ${entry.id}${entry.notHelpfulQuestions.length > 0 ? `: ${entry.notHelpfulQuestions.map((text) => `"${text}"`).join(' / ')}` : ''}`)
  }
  const overdue = summary.entries.filter((entry) => entry.reviewOverdue)
  if (overdue.length > 0) lines.push('', `Reviewed over a year ago: ${overdue.map((entry) => `${entry.id} (${entry.reviewed})`).join(', ')}`)
  return lines
}
