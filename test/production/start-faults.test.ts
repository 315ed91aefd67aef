import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { occupyPort, spawnCompiled, type RunningServer } from './compiled-server.js'

// Each test starts a real server through tsx, which takes seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 })

const started: RunningServer[] = []
afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.stop()))
})

/** The server from source, as `npm run dev` runs it; the compiled one shares main.ts. */
function start(env: Record<string, string>, as: { uid?: number; gid?: number } = {}) {
  const server = spawnCompiled(process.cwd(), { INSIGHTS: 'off', WATCH_KNOWLEDGE: 'false', ...env }, 'server/main.ts', as)
  started.push(server)
  return server
}

/** The server's last word on stderr must be the one plain line, with no stack trace anywhere. */
async function refusal(server: RunningServer) {
  expect(await server.exited).toBe(1)
  const { stderr } = server.output()
  expect(stderr).not.toMatch(/^\s+at /m)
  return stderr.trim().split('\n').at(-1)
}

const NOBODY = { uid: 65_534, gid: 65_534 }
const firstUnprivilegedPort = Number(readFileSync('/proc/sys/net/ipv4/ip_unprivileged_port_start', 'utf8'))

describe('faults at start: one plain line and exit 1', () => {
  it('names a port another server holds, and what to do', async () => {
    const holder = await occupyPort()
    try {
      expect(await refusal(start({ PORT: String(holder.port) }))).toBe(`port ${holder.port} is in use: stop the other server or set PORT`)
    } finally {
      await holder.release()
    }
  })

  it.skipIf(firstUnprivilegedPort <= 1023)('names a port below 1024 that this user may not open', async () => {
    // Root may open any port, so as root the server runs as nobody, as a service account would.
    const server = start({ PORT: '1023' }, process.getuid?.() === 0 ? NOBODY : {})
    expect(await refusal(server)).toMatch(/^port 1023 needs permission this user lacks \(ports below 1024 do\): set PORT to 1024 or above/)
  })

  it('names a DATA_DIR it cannot write, when insights need it', async () => {
    // Root writes through any file mode, so as root the folder is on sysfs, which is read-only for everyone.
    const dataDir = process.getuid?.() === 0 ? '/sys/fs/clinic-faq-data' : '/proc/clinic-faq-data'
    expect(await refusal(start({ INSIGHTS: 'on', DATA_DIR: dataDir }))).toMatch(new RegExp(`^DATA_DIR ${dataDir} cannot be written \\(\\w+\\): `))
  })
})
