import { freePort, spawnServer, waitUntilAnswering, type ServerEntry } from './server-process.js'
import { median } from './stats.js'

/** One way the server can start. A prebuilt index (an env var, or a build step in `prepare`) is one more entry below. */
export type ColdStartVariant = { name: string; entry: ServerEntry; env?: Record<string, string>; prepare?: () => Promise<void> }

/** Before issue 17 the server ran through tsx; production now runs the compiled bundle. Both are measured, side by side. */
export const COLD_START_VARIANTS: ColdStartVariant[] = [
  { name: 'compiled, node dist/server/main.js', entry: 'compiled' },
  { name: 'from TypeScript through tsx (before issue 17)', entry: 'tsx' },
]

export type ColdStartFigures = { name: string; entry: ServerEntry; medianMs: number; fastestMs: number; runs: number }

const RUNS = 5

/**
 * Time from spawning the server to the first answered
 * POST /api/ask, polled every few milliseconds. One unmeasured start first, so
 * every measured one finds tsx's transform cache (for the tsx variant) and the files in the page
 * cache, as a restarted production server does.
 */
export async function measureColdStart(variant: ColdStartVariant): Promise<ColdStartFigures> {
  await variant.prepare?.()
  const times: number[] = []
  for (let run = 0; run <= RUNS; run++) {
    const port = await freePort()
    const since = performance.now()
    const server = spawnServer(port, variant.env, variant.entry)
    try {
      const elapsed = await waitUntilAnswering(`http://127.0.0.1:${port}`, server, since)
      if (run > 0) times.push(elapsed)
    } finally {
      await server.stop()
    }
  }
  return { name: variant.name, entry: variant.entry, medianMs: median(times), fastestMs: Math.min(...times), runs: times.length }
}
