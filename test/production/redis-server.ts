import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './compiled-server.js'
import { untilPrinted, type Service } from './service.js'

const REDIS_SERVER = '/usr/bin/redis-server'

/**
 * A Redis of the test's own: a free port on 127.0.0.1, a temporary folder, no
 * snapshots, stopped and removed afterwards. Never the machine's service.
 */
export async function startRedis(): Promise<Service> {
  if (!existsSync(REDIS_SERVER)) throw new Error(`${REDIS_SERVER} is missing: apt-get install -y redis-server (.ci/run does)`)
  const port = await freePort()
  const folder = mkdtempSync(join(tmpdir(), 'test-redis-'))
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--dir', folder, '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] })
  return untilPrinted(child, /Ready to accept connections/, { url: `redis://127.0.0.1:${port}`, port, stopSignal: 'SIGTERM', cleanUp: () => rmSync(folder, { recursive: true, force: true }) })
}
