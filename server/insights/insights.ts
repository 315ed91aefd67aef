import { dayOf, feedbackRecord, questionRecord, type AnsweredQuestion, type Day, type Vote } from './outcome.js'
import type { InsightsData, InsightsStore } from './store.js'

export type InsightsOptions = {
  /** Opens the store; may throw or reject (read-only folder, corrupt file, database down), and is tried again a minute later. */
  open: () => InsightsStore | Promise<InsightsStore>
  /** Days a stored question text is kept. */
  retentionDays?: number
  log?: (line: string) => void
  now?: () => number
  /** How long questions wait in memory, to be written together in one transaction. */
  flushMs?: number
}

export type InsightsHealth = 'ok' | 'degraded'

/** The recorder the HTTP routes call, and the staff page's window on the store. */
export type Insights = {
  /** Counts an answered question; returns at once, the write happens after the reply. */
  noteAnswer: (question: AnsweredQuestion) => void
  noteVote: (vote: Vote) => void
  health: () => InsightsHealth
  /** Writes what is waiting now (tests, shutdown). */
  flush: () => Promise<void>
  summaries: (since: Day) => Promise<InsightsData>
  dismiss: (texts: readonly string[]) => Promise<void>
  close: () => Promise<void>
}

export const DAY_MS = 24 * 60 * 60 * 1000
const MINUTE_MS = 60_000
// Date.now looked up on each call, so a test's fake clock is the clock.
const DEFAULTS = { retentionDays: 30, log: console.log, now: () => Date.now(), flushMs: 250 }
/** A store that cannot keep up must not grow the server's memory: past this many, questions go uncounted. */
const MAX_WAITING = 10_000

export class InsightsUnavailable extends Error {
  constructor() {
    super('insights: the database is not available')
  }
}

/**
 * Records outcomes and votes without ever slowing or failing an answer: they
 * wait in memory and are written in one transaction a moment later. When the
 * store fails (read-only folder, corrupt file, full disk) the batch is
 * dropped, the health turns degraded, one log line a minute at most says why
 * (the error's code, never a visitor's text), and the store is tried again.
 * Texts older than the retention period are deleted at start and daily.
 */
export function createInsights(options: InsightsOptions): Insights {
  const { open, retentionDays, log, now, flushMs } = { ...DEFAULTS, ...options }
  let store: InsightsStore | undefined
  let opening: Promise<InsightsStore | undefined> | undefined
  let lastOpenAttempt = Number.NEGATIVE_INFINITY
  let failing = false
  let lastLogged = Number.NEGATIVE_INFINITY
  let answers: Array<{ question: AnsweredQuestion; day: Day }> = []
  let votes: Array<{ vote: Vote; day: Day }> = []
  let timer: NodeJS.Timeout | undefined
  let writing: Promise<void> = Promise.resolve()

  const report = (what: string, error: unknown) => {
    failing = true
    if (now() - lastLogged < MINUTE_MS) return
    lastLogged = now()
    const code = (error as { code?: unknown }).code
    log(`insights: ${what} (${typeof code === 'string' ? code : (error as Error).name}); answering goes on, questions are not being counted`)
  }

  const tryOpen = async () => {
    try {
      store = await open()
    } catch (error) {
      report('could not open the database', error)
    }
    return store
  }
  /** The store, opening it if a minute has passed since the last try; one try at a time. */
  const available = async (): Promise<InsightsStore | undefined> => {
    if (store || opening) return store ?? opening
    if (now() - lastOpenAttempt < MINUTE_MS) return undefined
    lastOpenAttempt = now()
    // Cleared once settled, never synchronously inside: a store that throws at once must not leave a settled try behind.
    opening = tryOpen().finally(() => (opening = undefined))
    return opening
  }

  const write = async () => {
    const [batch, votesBatch] = [answers, votes]
    answers = []
    votes = []
    const target = await available()
    if (!target) return
    try {
      if (batch.length > 0) await target.recordOutcomes(batch.map(({ question, day }) => questionRecord(question, day)))
      if (votesBatch.length > 0) await target.recordFeedback(votesBatch.map(({ vote, day }) => feedbackRecord(vote, day)))
      if (failing) log('insights: saving again')
      failing = false
    } catch (error) {
      report('could not save', error)
    }
  }

  const flush = () => {
    clearTimeout(timer)
    timer = undefined
    writing = writing.then(write)
    return writing
  }

  const schedule = () => {
    if (timer) return
    timer = setTimeout(() => void flush(), flushMs)
    timer.unref()
  }

  const purge = async () => {
    const target = await available()
    if (!target) return
    try {
      await target.purge(dayOf(now() - retentionDays * DAY_MS))
    } catch (error) {
      report('could not delete old question texts', error)
    }
  }

  void purge()
  const daily = setInterval(() => void purge(), DAY_MS)
  daily.unref()

  const reading = async <T>(read: (target: InsightsStore) => Promise<T>): Promise<T> => {
    const target = await available()
    if (!target) throw new InsightsUnavailable()
    return read(target)
  }

  return {
    noteAnswer: (question) => {
      if (answers.length + votes.length >= MAX_WAITING) return
      answers.push({ question, day: dayOf(now()) })
      schedule()
    },
    noteVote: (vote) => {
      if (answers.length + votes.length >= MAX_WAITING) return
      votes.push({ vote, day: dayOf(now()) })
      schedule()
    },
    health: () => (failing || !store ? 'degraded' : 'ok'),
    flush,
    summaries: (since) => reading((target) => target.summaries(since)),
    dismiss: (texts) => reading((target) => target.dismiss(texts)),
    close: async () => {
      clearInterval(daily)
      await flush()
      await opening
      store?.close()
      store = undefined
    },
  }
}
