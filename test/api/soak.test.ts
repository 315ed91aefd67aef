import { describe, expect, it } from 'vitest'
import { runSoak } from '../soak/soak.js'

describe('a short soak of the real server', () => {
  it('answers every one of a few hundred mixed requests, good, bad and abandoned, without a 5xx', async () => {
    const report = await runSoak({ requests: 500, concurrency: 8 })
    expect(report.serverErrors).toBe(0)
    expect(report.noReply).toBe(0)
    for (const status of ['200', '204', '400', '404', '413', '415', '429']) expect(report.byStatus[status]).toBeGreaterThan(0)
  }, 60_000)
})
