import type { AskResponse } from '../http/api-schema.js'
import { redact } from './redact.js'

/** What became of one question, in the names the answer pipeline, the staff page and the CSV share. */
export const OUTCOMES = ['answer', 'fallback', 'ask-us-directly', 'check-in', 'crisis'] as const
export type Outcome = (typeof OUTCOMES)[number]

/** A day as YYYY-MM-DD in UTC: the only time anything is stored with, so no two questions can be told apart by when they came. */
export type Day = string
export const dayOf = (time: number): Day => new Date(time).toISOString().slice(0, 10)

/** One question as counted: never the visitor, and text only for a fallback, redacted. */
export type QuestionRecord = {
  day: Day
  outcome: Outcome
  /** The entry shown as the answer (answer, check-in). */
  entryId?: string
  /** The ask-us-directly topic it touched. */
  topic?: string
  language: string
  knowledgeVersion: string
  text?: string
}

export type FeedbackRecord = {
  day: Day
  entryId: string
  helpful: boolean
  language: string
  knowledgeVersion: string
  /** The question a visitor rated not helpful, redacted; never kept for a helpful vote. */
  text?: string
}

/**
 * The response as the recorder sees it. `checkIn` (answer or fallback led by
 * the help lines) is typed here optionally, so check-ins are counted as such
 * from the day the answer pipeline adds them.
 */
export type RecordedResponse = Pick<AskResponse, 'kind' | 'answers'> & { checkIn?: unknown }

export type AnsweredQuestion = { text: string; response: RecordedResponse; referral?: string | undefined; language: string; knowledgeVersion: string }

/**
 * Classifies one answered question. Crisis and check-in messages may hold the
 * most sensitive thing a person ever types: their text is dropped here, first,
 * whatever else follows. Only a plain fallback keeps its (redacted) text,
 * because that is the question staff can teach the widget to answer.
 */
export function questionRecord({ text, response, referral, language, knowledgeVersion }: AnsweredQuestion, day: Day): QuestionRecord {
  const base = { day, language, knowledgeVersion }
  // Related answers are shown folded; the first is the one the visitor was given.
  const shown = response.answers[0]?.id
  if (response.kind === 'crisis') return { ...base, outcome: 'crisis' }
  if (response.checkIn) return { ...base, outcome: 'check-in', ...(shown ? { entryId: shown } : {}) }
  if (referral) return { ...base, outcome: 'ask-us-directly', topic: referral }
  if (response.kind === 'answer' && shown) return { ...base, outcome: 'answer', entryId: shown }
  return { ...base, outcome: 'fallback', text: redact(text) }
}

export type Vote = { entryId: string; helpful: boolean; question?: string | undefined; language: string; knowledgeVersion: string }

export function feedbackRecord({ entryId, helpful, question, language, knowledgeVersion }: Vote, day: Day): FeedbackRecord {
  return { day, entryId, helpful, language, knowledgeVersion, ...(!helpful && question ? { text: redact(question) } : {}) }
}
