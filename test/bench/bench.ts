import { buildServer } from '../../server/build/build-server.js'
import { loadKnowledge } from '../../server/knowledge/load.js'
import { startPostgres } from '../production/postgres-cluster.js'
import { startRedis } from '../production/redis-server.js'
import { COLD_START_VARIANTS, measureColdStart } from './cold-start.js'
import { LOAD, loadScenarios, measureLoad, type LoadScenario } from './http-load.js'
import { currentLoad, describeMachine } from './machine.js'
import { formatTable, missedTargets, ms, writeReport, type Row } from './report.js'
import { coldStartRows, httpRows, searchRows, widgetRows } from './rows.js'
import { measureSearch } from './search-scale.js'
import { startServer } from './server-process.js'
import { timed } from './stats.js'
import { syntheticKnowledge } from './synthetic-knowledge.js'
import { SYNTHETIC_SIZES } from './targets.js'
import { spanishVisitorQuestions, visitorQuestions } from './visitor-questions.js'
import { ensureWidgetBuilt, measureWidgetSizes } from './widget-sizes.js'
import { measureWidgetTimings } from './widget-timing.js'
import { measureWireBytes } from './wire-bytes.js'

/**
 * `npm run bench`: speed, size and scale side by side, each figure against
 * its target, printed and written to bench/results.md with the machine.
 * Figures are reported, never asserted: no test fails on a slow machine.
 */
const REPORT_PATH = 'bench/results.md'
const progress = (step: string) => process.stderr.write(`bench: ${step}\n`)

const machine = describeMachine()
const runStart = performance.now()
const questions = await visitorQuestions()

progress('widget sizes')
await ensureWidgetBuilt()
// The servers below run as production does, compiled; built fresh so they run this checkout's code.
await buildServer()
const sizes = await measureWidgetSizes()

progress('search over the shipped knowledge')
const [loaded, loadMs] = await timed(() => loadKnowledge('knowledge'))
const shipped = measureSearch('shipped knowledge', loaded.knowledge, questions)
progress('search over the shipped knowledge, Spanish questions')
const spanishQuestions = await spanishVisitorQuestions()
const spanish = measureSearch('shipped knowledge, Spanish questions', loaded.knowledge, spanishQuestions)
const synthetic = SYNTHETIC_SIZES.map((size) => {
  progress(`search over ${size.toLocaleString('en-US')} synthetic entries`)
  return measureSearch('synthetic', syntheticKnowledge(loaded.knowledge, size), questions)
})

const coldStarts = []
for (const variant of COLD_START_VARIANTS) {
  progress(`cold start, ${variant.name}`)
  coldStarts.push(await measureColdStart(variant))
}

/** The load tests and the browser share one server process, started as production starts it. */
async function measureAgainstServer() {
  const server = await startServer()
  try {
    const scenarios = loadScenarios(questions)
    const underLoad = (scenario: LoadScenario) => {
      progress(`HTTP load, ${scenario.name}`)
      return measureLoad(server.origin, server.pid, scenario)
    }
    const ask = await underLoad(scenarios.ask)
    const invalid = await underLoad(scenarios.invalid)
    const staticGet = await underLoad(scenarios.staticGet)
    progress('widget bytes on the wire')
    const wire = await measureWireBytes(server.origin)
    progress('widget timings in Chromium')
    return { ask, invalid, staticGet, wire, timings: await measureWidgetTimings(server.origin) }
  } finally {
    await server.stop()
  }
}

/** The same answer load on a server that counts nothing: what recording outcomes costs answers. */
async function measureInsightsOff() {
  const server = await startServer({ INSIGHTS: 'off' })
  try {
    progress('HTTP load, POST /api/ask with INSIGHTS=off')
    return await measureLoad(server.origin, server.pid, { ...loadScenarios(questions).ask, name: 'POST /api/ask, visitor questions, INSIGHTS=off' })
  } finally {
    await server.stop()
  }
}
/** The same answer load with every instance's state shared: the limiter in Redis and insights in PostgreSQL, both on this machine. */
async function measureSharedStores() {
  const [redis, postgres] = await Promise.all([startRedis(), startPostgres()])
  const server = await startServer({ REDIS_URL: redis.url, DATABASE_URL: postgres.url })
  try {
    progress('HTTP load, POST /api/ask with Redis and PostgreSQL')
    return await measureLoad(server.origin, server.pid, { ...loadScenarios(questions).ask, name: 'POST /api/ask, visitor questions, Redis limiter + PostgreSQL insights' })
  } finally {
    await server.stop()
    await Promise.all([redis.stop(), postgres.stop()])
  }
}
const { ask, invalid, staticGet, wire, timings } = await measureAgainstServer()
const askInsightsOff = await measureInsightsOff()
const askShared = await measureSharedStores()

