import { describe, expect, it } from 'vitest'
import { runSoak } from '../soak/soak.js'

describe('a short soak of the real server', () => {
  it('answers every one of a few hundred mixed requests, good, bad and abandoned, without a 5xx, and a visitor through another site’s flood', async () => {
    const report = await runSoak({ requests: 500, concurrency: 8 })
    expect(report.serverErrors).toBe(0)
    expect(report.noReply).toBe(0)
    for (const status of ['200', '204', '400', '404', '413', '415', '429']) expect(report.byStatus[status]).toBeGreaterThan(0)
    // Another site's no-cors flood on the visitor's address (issue 14): refused at no cost to the visitor.
    expect(Object.keys(report.flood.byStatus)).toEqual(['415'])
    expect(report.flood.visitorAnswered).toBe(report.flood.visitorAsked)
    expect(report.flood.crisisWhileLimited).toBe(true)
  }, 60_000)
})
