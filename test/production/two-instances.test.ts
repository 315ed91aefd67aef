import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { spawnCompiled, type RunningServer } from './compiled-server.js'
import { startPostgres } from './postgres-cluster.js'
import { startRedis } from './redis-server.js'
import type { Service } from './service.js'

/**
 * Two server processes on 127.0.0.1 sharing one Redis, one PostgreSQL and one
 * knowledge folder, as two instances behind a load balancer would (issue 17).
 * The proxy header names the client, so each test speaks as clients of its own.
 */
vi.setConfig({ testTimeout: 60_000, hookTimeout: 180_000 })

const TOKEN = 'a-staff-token-for-two-instances'
const PER_MINUTE = 5
let redis: Service
let postgres: Service
let knowledgeDir: string
let servers: RunningServer[] = []
let bases: string[] = []

beforeAll(async () => {
  ;[redis, postgres] = await Promise.all([startRedis(), startPostgres()])
  knowledgeDir = mkdtempSync(join(tmpdir(), 'shared-knowledge-'))
  cpSync('knowledge', knowledgeDir, { recursive: true })
  const env = {
    REDIS_URL: redis.url,
    DATABASE_URL: postgres.url,
    KNOWLEDGE_DIR: knowledgeDir,
    STAFF_TOKEN: TOKEN,
    RATE_LIMIT_PER_MINUTE: String(PER_MINUTE),
    TRUST_PROXY: 'x-forwarded-for',
    LOG_REQUESTS: 'false',
    PORT: '0',
  }
  servers = [spawnCompiled(process.cwd(), env, 'server/main.ts'), spawnCompiled(process.cwd(), env, 'server/main.ts')]
  bases = await Promise.all(servers.map((server) => server.address))
})

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()))
  await Promise.all([redis?.stop(), postgres?.stop()])
  rmSync(knowledgeDir, { recursive: true, force: true })
})

let clients = 0
const aClient = () => `198.51.100.${++clients}`

const post = (base: string, path: string, body: unknown, client: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client, ...headers }, body: JSON.stringify(body) })
const ask = (base: string, question: string, client = aClient()) => post(base, '/api/ask', { question }, client)
const asStaff = { Authorization: `Bearer ${TOKEN}` }

describe('two instances sharing Redis, PostgreSQL and the knowledge folder', () => {
  it('hold one rate limit between them: a client spending it on one is refused by the other', async () => {
    const client = aClient()
    const statuses = []
    for (let question = 0; question <= PER_MINUTE; question++) statuses.push((await ask(bases[question % 2]!, 'How long is a session?', client)).status)
    expect(statuses).toEqual([...Array<number>(PER_MINUTE).fill(200), 429])
  })

  it("show a vote sent to one in the other's staff summary", async () => {
    const vote = await post(bases[0]!, '/api/feedback', { entryId: 'session-length', helpful: false, question: 'how long is the drive home', lang: 'en' }, aClient())
    expect(vote.status).toBe(204)
    await vi.waitFor(
      async () => {
        const summary = await (await fetch(`${bases[1]}/api/staff/summary`, { headers: { ...asStaff, 'X-Forwarded-For': aClient() } })).json()
        const entry = summary.entries.find((candidate: { id: string }) => candidate.id === 'session-length')
        expect(entry.notHelpfulQuestions).toContain('how long is the drive home')
      },
      { timeout: 10_000, interval: 250 },
    )
  })

  it('answer on the other instance, within seconds, a phrasing staff added through one', async () => {
    const phrasing = 'do they dim the lights'
    expect((await (await ask(bases[1]!, phrasing)).json()).kind).toBe('fallback')
    const added = await post(bases[0]!, '/api/staff/phrasings', { entryId: 'session-experience', phrasing }, aClient(), asStaff)
    expect(added.status).toBe(201)
    const since = performance.now()
    await vi.waitFor(async () => expect((await (await ask(bases[1]!, phrasing)).json()).answers[0]?.id).toBe('session-experience'), { timeout: 10_000, interval: 200 })
    console.log(`the other instance answered the new phrasing after ${Math.round(performance.now() - since)} ms`)
  })

  it('lose no answer and give no 5xx when Redis, then PostgreSQL, stop mid-run', async () => {
    const statuses: number[] = []
    const askBoth = async (rounds: number) => {
      for (let round = 0; round < rounds; round++) {
        const replies = await Promise.all(bases.map((base) => ask(base, 'Can I drive home after a session?')))
        for (const reply of replies) {
          statuses.push(reply.status)
          expect((await reply.json()).answers[0]?.id).toBe('after-session')
        }
      }
    }
    await askBoth(5)
    await redis.stop()
    await askBoth(5)
    await postgres.stop()
    await askBoth(5)
    expect(statuses).toEqual(Array<number>(30).fill(200))
    for (const base of bases) {
      await vi.waitFor(async () => expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({ status: 'degraded', rateLimit: 'degraded', insights: 'degraded' }), {
        timeout: 10_000,
        interval: 250,
      })
    }
  })
})
