import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * The real server, compiled (`dist/server/main.js`), in a process of its own, as in
 * production, so the benchmark's own work is never counted as the server's.
 * Knowledge is pinned (no file watching). The rate limiter runs, as in
 * production, with a limit no benchmark reaches, so load is never answered 429.
 * Insights are on, as by default, counting into a temporary folder rather than ./data.
 */
export const BENCH_SERVER_ENV = { WATCH_KNOWLEDGE: 'false', RATE_LIMIT_PER_MINUTE: '1000000', DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-data-')) }

export type ServerProcess = { origin: string; pid: number; stop: () => Promise<void> }

/** A port free right now: the origin is known before the server starts, without parsing what it prints. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export type SpawnedServer = {
  child: ChildProcess
  stop: () => Promise<void>
  /** Why the server is gone, with the end of what it printed to stderr; undefined while it runs. */
  exitReason: () => string | undefined
}

/** How the server is run: compiled by `npm run build` as production runs it, or from TypeScript through tsx as before issue 17. */
export type ServerEntry = 'compiled' | 'tsx'
const ENTRY_ARGS: Record<ServerEntry, string[]> = { compiled: ['dist/server/main.js'], tsx: ['--import', 'tsx', 'server/main.ts'] }

/** Starts the server; `env` adds to the benchmark's settings (a variant of how it starts, for instance). */
export function spawnServer(port: number, env: Record<string, string> = {}, entry: ServerEntry = 'compiled'): SpawnedServer {
  const child = spawn(process.execPath, ENTRY_ARGS[entry], {
    env: { ...process.env, ...BENCH_SERVER_ENV, ...env, PORT: String(port) },
    // Request lines are read and dropped, as a log shipper would; a full pipe would stall the server.
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stdout!.resume()
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2_000)))
  const exitReason = () =>
    child.exitCode === null && child.signalCode === null ? undefined : `the server exited (${child.signalCode ?? child.exitCode}):\n${stderr}`
  const stop = async () => {
    if (exitReason()) return
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    child.kill('SIGTERM')
    await gone
  }
  return { child, stop, exitReason }
}

/** Asks one question; true once the server answers it, false while it cannot be reached. */
export async function answersAQuestion(origin: string): Promise<boolean> {
  try {
    const response = await fetch(`${origin}/api/ask`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ question: 'How long does a session take?' }),
    })
    const body = (await response.json()) as { kind?: string }
    return response.ok && body.kind !== undefined
  } catch {
    return false
  }
}

const POLL_INTERVAL_MS = 2
const START_TIMEOUT_MS = 60_000

/** Polls until the server answers a question; resolves with the time it took from `since` (a performance.now()). */
export async function waitUntilAnswering(origin: string, server: SpawnedServer, since: number): Promise<number> {
  while (!(await answersAQuestion(origin))) {
    const reason = server.exitReason()
    if (reason) throw new Error(reason)
    if (performance.now() - since > START_TIMEOUT_MS) throw new Error(`the server at ${origin} answered no question within ${START_TIMEOUT_MS / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS))
  }
  return performance.now() - since
}

export async function startServer(env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const server = spawnServer(port, env)
  try {
    await waitUntilAnswering(origin, server, performance.now())
  } catch (error) {
    await server.stop()
    throw error
  }
  return { origin, pid: server.child.pid!, stop: server.stop }
}
