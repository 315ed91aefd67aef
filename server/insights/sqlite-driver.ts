import { createRequire } from 'node:module'

/**
 * The part of SQLite the insights store uses, from Node's own `node:sqlite`
 * where the runtime has it (Node 22.13 and later, so every current LTS), and
 * from better-sqlite3 on Node 20. better-sqlite3 12 aborts the process on
 * Node 24.19 and later when the garbage collector frees a statement
 * (WiseLibs/better-sqlite3#1515, closed without a fix for 12), and 13, which
 * fixes it, does not run on Node 20; Node's own module has neither problem.
 */
export type SqliteStatement = {
  run(...parameters: unknown[]): { changes: number | bigint }
  all(...parameters: unknown[]): unknown[]
}

export type SqliteDatabase = {
  exec(sql: string): void
  prepare(sql: string): SqliteStatement
  /** Runs `work` in one transaction: all of it is written, or none. */
  inTransaction<Args extends unknown[]>(work: (...args: Args) => void): (...args: Args) => void
  /** A pragma's single value, like `journal_mode`. */
  pragma(name: string): unknown
  close(): void
}

type NodeSqlite = {
  DatabaseSync: new (path: string, options?: { readOnly?: boolean }) => {
    exec(sql: string): void
    prepare(sql: string): SqliteStatement & { setAllowUnknownNamedParameters(allow: boolean): void }
    close(): void
  }
}

type BetterSqlite = new (path: string, options?: { readonly?: boolean }) => {
  exec(sql: string): void
  prepare(sql: string): SqliteStatement
  transaction<Args extends unknown[]>(work: (...args: Args) => void): (...args: Args) => void
  pragma(source: string, options: { simple: true }): unknown
  close(): void
}

export function openSqlite(path: string, options: { readOnly?: boolean } = {}): SqliteDatabase {
  const nodeSqlite = process.getBuiltinModule?.('node:sqlite') as NodeSqlite | undefined
  return nodeSqlite ? openWithNode(nodeSqlite, path, options) : openWithBetterSqlite(path, options)
}

/** SQLite's primary result codes by number, so errors name their cause as better-sqlite3's do ("SQLITE_NOTADB"). */
const RESULT_CODES: Record<number, string> = { 1: 'ERROR', 5: 'BUSY', 6: 'LOCKED', 8: 'READONLY', 10: 'IOERR', 11: 'CORRUPT', 13: 'FULL', 14: 'CANTOPEN', 19: 'CONSTRAINT', 26: 'NOTADB' }

function named<T>(work: () => T): T {
  try {
    return work()
  } catch (error) {
    const errcode = (error as { errcode?: unknown }).errcode
    if (typeof errcode !== 'number') throw error
    throw Object.assign(new Error((error as Error).message, { cause: error }), { code: `SQLITE_${RESULT_CODES[errcode & 0xff] ?? errcode}` })
  }
}

function openWithNode({ DatabaseSync }: NodeSqlite, path: string, { readOnly = false }: { readOnly?: boolean }): SqliteDatabase {
  const db = named(() => new DatabaseSync(path, { readOnly }))
  const plain = (row: unknown) => ({ ...(row as object) })
  return {
    exec: (sql) => named(() => db.exec(sql)),
    prepare: (sql) => {
      const statement = named(() => db.prepare(sql))
      // As better-sqlite3 does: a record may carry more fields than the statement names.
      statement.setAllowUnknownNamedParameters(true)
      return {
        run: (...parameters) => named(() => statement.run(...parameters)),
        all: (...parameters) => named(() => statement.all(...parameters).map(plain)),
      }
    },
    inTransaction:
      (work) =>
      (...args) => {
        db.exec('BEGIN')
        try {
          work(...args)
          db.exec('COMMIT')
        } catch (error) {
          db.exec('ROLLBACK')
          throw error
        }
      },
    pragma: (name) => Object.values(named(() => db.prepare(`PRAGMA ${name}`).all())[0] ?? {})[0],
    close: () => db.close(),
  }
}

function openWithBetterSqlite(path: string, { readOnly = false }: { readOnly?: boolean }): SqliteDatabase {
  const Database = createRequire(import.meta.url)('better-sqlite3') as BetterSqlite
  const db = new Database(path, { readonly: readOnly })
  return {
    exec: (sql) => db.exec(sql),
    prepare: (sql) => db.prepare(sql),
    inTransaction: (work) => db.transaction(work),
    pragma: (name) => db.pragma(name, { simple: true }),
    close: () => db.close(),
  }
}
