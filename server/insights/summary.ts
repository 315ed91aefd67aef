import { answerQuestion, type AnsweringKnowledge } from '../answer/answer.js'
import { normalise, words } from '../answer/normalise.js'
import { isStopWord, stemOf } from '../answer/terms.js'
import { DAY_MS } from './insights.js'
import { dayOf, OUTCOMES, type Day, type Outcome } from './outcome.js'
import type { InsightsData } from './store.js'

export const SUMMARY_DAYS = 30
const TOP_ENTRIES = 5
const REVIEW_OVERDUE_DAYS = 365
/** The placeholders redaction leaves are not words a visitor asked about. */
const PLACEHOLDERS = new Set(['email', 'phone', 'number', 'link', 'address', 'date', 'name'])

export type UnansweredGroup = { words: string[]; texts: string[]; count: number; lastSeen: Day }
export type EntrySummary = {
  id: string
  question: string
  reviewed: string
  reviewOverdue: boolean
  answered: number
  helpful: number
  notHelpful: number
  notHelpfulQuestions: string[]
}
export type InsightsSummary = {
  from: Day
  to: Day
  perDay: Array<{ day: Day; count: number }>
  outcomes: Record<Outcome, number>
  helpfulRate: number | null
  topEntries: Array<{ id: string; question: string; count: number }>
  unanswered: UnansweredGroup[]
  entries: EntrySummary[]
}

export const summaryStart = (today: Day): Day => dayOf(Date.parse(today) - (SUMMARY_DAYS - 1) * DAY_MS)

/** The words that make two questions the same question: stems of the non-stop words, sorted. */
function meaningfulWords(text: string): string[] {
  const kept = words(normalise(text)).filter((word) => !isStopWord(word) && !PLACEHOLDERS.has(word))
  return [...new Set(kept.map(stemOf))].sort()
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

/**
 * What the staff page and `npm run insights` show, from the stored counts and
 * the knowledge as it is now: an unanswered group whose question the widget
 * answers today is left out, so teaching it a phrasing clears it.
 */
export function summarise(data: InsightsData, prepared: AnsweringKnowledge, today: Day): InsightsSummary {
  const from = summaryStart(today)
  const days = Array.from({ length: SUMMARY_DAYS }, (_, index) => dayOf(Date.parse(from) + index * DAY_MS))
  const questions = data.questions.filter((row) => row.day >= from)
  const perDay = days.map((day) => ({ day, count: sum(questions.filter((row) => row.day === day).map((row) => row.count)) }))
  const outcomes = Object.fromEntries(OUTCOMES.map((outcome) => [outcome, sum(questions.filter((row) => row.outcome === outcome).map((row) => row.count))])) as Record<Outcome, number>

  const feedback = data.feedback.filter((row) => row.day >= from)
  const votes = (entryId: string | null, helpful: boolean) =>
    sum(feedback.filter((row) => row.helpful === helpful && (entryId === null || row.entryId === entryId)).map((row) => row.count))
  const [allHelpful, allVotes] = [votes(null, true), votes(null, true) + votes(null, false)]

  const answeredCount = (id: string) => sum(questions.filter((row) => row.entryId === id).map((row) => row.count))
  const entries = prepared.knowledge.entries.map((entry): EntrySummary => ({
    id: entry.id,
    question: entry.question,
    reviewed: entry.reviewed,
    reviewOverdue: (Date.parse(today) - Date.parse(entry.reviewed)) / DAY_MS > REVIEW_OVERDUE_DAYS,
    answered: answeredCount(entry.id),
    helpful: votes(entry.id, true),
    notHelpful: votes(entry.id, false),
    notHelpfulQuestions: [...new Set(data.texts.filter((text) => text.kind === 'not-helpful' && text.entryId === entry.id).map((text) => text.text))],
  }))

  return {
    from,
    to: today,
    perDay,
    outcomes,
    helpfulRate: allVotes > 0 ? allHelpful / allVotes : null,
    topEntries: entries
      .filter((entry) => entry.answered > 0)
      .sort((a, b) => b.answered - a.answered || a.id.localeCompare(b.id))
      .slice(0, TOP_ENTRIES)
      .map(({ id, question, answered }) => ({ id, question, count: answered })),
    unanswered: groupUnanswered(data, prepared),
    entries,
  }
}

function groupUnanswered(data: InsightsData, prepared: AnsweringKnowledge): UnansweredGroup[] {
  const groups = new Map<string, UnansweredGroup>()
  for (const { kind, text, count, day } of data.texts) {
    if (kind !== 'fallback') continue
    const stems = meaningfulWords(text)
    const key = stems.length > 0 ? stems.join(' ') : normalise(text)
    const group = groups.get(key) ?? { words: stems, texts: [], count: 0, lastSeen: day }
    if (!group.texts.includes(text)) group.texts.push(text)
    group.count += count
    if (day > group.lastSeen) group.lastSeen = day
    groups.set(key, group)
  }
  return [...groups.values()]
    .filter((group) => group.texts.every((text) => answerQuestion(prepared, text).response.kind !== 'answer'))
    .sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen))
}
