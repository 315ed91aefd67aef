import { freePort, spawnServer, waitUntilAnswering } from './server-process.js'
import { median } from './stats.js'

/** One way the server can start. A prebuilt index (an env var, or a build step in `prepare`) is one more entry below. */
export type ColdStartVariant = { name: string; env?: Record<string, string>; prepare?: () => Promise<void> }

export const COLD_START_VARIANTS: ColdStartVariant[] = [{ name: 'index built at start' }]

export type ColdStartFigures = { name: string; medianMs: number; fastestMs: number; runs: number }

const RUNS = 5

/**
 * Time from spawning `node --import tsx server/main.ts` to the first answered
 * POST /api/ask, polled every few milliseconds. One unmeasured start first, so
 * every measured one finds tsx's transform cache and the files in the page
 * cache, as a restarted production server does.
 */
export async function measureColdStart(variant: ColdStartVariant): Promise<ColdStartFigures> {
  await variant.prepare?.()
  const times: number[] = []
  for (let run = 0; run <= RUNS; run++) {
    const port = await freePort()
    const since = performance.now()
    const server = spawnServer(port, variant.env)
    try {
      const elapsed = await waitUntilAnswering(`http://127.0.0.1:${port}`, server, since)
      if (run > 0) times.push(elapsed)
    } finally {
      await server.stop()
    }
  }
  return { name: variant.name, medianMs: median(times), fastestMs: Math.min(...times), runs: times.length }
}
