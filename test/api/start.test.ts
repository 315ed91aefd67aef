import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { DATABASE_FILE } from '../../server/insights/sqlite.js'
import { askOver, startServer } from './entry-point.js'

describe('the real entry point', () => {
  it('serves /healthz and answers a question over HTTP', async () => {
    const server = startServer()
    const base = await server.address
    const health = await (await fetch(`${base}/healthz`)).json()
    expect(health).toMatchObject({ status: 'ok' })
    expect(health.entries).toBeGreaterThanOrEqual(30)

    const response = await askOver(base, 'Can I drive home after a session?')
    const body = await response.json()
    expect(body.kind).toBe('answer')
    expect(body.answers[0].id).toBe('after-session')
    expect(body.answers[0].source.url).toMatch(/^\/articles\/long-covid-ketamine#:~:text=/)

    const article = await fetch(new URL(body.answers[0].source.url.replace(/#.*/, ''), base))
    expect(article.status).toBe(200)
  })

  it('logs requests without what the visitor typed', async () => {
    const server = startServer()
    const base = await server.address
    await askOver(base, 'zebra-marker-7391 is ketamine safe', { 'User-Agent': 'zebra-agent' })
    await vi.waitFor(() => expect(server.output().stdout).toMatch(/^POST \/api\/ask 200 [\d.]+ms$/m))
    expect(server.output().stdout + server.output().stderr).not.toContain('zebra')
  })

  it('starts and answers with a damaged insights database, reporting /healthz degraded and one log line', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'server-data-'))
    writeFileSync(join(dataDir, DATABASE_FILE), 'not a database at all, and long enough to be read as a header by SQLite')
    const server = startServer({ DATA_DIR: dataDir, STAFF_TOKEN: 'a-staff-token-for-this-test' })
    try {
      const base = await server.address
      expect((await (await askOver(base, 'Can I drive home after a session?')).json()).kind).toBe('answer')
      expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({ status: 'degraded', insights: 'degraded' })
      expect((server.output().stdout.match(/^insights: could not open the database/gm) ?? []).length).toBe(1)
      expect(server.output().stdout + server.output().stderr).not.toContain('a-staff-token-for-this-test')
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  })

  it('refuses to start on a broken knowledge file, naming the file and line, without a stack trace', async () => {
    const server = startServer({ KNOWLEDGE_DIR: 'test/fixtures/knowledge-broken' })
    expect(await server.exited).toBe(1)
    const { stderr } = server.output()
    expect(stderr).toContain('test/fixtures/knowledge-broken/faq/driving-home.md:12: "reviewed" must be a date like 2026-01-31, got "last week"')
    expect(stderr).not.toMatch(/^\s+at /m)
  })

  it('refuses to start on a bad setting, naming the variable and what it accepts', async () => {
    const server = startServer({ RATE_LIMIT_PER_MINUTE: 'lots', TRUST_PROXY: 'yes' })
    expect(await server.exited).toBe(1)
    const { stderr } = server.output()
    expect(stderr).toContain('RATE_LIMIT_PER_MINUTE must be a whole number from 0 to 1000000 (it is "lots")')
    expect(stderr).toContain('TRUST_PROXY must be off or the header your proxy sets')
    expect(stderr).not.toMatch(/^\s+at /m)
  })

  it('limits each client by its socket address, whatever X-Forwarded-For it sends', async () => {
    const server = startServer({ RATE_LIMIT_PER_MINUTE: '2' })
    const base = await server.address
    const statuses = []
    for (const forged of ['1.1.1.1', '2.2.2.2', '3.3.3.3']) statuses.push((await askOver(base, 'How long is a session?', { 'X-Forwarded-For': forged })).status)
    expect(statuses).toEqual([200, 200, 429])
  })
})
