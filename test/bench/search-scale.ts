import MiniSearch from 'minisearch'
import { answerVisitor, prepareKnowledge, type AnsweringKnowledge } from '../../server/answer/answer.js'
import { indexEntries, MINISEARCH_OPTIONS } from '../../server/answer/search-index.js'
import type { Knowledge } from '../../server/knowledge/knowledge.js'
import { shuffled } from './seeded-random.js'
import { ascending, percentile } from './stats.js'

export type SearchFigures = {
  label: string
  entries: number
  /** Median time of prepareKnowledge (the whole search index and lookup tables). */
  buildMs: number
  /** Heap the prepared knowledge keeps, after full collections before and after building it. */
  heapBytes: number
  /** MiniSearch's part of the index, prebuilt: its JSON size and the time loadJSON takes to read it back. */
  prebuiltJsonBytes: number
  prebuiltLoadMs: number
  answerP50: number
  answerP99: number
  samples: number
}

const BUILD_BUDGET_MS = 2_000
const MAX_BUILDS = 5
/** Answer timing stops at this budget once it has MIN_SAMPLES, so the largest knowledge cannot stretch the run. */
const ANSWER_BUDGET_MS = 6_000
const MIN_SAMPLES = 100
const MAX_ROUNDS = 20
const WARM_UP_MS = 1_000
const QUESTION_ORDER_SEED = 7

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) throw new Error('search-scale: heap figures need a full collection: run node with --expose-gc (npm run bench does)')
  gc()
  gc()
}

/**
 * One build between full collections. Synchronous on purpose: an async
 * function's stale registers can keep an earlier build alive and hide its
 * release inside the measurement; here the caller's previous build is alive
 * both before and after, so the difference is this build alone.
 */
function buildOnce(knowledge: Knowledge): { prepared: AnsweringKnowledge; buildMs: number; heapBytes: number } {
  collectGarbage()
  const before = process.memoryUsage().heapUsed
  const start = performance.now()
  // A fresh copy each time: prepareKnowledge keeps one preparation per knowledge object, so the same
  // object again would time a lookup (0.007 ms, 0 KB) instead of a build.
  const prepared = prepareKnowledge({ ...knowledge })
  const buildMs = performance.now() - start
  collectGarbage()
  return { prepared, buildMs, heapBytes: process.memoryUsage().heapUsed - before }
}

/** Builds until the budget is spent (once for large knowledge), reporting the median time and the last build's heap. */
function buildRepeatedly(knowledge: Knowledge): { prepared: AnsweringKnowledge; buildMs: number; heapBytes: number } {
  let last = buildOnce(knowledge)
  const times = [last.buildMs]
  while (times.length < MAX_BUILDS && times.reduce((sum, time) => sum + time, 0) < BUILD_BUDGET_MS) {
    last = buildOnce(knowledge)
    times.push(last.buildMs)
  }
  return { ...last, buildMs: percentile(ascending(times), 0.5) }
}

function timePrebuiltLoad(prepared: AnsweringKnowledge): { prebuiltJsonBytes: number; prebuiltLoadMs: number } {
  const json = JSON.stringify(indexEntries(prepared.knowledge.entries))
  const start = performance.now()
  MiniSearch.loadJSON(json, MINISEARCH_OPTIONS)
  return { prebuiltJsonBytes: Buffer.byteLength(json), prebuiltLoadMs: performance.now() - start }
}

/**
 * Times answerVisitor, the whole decision as HTTP makes it (language,
 * normalise, classify, search, decide), question by question, after a warm-up: rounds over the
 * questions until the time budget is spent and p99 rests on enough samples.
 */
function timeAnswers(prepared: AnsweringKnowledge, visitorQuestions: readonly string[]) {
  // Mixed, so a budget spent before the end of a round still samples every kind of question.
  const questions = shuffled(visitorQuestions, QUESTION_ORDER_SEED)
  // Rounds until about a second is spent, so the timed calls run compiled code, as a server that has answered a while does.
  const warmUpStart = performance.now()
  while (performance.now() - warmUpStart < WARM_UP_MS) {
    for (const question of questions) {
      if (performance.now() - warmUpStart > WARM_UP_MS) break
      answerVisitor(prepared, question)
    }
  }
  const latencies: number[] = []
  const start = performance.now()
  const spent = () => latencies.length >= MIN_SAMPLES && performance.now() - start >= ANSWER_BUDGET_MS
  for (let round = 0; round < MAX_ROUNDS && !spent(); round++) {
    for (const question of questions) {
      if (spent()) break
      const before = performance.now()
      answerVisitor(prepared, question)
      latencies.push(performance.now() - before)
    }
  }
  const sorted = ascending(latencies)
  return { answerP50: percentile(sorted, 0.5), answerP99: percentile(sorted, 0.99), samples: sorted.length }
}

export function measureSearch(label: string, knowledge: Knowledge, questions: readonly string[]): SearchFigures {
  const { prepared, buildMs, heapBytes } = buildRepeatedly(knowledge)
  return { label, entries: knowledge.entries.length, buildMs, heapBytes, ...timePrebuiltLoad(prepared), ...timeAnswers(prepared, questions) }
}
