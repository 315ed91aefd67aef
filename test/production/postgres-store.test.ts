import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { openPostgresStore } from '../../server/insights/postgres.js'
import { insightsStoreContract } from '../insights/store-contract.js'
import { freePort, spawnCompiled } from './compiled-server.js'
import { startPostgres } from './postgres-cluster.js'
import type { Service } from './service.js'

vi.setConfig({ testTimeout: 60_000 })

let cluster: Service
beforeAll(async () => {
  cluster = await startPostgres()
})
afterAll(async () => {
  await cluster.stop()
})

/** A database of its own per test, in the one cluster: creating one takes milliseconds, a cluster seconds. */
let databases = 0
async function freshDatabase(): Promise<string> {
  const name = `insights_${++databases}`
  const admin = new pg.Client(cluster.url)
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  return cluster.url.replace(/\/postgres$/, `/${name}`)
}

insightsStoreContract('PostgreSQL', async () => {
  const url = await freshDatabase()
  return { open: () => openPostgresStore(url) }
})

describe('PostgreSQL insights store', () => {
  it('applies each migration once, even when two instances start together', async () => {
    const url = await freshDatabase()
    const stores = await Promise.all([openPostgresStore(url), openPostgresStore(url), openPostgresStore(url)])
    stores.forEach((store) => store.close())
    const client = new pg.Client(url)
    await client.connect()
    const { rows } = await client.query('SELECT version, name FROM schema_migrations ORDER BY version')
    expect(rows).toEqual([{ version: 1, name: '0001-counts-and-texts.sql' }])
    await client.end()
  })

  it('has no column for an address, user agent, request id or time of day, nor a serial id that orders questions', async () => {
    const url = await freshDatabase()
    ;(await openPostgresStore(url)).close()
    const client = new pg.Client(url)
    await client.connect()
    const { rows } = await client.query<{ table_name: string; column_name: string; column_default: string | null }>(
      `SELECT table_name, column_name, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'schema_migrations'`,
    )
    await client.end()
    expect(rows.length).toBeGreaterThan(10)
    for (const { column_name, column_default } of rows) {
      expect(column_name).not.toMatch(/\b(ip|address|agent|session|request|conversation|time|created|id)\b/i)
      expect(column_default ?? '').not.toMatch(/nextval/)
    }
  })

  it('refuses to open when the database cannot be reached, naming the error', async () => {
    await expect(openPostgresStore(`postgres://postgres@127.0.0.1:${await freePort()}/postgres`)).rejects.toMatchObject({ code: 'ECONNREFUSED' })
  })

  it('starts a server degraded, saying so once, when DATABASE_URL cannot be reached, and answers', async () => {
    const env = { DATABASE_URL: `postgres://faq:secret-password@127.0.0.1:${await freePort()}/faq`, WATCH_KNOWLEDGE: 'false', PORT: '0' }
    const server = spawnCompiled(process.cwd(), env, 'server/main.ts')
    try {
      const base = await server.address
      const reply = await fetch(`${base}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question: 'How long is a session?' }) })
      expect(reply.status).toBe(200)
      expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({ status: 'degraded', insights: 'degraded' })
      const { stdout, stderr } = server.output()
      expect(stdout.match(/^insights: could not open the database \(ECONNREFUSED\)/gm)).toHaveLength(1)
      expect(stdout + stderr).not.toContain('secret-password')
    } finally {
      await server.stop()
    }
  })
})
