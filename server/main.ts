import { serve } from '@hono/node-server'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { keepTrainedModelsOn } from './answer/intent-training.js'
import { createApp } from './app.js'
import { readConfig } from './config.js'
import { createInsights } from './insights/insights.js'
import { openSqliteStore } from './insights/sqlite.js'
import { loadKnowledge } from './knowledge/load.js'
import { diskKnowledgeSnapshots } from './knowledge/snapshot.js'
import { formatProblem, InvalidKnowledgeError } from './knowledge/problems.js'
import { fixedKnowledgeStore, type KnowledgeStore } from './knowledge/store.js'
import { warnAboutPhrasingsLater, watchKnowledge } from './knowledge/watch.js'
import { shutDownGracefully } from './shutdown.js'
import { checkWritable, listenFault, StartFault } from './start-faults.js'
import { diskModelShelf } from './training/model-shelf.js'
import { warmUp } from './warm-up.js'

/** Wires the settings from the environment, the knowledge folder and the port; nothing else. */
const { config, problems } = readConfig(process.env)
if (!config) {
  console.error(`The server's settings have problems, so it did not start:\n`)
  for (const problem of problems) console.error(`  ${problem}`)
  console.error(`\nFix the environment variables above (README, "Server settings"), then start again.`)
  process.exit(1)
}

// A promise nobody awaited must not take down every visitor's chat; its name is enough to find it.
process.on('unhandledRejection', (reason) => console.error(`unhandled rejection: ${reason instanceof Error ? reason.name : typeof reason}`))
// Nor may a log reader that went away: writing a request line to a closed pipe would end the process.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {})

/**
 * A question is a few hundred bytes: a client still sending its headers after
 * 5 s, or its request after 10 s, is holding a connection open, not asking.
 * Node checks every second instead of every 30, so slow clients are let go on time.
 */
const SLOW_CLIENT_LIMITS = { headersTimeout: 5_000, requestTimeout: 10_000, connectionsCheckingInterval: 1_000 }

/** Resolves once the server listens; a port in use or not allowed becomes a StartFault. */
const listening = (server: Server, port: number) =>
  new Promise<void>((resolve, reject) => {
    server.once('listening', resolve)
    server.once('error', (error) => reject(listenFault(error, port) ?? error))
  })

/**
 * The compiled server is one file holding all the code that trains the intent model, so a model trained
 * by this very file on the same knowledge can be read back instead of trained again. Under tsx the code
 * is spread over many files, and every start trains.
 */
const thisFile = fileURLToPath(import.meta.url)
/**
 * The bundle's bytes, hashed once (decoding them as text and hashing that twice took 20 ms of every start). They
 * hold the stemmers, MiniSearch and YAML too (build-server.ts), so updating one never reads what the old one made.
 */
const compiled = thisFile.endsWith('.js') ? createHash('sha256').update(readFileSync(thisFile)).digest('hex') : undefined
if (compiled) keepTrainedModelsOn(diskModelShelf(join(config.DATA_DIR, 'models'), compiled))
/** The checked knowledge and its search indexes, kept beside the models on the same terms: named after the files and this bundle. */
const snapshots = compiled ? diskKnowledgeSnapshots(join(config.DATA_DIR, 'models'), compiled) : undefined

const folder = config.KNOWLEDGE_DIR
/** What keeps the process alive besides the server: let go of on shutdown, or when the start fails. */
const releases: Array<() => void> = []
try {
  if (config.INSIGHTS && !config.DATABASE_URL) checkWritable(config.DATA_DIR)
  // Asking every phrasing only warns and takes seconds: it runs once the server answers (below), not before.
  const loaded = await loadKnowledge(folder, new Date(), { phrasings: false, ...(snapshots ? { snapshots } : {}) })
  const { knowledge, version, warnings } = loaded
  for (const warning of warnings) console.warn(formatProblem(warning))
  // Staff edits go live without a restart; WATCH_KNOWLEDGE=false pins what was loaded at start.
  const store: KnowledgeStore & { close?: () => void; reload?: () => Promise<void> } = config.WATCH_KNOWLEDGE ? watchKnowledge(folder, loaded) : fixedKnowledgeStore(knowledge, version)
  releases.push(() => store.close?.())
  // INSIGHTS=off: no database is opened and nothing is counted. DATABASE_URL: one PostgreSQL for every instance,
  // and unreachable now the server starts anyway (questions go uncounted, /healthz degraded, retried each minute).
  const { DATABASE_URL, DATA_DIR } = config
  // The PostgreSQL and Redis clients are loaded only when asked for: importing them took a tenth of every start.
  const open = DATABASE_URL ? async () => (await import('./insights/postgres.js')).openPostgresStore(DATABASE_URL) : () => openSqliteStore(DATA_DIR)
  const insights = config.INSIGHTS ? createInsights({ open, retentionDays: config.INSIGHTS_RETENTION_DAYS }) : undefined
  releases.push(() => void insights?.close())
  // The first try to open the store is over before the server says it serves, so /healthz is right from the start.
  await insights?.flush()
  // REDIS_URL: one limit for every instance. Unreachable now, the server starts anyway (limits fail open, /healthz degraded).
  const sharedLimits = config.REDIS_URL ? (await import('./http/redis-rate-limit.js')).redisLimits(config.REDIS_URL) : undefined
  releases.push(() => void sharedLimits?.close())
  await sharedLimits?.firstContact
  const app = createApp({
    knowledge: store,
    allowedOrigins: config.ALLOWED_ORIGINS,
    ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}),
    log: config.LOG_REQUESTS ? console.log : null,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    ...(sharedLimits ? { sharedLimits } : {}),
    trustProxy: config.TRUST_PROXY,
    ...(insights ? { insights } : {}),
    ...(config.STAFF_TOKEN ? { staff: { token: config.STAFF_TOKEN, knowledgeDir: folder, ...(store.reload ? { reload: store.reload } : {}) } } : {}),
  })
  await warmUp(createApp({ knowledge: store, log: null, rateLimitPerMinute: 0 }), knowledge.clinic.starter_questions)
  // Without a createServer option, serve() makes a plain node:http server.
  const server = serve({ fetch: app.fetch, port: config.PORT, serverOptions: SLOW_CLIENT_LIMITS }) as Server
  await listening(server, config.PORT)
  // Before anything else is said or done: until a listener is added, SIGTERM ends the process at once, with no graceful stop.
  shutDownGracefully(server, { graceMs: config.SHUTDOWN_GRACE_MS, log: console.log, onClosed: () => releases.forEach((release) => release()) })
  const address = server.address()
  console.log(`Clinic FAQ widget: ${knowledge.entries.length} answers loaded (version ${version}).`)
  console.log(`Demo page and API on http://localhost:${typeof address === 'object' && address ? address.port : config.PORT}`)
  // Given up on shutdown: the checks run in turns, and would keep a stopping process alive for seconds.
  let running = true
  releases.push(() => (running = false))
  warnAboutPhrasingsLater(knowledge, version, () => running && store.status().version === version, console.warn)
} catch (error) {
  if (error instanceof StartFault) {
    console.error(error.message)
    releases.forEach((release) => release())
    process.exit(1)
  }
  if (!(error instanceof InvalidKnowledgeError)) throw error
  console.error(`The knowledge files in ${folder}/ have problems, so the server did not start:\n`)
  for (const problem of error.problems) console.error(`  ${formatProblem(problem)}`)
  console.error(`\nFix the lines above (run \`npm run knowledge:check\` to re-check), then start again.`)
  process.exitCode = 1
}