const rows: Row[] = [
  { area: 'Search', measure: `load and validate the shipped knowledge files`, value: ms(loadMs) },
  ...searchRows(shipped, synthetic),
  { area: 'Search', measure: `${spanish.label}: answer p50`, value: ms(spanish.answerP50) },
  { area: 'Search', measure: `${spanish.label}: answer p99`, value: `${ms(spanish.answerP99)} (${spanish.samples} answers)` },
  ...httpRows(ask, invalid, staticGet, askInsightsOff, askShared),
  ...coldStartRows(coldStarts),
  ...widgetRows(sizes, wire, timings),
]
const notes = [
  `Search: answerVisitor() (language, normalise, classify, search, decide) in this process, one call at a time over the ${questions.length} distinct questions of test/eval/questions.yaml (and, for the Spanish rows, the ${spanishQuestions.length} of test/eval/questions.es.yaml) in a fixed mixed order, after a warm-up; rounds continue until about 6 s are spent and at least 100 answers are timed.`,
  'Synthetic knowledge: entries generated from a seeded PRNG with answers of 40 to 120 words and 10 to 15 phrasings of 6 to 12 words, drawn from the shipped entries\' own words and, per entry, four everyday English topic words (test/bench/synthetic-knowledge.ts); built in memory, so the index build excludes file parsing, measured separately above for the shipped files.',
  'Index build: median of up to five prepareKnowledge() calls (one at 10,000 entries); heap: heapUsed after minus before one build, each after two full collections (node --expose-gc). The loadJSON row reads back MiniSearch\'s index of the entries from its toJSON(); the per-stem score tables the answers are scored from, and the phrasing tables, are derived from it and would still be built.',
  'Growth: least-squares slope of log(cost) over log(entries) across the synthetic sizes; 1 is linear.',
  `HTTP: the real server process (node dist/server/main.js, built by the benchmark first; RATE_LIMIT_PER_MINUTE=1000000 so the limiter runs but never refuses, knowledge pinned, request log on stdout read and dropped) on 127.0.0.1; autocannon in the benchmark process, ${LOAD.connections} connections, ${LOAD.warmUpSeconds} s warm-up then ${LOAD.seconds} s per route, one route after another on the same server. Client and server share the machine, so requests/s is a floor; server CPU per request (from /proc) says what one core of server could do. Errors: any non-2xx, timeout or connection error for the answer route and the GET; only 5xx and connection errors for the empty question, which is expected to be 400.`,
  'Insights: the server above counts every answer into SQLite in a temporary DATA_DIR, as by default; the same answer load then runs on a second server with INSIGHTS=off, so the share says what recording costs answers.',
  'Shared stores: the answer load once more on a server with REDIS_URL and DATABASE_URL, a redis-server and a PostgreSQL cluster the benchmark starts on 127.0.0.1 in temporary folders (durability off, as in the tests), so every answer also takes from the Redis limiter and is counted in PostgreSQL; the share is against the first server, memory limiter and SQLite, in the same run.',
  'Cold start: from spawning the server to the first answered POST /api/ask, polled every 2 ms; one unmeasured start first. The compiled bundle (npm start, production) and the TypeScript entry through tsx (how npm start ran before issue 17) side by side. No prebuilt index: for the shipped knowledge the whole prepareKnowledge() is the index build row above (tens of ms) of a start of about 2 s, most of which is Node starting with tsx and importing modules, and loading the files (answers, links) would still be needed. At 10,000 entries loadJSON would save most of a build of several seconds; that is when to add one.',
  'Bytes on the wire: status line, headers and body of each response as the server sent them (Accept-Encoding: gzip, deflate, br, zstd, as Chromium over HTTPS), for widget.js, widget-link.js (which widget.js imports when the visitor reaches for the chat), /chat and the assets the chat page names; the chat\'s API calls are not counted. Repeat visit: the same browser a day later, when widget.js and widget-link.js (cached 5 minutes) and /chat (no-cache) are revalidated with If-None-Match and answered 304, and the hashed assets (immutable for a year) are not requested.',
  `Widget: Chromium (headless, playwright-core) opens the demo page / of the same server in a fresh context each run; the launcher counts as painted at the end of the first frame containing it (requestAnimationFrame, then a posted message); the panel is ready at the end of the first frame after the click showing the chat with the clinic's name and the question box. The pointer moves over the launcher before the click, which starts loading the chat, as for a visitor.`,
]

machine.loadAtEnd = currentLoad()
const report = { rows, notes, machine, seconds: (performance.now() - runStart) / 1000 }
await writeReport(REPORT_PATH, report)
console.log(formatTable(rows))
const missed = missedTargets(rows)
console.log(`\n${missed.length === 0 ? 'Every target met.' : `${missed.length} target(s) MISSED (see above).`} Written to ${REPORT_PATH}; the machine's load average went from ${machine.loadAtStart} to ${machine.loadAtEnd}.`)
