import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { redisLimits } from '../../server/http/redis-rate-limit.js'
import type { SharedLimits } from '../../server/http/rate-limit.js'
import { fromSocket, realApp } from '../helpers.js'
import { freePort, spawnCompiled } from './compiled-server.js'
import { startRedis } from './redis-server.js'
import type { Service } from './service.js'

// Tests load the real knowledge or start a server, which takes seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 })

let redis: Service
const opened: SharedLimits[] = []
beforeAll(async () => {
  redis = await startRedis()
})
afterAll(async () => {
  await Promise.all(opened.map((limits) => limits.close()))
  await redis.stop()
})

function limitsOn(url: string, log: (line: string) => void = () => {}) {
  const limits = redisLimits(url, { log })
  opened.push(limits)
  return limits
}

/** A client name of the test's own, so tests sharing the one Redis never share a budget. */
let clients = 0
const aClient = () => `203.0.113.${++clients}`

const ask = (question: string, address: string) =>
  [{ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question }) }, fromSocket(address)] as const

describe('rate limits in Redis', () => {
  it('holds one budget across instances: what one spends, the other cannot', async () => {
    const [first, second] = [limitsOn(redis.url), limitsOn(redis.url)]
    await Promise.all([first.firstContact, second.firstContact])
    const client = aClient()
    const decisions = []
    for (const limits of [first, second, first, second]) decisions.push(await limits.limiter('ask', 3).take(client))
    expect(decisions.slice(0, 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }])
    expect(decisions[3]).toMatchObject({ allowed: false })
    expect((decisions[3] as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThanOrEqual(1)
    // Votes have a budget of their own.
    expect(await second.limiter('vote', 3).take(client)).toEqual({ allowed: true })
  })

  it('answers a crisis message with the help lines even when the shared budget is spent', async () => {
    const app = await realApp({ rateLimitPerMinute: 1, sharedLimits: limitsOn(redis.url) })
    const client = aClient()
    expect((await app.request('/api/ask', ...ask('How long is a session?', client))).status).toBe(200)
    expect((await app.request('/api/ask', ...ask('How long is a session?', client))).status).toBe(429)
    const crisis = await app.request('/api/ask', ...ask('I want to kill myself tonight', client))
    expect(crisis.status).toBe(200)
    expect((await crisis.json()).kind).toBe('crisis')
  })

  it('fails open when Redis is unreachable: every question answered, /healthz degraded, one log line a minute', async () => {
    const lines: string[] = []
    const limits = limitsOn(`redis://127.0.0.1:${await freePort()}`, (line) => lines.push(line))
    await limits.firstContact
    const app = await realApp({ rateLimitPerMinute: 1, sharedLimits: limits })
    const client = aClient()
    const statuses = []
    for (let question = 0; question < 4; question++) statuses.push((await app.request('/api/ask', ...ask('How long is a session?', client))).status)
    expect(statuses).toEqual([200, 200, 200, 200])
    expect(await (await app.request('/healthz')).json()).toMatchObject({ status: 'degraded', rateLimit: 'degraded' })
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^rate limit: Redis at 127\.0\.0\.1:\d+ is unreachable \(ECONNREFUSED\); answering every question/)
  })

  it('starts a server degraded, saying so once, when REDIS_URL cannot be reached, and answers', { timeout: 60_000 }, async () => {
    const env = { REDIS_URL: `redis://:secret-password@127.0.0.1:${await freePort()}`, INSIGHTS: 'off', WATCH_KNOWLEDGE: 'false', PORT: '0' }
    const server = spawnCompiled(process.cwd(), env, 'server/main.ts')
    try {
      const base = await server.address
      const reply = await fetch(`${base}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question: 'How long is a session?' }) })
      expect(reply.status).toBe(200)
      expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({ status: 'degraded', rateLimit: 'degraded' })
      await vi.waitFor(() => expect(server.output().stdout).toMatch(/POST \/api\/ask 200/))
      const { stdout, stderr } = server.output()
      expect(stdout.match(/^rate limit: Redis at .* is unreachable/gm)).toHaveLength(1)
      expect(stdout + stderr).not.toContain('secret-password')
    } finally {
      await server.stop()
    }
  })
})
