import { readFile } from 'node:fs/promises'
import autocannon from 'autocannon'
import { ascending, percentile } from './stats.js'

/**
 * Load on 127.0.0.1 with autocannon, bounded by time and connections. The
 * client shares the machine with the server, so figures are a floor; the
 * server's own CPU per request (from /proc) says what one core could serve.
 */
export const LOAD = { connections: 16, warmUpSeconds: 2, seconds: 10 }

export type LoadScenario = {
  name: string
  requests: autocannon.Request[]
  /** What counts as a failure: for the answer route any non-2xx, for the invalid-question ceiling only 5xx. */
  failed: (status: number) => boolean
}

export type LoadFigures = {
  name: string
  requestsPerSecond: number
  p50: number
  p99: number
  responses: number
  errors: number
  serverCpuMsPerRequest?: number
}

const askFor = (question: string): autocannon.Request => ({
  method: 'POST',
  path: '/api/ask',
  headers: { 'content-type': 'application/json', origin: 'https://clinic.example' },
  body: JSON.stringify({ question }),
})

/**
 * The answer route with visitors' questions, and its two ceilings on the same
 * server: the same route refusing an empty question, which pays for
 * everything but the answer (body limit, JSON parsing, validation, CORS, the
 * rate limiter's code), and a JSON GET that pays for routing and headers only.
 */
export function loadScenarios(questions: readonly string[]): { ask: LoadScenario; invalid: LoadScenario; staticGet: LoadScenario } {
  return {
    ask: { name: 'POST /api/ask, visitor questions', requests: questions.map(askFor), failed: (status) => status < 200 || status > 299 },
    invalid: { name: 'POST /api/ask, empty question (400)', requests: [askFor('')], failed: (status) => status >= 500 },
    staticGet: {
      name: 'GET /api/config',
      requests: [{ method: 'GET', path: '/api/config', headers: { origin: 'https://clinic.example' } }],
      failed: (status) => status < 200 || status > 299,
    },
  }
}

/** CPU time (user + system) a process has used, from /proc on Linux, in ms; undefined elsewhere. */
async function cpuMsOf(pid: number): Promise<number | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined)
  const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ')
  // Fields 14 and 15 of proc(5), in clock ticks of 1/100 s on Linux.
  return fields ? ((Number(fields[11]) + Number(fields[12])) * 1000) / 100 : undefined
}

function run(origin: string, scenario: LoadScenario, seconds: number) {
  const latencies: number[] = []
  let failures = 0
  return new Promise<{ latencies: number[]; failures: number; result: autocannon.Result }>((resolve, reject) => {
    const instance = autocannon(
      { url: origin, connections: LOAD.connections, duration: seconds, requests: scenario.requests },
      (error, result) => (error ? reject(error) : resolve({ latencies, failures: failures + result.errors, result })),
    )
    instance.on('response', (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime)
      if (scenario.failed(status)) failures++
    })
  })
}

export async function measureLoad(origin: string, serverPid: number, scenario: LoadScenario): Promise<LoadFigures> {
  await run(origin, scenario, LOAD.warmUpSeconds)
  const cpuBefore = await cpuMsOf(serverPid)
  const { latencies, failures, result } = await run(origin, scenario, LOAD.seconds)
  const cpuAfter = await cpuMsOf(serverPid)
  if (latencies.length === 0) {
    throw new Error(`${scenario.name}: no response in ${LOAD.seconds} s (${result.errors} errors, ${result.timeouts} timeouts, ${result.requests.sent} sent)`)
  }
  const sorted = ascending(latencies)
  return {
    name: scenario.name,
    requestsPerSecond: sorted.length / result.duration,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    responses: sorted.length,
    errors: failures,
    ...(cpuBefore !== undefined && cpuAfter !== undefined ? { serverCpuMsPerRequest: (cpuAfter - cpuBefore) / sorted.length } : {}),
  }
}
