import type { Day, FeedbackRecord, Outcome, QuestionRecord } from './outcome.js'

export type QuestionCount = { day: Day; outcome: Outcome; entryId: string | null; topic: string | null; language: string; knowledgeVersion: string; count: number }
export type FeedbackCount = { day: Day; entryId: string; helpful: boolean; language: string; knowledgeVersion: string; count: number }
/** A redacted question text, counted per day it was seen; dismissed texts are left out. */
export type StoredText = { kind: 'fallback' | 'not-helpful'; entryId: string | null; text: string; language: string; day: Day; count: number }

export type InsightsData = { questions: QuestionCount[]; feedback: FeedbackCount[]; texts: StoredText[] }

/**
 * Where insights are kept. SQLite is the embedded default (sqlite.ts); a
 * shared PostgreSQL for several instances goes behind the same methods, which
 * are async for that reason. Records come in batches, so one transaction
 * carries many questions.
 */
export type InsightsStore = {
  recordOutcomes: (records: readonly QuestionRecord[]) => Promise<void>
  recordFeedback: (records: readonly FeedbackRecord[]) => Promise<void>
  /** Everything counted on or after `since`. */
  summaries: (since: Day) => Promise<InsightsData>
  /** Hides fallback texts from the unanswered list (staff dealt with them another way). */
  dismiss: (texts: readonly string[]) => Promise<void>
  /** Deletes every text seen before `before`; counts, which hold no text, are kept. Resolves to the number deleted. */
  purge: (before: Day) => Promise<number>
  close: () => void
}
