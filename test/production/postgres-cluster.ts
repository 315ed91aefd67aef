import { execFileSync, spawn, type SpawnOptions } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './compiled-server.js'
import { untilPrinted, type Service } from './service.js'

const DEBIAN_POSTGRES = '/usr/lib/postgresql'

// Debian's PostgreSQL binaries (/usr/lib/postgresql/N/bin), the newest major version installed; they are not on PATH.
function postgresBin(): string {
  const versions = existsSync(DEBIAN_POSTGRES) ? readdirSync(DEBIAN_POSTGRES).filter((name) => /^\d+$/.test(name)) : []
  const bins = versions.sort((a, b) => Number(b) - Number(a)).map((version) => join(DEBIAN_POSTGRES, version, 'bin'))
  const found = bins.find((bin) => existsSync(join(bin, 'postgres')))
  if (!found) throw new Error(`PostgreSQL is not installed (no ${DEBIAN_POSTGRES}/*/bin/postgres): apt-get install -y postgresql (.ci/run does)`)
  return found
}

/**
 * PostgreSQL refuses to run as root: as root, the cluster belongs to and runs
 * as the `postgres` user Debian's package creates; as anyone else, as that user.
 */
function runAs(): Pick<SpawnOptions, 'uid' | 'gid'> {
  if (process.getuid?.() !== 0) return {}
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim())
  return { uid: id('-u'), gid: id('-g') }
}

/**
 * A PostgreSQL cluster of the test's own, in a temporary folder, on a free
 * port of 127.0.0.1 (and its socket in that folder), with durability off since
 * nothing in it outlives the test. Never the machine's service.
 */
export async function startPostgres(): Promise<Service> {
  const bin = postgresBin()
  const user = runAs()
  const folder = mkdtempSync(join(tmpdir(), 'test-postgres-'))
  if (user.uid !== undefined) chownSync(folder, user.uid, user.gid!)
  const data = join(folder, 'data')
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' }
  execFileSync(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-locale', '-E', 'UTF8', '--no-sync'], { ...user, env, cwd: folder, stdio: 'pipe' })
  const port = await freePort()
  const settings = ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=50']
  const child = spawn(join(bin, 'postgres'), ['-D', data, '-p', String(port), '-h', '127.0.0.1', '-k', folder, ...settings], { ...user, env, cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] })
  return untilPrinted(child, /database system is ready to accept connections/, {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    // Fast shutdown: open connections are ended, as when a database server is stopped for maintenance.
    stopSignal: 'SIGINT',
    cleanUp: () => rmSync(folder, { recursive: true, force: true }),
  })
}
