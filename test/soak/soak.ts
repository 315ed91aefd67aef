import { readFile } from 'node:fs/promises'
import { startServer } from '../bench/server-process.js'
import { readEvalSet } from '../eval/eval-set.js'
import { buildServer } from '../../server/build/build-server.js'

/**
 * A bounded soak of the real server on 127.0.0.1: a few thousand mixed
 * requests, good and bad, from many (proxied) clients, some abandoned mid-way.
 * It counts replies by status and fails on any 5xx or any request that got no
 * reply, and reports the server's memory before and after. Then another site's
 * no-cors flood on one visitor's address, while that visitor keeps asking.
 */

export type SoakOptions = { requests: number; concurrency: number }

export type SoakReport = {
  requests: number
  seconds: number
  byStatus: Record<string, number>
  serverErrors: number
  noReply: number
  abandoned: number
  rssBeforeMb: number
  rssAfterMb: number
  flood: FloodReport
}

/** The cross-site flood (issue 14): another site's page, open in the visitor's browser, posting no-cors requests. */
export type FloodReport = {
  sent: number
  byStatus: Record<string, number>
  /** Questions the visitor on the same address asked during the flood, and how many were answered. */
  visitorAsked: number
  visitorAnswered: number
  /** Whether a crisis message got the crisis response once that visitor was over the limit. */
  crisisWhileLimited: boolean
}

type Probe = { method: string; path: string; headers?: Record<string, string>; body?: string; abandon?: boolean }

const json = { 'Content-Type': 'application/json' }
const ask = (question: unknown): Probe => ({ method: 'POST', path: '/api/ask', headers: json, body: JSON.stringify({ question }) })

async function probes(): Promise<Probe[]> {
  const set = await readEvalSet()
  const questions = [...set.answerable.map((item) => item.q), ...set.unanswerable.in_domain, ...set.unanswerable.off_topic, ...set.crisis.map((item) => item.q)]
  const bad: Probe[] = [
    ask(''),
    ask('x'.repeat(501)),
    ask(42),
    { method: 'POST', path: '/api/ask', headers: json, body: '{"question": "unfinished' },
    { method: 'POST', path: '/api/ask', headers: { 'Content-Type': 'text/plain' }, body: 'is ketamine safe' },
    { method: 'POST', path: '/api/ask', headers: json, body: JSON.stringify({ question: 'x'.repeat(20_000) }) },
    { method: 'POST', path: '/api/ask', headers: json, body: `{"question": ${'['.repeat(10_000)}${']'.repeat(10_000)}}` },
    ask('\u202e\u0000\ud800 <img src=x onerror=alert(1)>'),
    { method: 'GET', path: '/api/ask' },
    { method: 'GET', path: '/articles/..%2F..%2Fpackage.json' },
    { method: 'GET', path: '/no-such-page?q=secret' },
    { method: 'OPTIONS', path: '/api/ask', headers: { Origin: 'https://clinic.example', 'Access-Control-Request-Method': 'POST' } },
  ]
  const pages: Probe[] = ['/api/config', '/healthz', '/articles/long-covid-ketamine', '/widget.js', '/chat', '/'].map((path) => ({ method: 'GET', path }))
  const abandoned = questions.slice(0, 20).map((question) => ({ ...ask(question), abandon: true }))
  // A sample of the eval set's questions, so that a short soak reaches the bad requests, pages and abandoned ones after them.
  const every = Math.ceil(questions.length / SOAK_QUESTIONS)
  return [...questions.filter((_, index) => index % every === 0).map(ask), ...bad, ...pages, ...abandoned]
}

const SOAK_QUESTIONS = 300

/** One noisy client sends every seventh request and meets the rate limit; the rest come from 4,096 addresses. */
const clientAddress = (index: number) => (index % 7 === 0 ? '203.0.113.1' : `198.51.${(index >> 8) % 16}.${index % 256}`)

/** Resident memory of a process, from /proc (Linux). */
async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
}

/** Many clients behind a trusted proxy, so the rate limiter keeps (and bounds) state for each; the production limit. */
const SOAK_SERVER_ENV = { LOG_REQUESTS: 'false', TRUST_PROXY: 'x-forwarded-for', RATE_LIMIT_PER_MINUTE: '30' }

