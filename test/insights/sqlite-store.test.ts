import { createRequire } from 'node:module'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE, openSqliteStore, readMigrations } from '../../server/insights/sqlite.js'
import { openSqlite } from '../../server/insights/sqlite-driver.js'
import { insightsStoreContract } from './store-contract.js'
import { useTempDataDirs } from './temp-data.js'

const tempDataDir = useTempDataDirs()

insightsStoreContract('SQLite', async () => {
  const dataDir = tempDataDir()
  return { open: () => openSqliteStore(dataDir) }
})

describe('SQLite insights store', () => {
  it('creates the database on first start, in WAL mode, with every migration applied', () => {
    const dataDir = join(tempDataDir(), 'not-yet-there')
    openSqliteStore(dataDir).close()
    const db = openSqlite(join(dataDir, DATABASE_FILE), { readOnly: true })
    expect(db.pragma('journal_mode')).toBe('wal')
    expect(db.pragma('user_version')).toBe(readMigrations().at(-1)!.version)
    db.close()
  })

  it('has no column for an address, user agent, request id or time of day, nor a row id that orders questions', () => {
    const dataDir = tempDataDir()
    openSqliteStore(dataDir).close()
    const db = openSqlite(join(dataDir, DATABASE_FILE), { readOnly: true })
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string; sql: string }>
    for (const { sql } of tables) {
      expect(sql).toMatch(/WITHOUT ROWID/)
      expect(sql).not.toMatch(/\b(ip|address|agent|session|request|conversation|time|created)\w*\b/i)
    }
    db.close()
  })

  it('refuses a file that is not a database, naming the error', () => {
    const dataDir = tempDataDir()
    writeFileSync(join(dataDir, DATABASE_FILE), 'this is not a database, just some text that is long enough to look like a header')
    expect(() => openSqliteStore(dataDir)).toThrow(expect.objectContaining({ code: 'SQLITE_NOTADB' }))
  })
})

describe('the SQLite driver', () => {
  it('uses Node’s own node:sqlite where the runtime has it, so no native addon is loaded on current LTS', () => {
    const hasNodeSqlite = process.getBuiltinModule?.('node:sqlite') !== undefined
    const db = openSqlite(':memory:')
    db.close()
    expect(createRequire(import.meta.url).cache[createRequire(import.meta.url).resolve('better-sqlite3')] !== undefined).toBe(!hasNodeSqlite)
  })
})