export async function runSoak({ requests, concurrency }: SoakOptions): Promise<SoakReport> {
  const mix = await probes()
  // The soak runs the server as production does, compiled; a fresh checkout has not built it yet.
  await buildServer()
  const server = await startServer(SOAK_SERVER_ENV)
  try {
    const { origin } = server
    const byStatus: Record<string, number> = {}
    let noReply = 0
    let abandoned = 0
    let next = 0
    const send = async (probe: Probe, index: number) => {
      const controller = new AbortController()
      if (probe.abandon) setTimeout(() => controller.abort(), index % 3)
      try {
        const response = await fetch(`${origin}${probe.path}`, {
          method: probe.method,
          headers: { ...probe.headers, 'X-Forwarded-For': clientAddress(index) },
          ...(probe.body === undefined ? {} : { body: probe.body }),
          signal: controller.signal,
        })
        await response.arrayBuffer()
        byStatus[response.status] = (byStatus[response.status] ?? 0) + 1
      } catch (error) {
        if (probe.abandon && controller.signal.aborted) abandoned++
        else noReply++
        if (!probe.abandon) console.error(`no reply to ${probe.method} ${probe.path}: ${(error as Error).message}`)
      }
    }
    const run = () =>
      Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < requests) {
            const index = next++
            await send(mix[index % mix.length]!, index)
          }
        }),
      )

    // Warm up first, so "before" is the server at work rather than the server just started.
    await Promise.all(mix.slice(0, 50).map((probe, index) => send({ ...probe, abandon: false }, 100_000 + index)))
    for (const key of Object.keys(byStatus)) delete byStatus[key]
    const rssBeforeMb = await rssMb(server.pid)
    const start = performance.now()
    await run()
    const seconds = (performance.now() - start) / 1000
    const flood = await runFlood(origin, { requests: Math.max(200, Math.floor(requests / 2)), concurrency })
    const rssAfterMb = await rssMb(server.pid)
    const serverErrors = [byStatus, flood.byStatus].reduce(
      (total, statuses) => total + Object.entries(statuses).reduce((sum, [status, count]) => sum + (Number(status) >= 500 ? count : 0), 0),
      0,
    )
    return { requests, seconds, byStatus, serverErrors, noReply, abandoned, rssBeforeMb, rssAfterMb, flood }
  } finally {
    await server.stop()
  }
}

/** The visitor's address, shared with the flood: the same browser, or the same carrier NAT. */
const VISITOR = '203.0.113.77'
/** Fewer than the limit's burst of 30, so every one is answered if the flood costs nothing. */
const VISITOR_QUESTIONS = 20

/**
 * What a page on another site can do from the visitor's browser without a
 * preflight: POST simple requests (text/plain, a form) with its own Origin,
 * as fast as it likes. Meanwhile the visitor, on the same address, asks their
 * questions; then asks until refused, and sends a crisis message.
 */
async function runFlood(origin: string, { requests, concurrency }: SoakOptions): Promise<FloodReport> {
  const byStatus: Record<string, number> = {}
  const simple = [
    { 'Content-Type': 'text/plain;charset=UTF-8', body: JSON.stringify({ question: 'how long is a session' }) },
    { 'Content-Type': 'application/x-www-form-urlencoded', body: 'question=how+long+is+a+session' },
    { 'Content-Type': 'text/plain;charset=UTF-8', body: 'x' },
  ]
  let next = 0
  let flooding = true
  const flooders = Array.from({ length: Math.max(1, concurrency - 1) }, async () => {
    while (next < requests) {
      const { body, ...type } = simple[next++ % simple.length]!
      const response = await fetch(`${origin}/api/ask`, { method: 'POST', headers: { ...type, Origin: 'https://evil.example', 'X-Forwarded-For': VISITOR }, body })
      await response.arrayBuffer()
      byStatus[response.status] = (byStatus[response.status] ?? 0) + 1
    }
    flooding = false
  })
  const visitorAsks = async (question: string) => {
    const response = await fetch(`${origin}/api/ask`, { method: 'POST', headers: { ...json, 'X-Forwarded-For': VISITOR }, body: JSON.stringify({ question }) })
    return { status: response.status, body: (await response.json()) as { kind?: string } }
  }
  let visitorAsked = 0
  let visitorAnswered = 0
  const visitor = (async () => {
    while (visitorAsked < VISITOR_QUESTIONS) {
      visitorAsked++
      if ((await visitorAsks('How long does a session take?')).status === 200) visitorAnswered++
      // Spread over the flood, as a person types; the flood may end first on a fast machine.
      if (flooding) await new Promise((resolve) => setTimeout(resolve, 20))
    }
  })()
  await Promise.all([...flooders, visitor])
  // Now over the limit on purpose, then a message in crisis: it must still get 988, not a 429.
  let refused = false
  for (let tries = 0; tries < 60 && !refused; tries++) refused = (await visitorAsks('How long does a session take?')).status === 429
  const crisis = await visitorAsks('i want to kill myself tonight')
  return { sent: requests, byStatus, visitorAsked, visitorAnswered, crisisWhileLimited: refused && crisis.status === 200 && crisis.body.kind === 'crisis' }
}

export function formatSoakReport(report: SoakReport): string {
  const statuses = Object.entries(report.byStatus)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([status, count]) => `${status}: ${count}`)
    .join('   ')
  return [
    `${report.requests} requests in ${report.seconds.toFixed(1)} s (${Math.round(report.requests / report.seconds)}/s) on 127.0.0.1`,
    `  replies by status   ${statuses}`,
    `  5xx                 ${report.serverErrors}`,
    `  no reply            ${report.noReply}   (abandoned on purpose: ${report.abandoned})`,
    `  server memory (RSS) ${report.rssBeforeMb.toFixed(1)} MB before, ${report.rssAfterMb.toFixed(1)} MB after`,
    `cross-site no-cors flood: ${report.flood.sent} requests from another site's page on the visitor's address`,
    `  replies by status   ${Object.entries(report.flood.byStatus).map(([status, count]) => `${status}: ${count}`).join('   ')}`,
    `  the visitor meanwhile ${report.flood.visitorAnswered} of ${report.flood.visitorAsked} questions answered`,
    `  crisis message once over the limit: ${report.flood.crisisWhileLimited ? 'crisis response' : 'NOT the crisis response'}`,
  ].join('\n')
}
