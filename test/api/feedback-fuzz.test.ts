import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ErrorResponseSchema } from '../../server/http/api-schema.js'
import type { Insights } from '../../server/insights/insights.js'
import { appWithInsights } from '../insights/app-insights.js'
import { useTempDataDirs } from '../insights/temp-data.js'

/** Whatever a vote carries, /api/feedback answers 204 or a 4xx in the API's error shape, and the store keeps working. */
const tempDataDir = useTempDataDirs()
let made: Awaited<ReturnType<typeof appWithInsights>>
let insights: Insights

beforeAll(async () => {
  made = await appWithInsights(tempDataDir())
  insights = made.insights
})
afterAll(() => insights.close())

const entryId = fc.oneof(fc.constantFrom('dosage', 'session-length', 'no-such-entry', '', '__proto__', 'constructor'), fc.string({ maxLength: 120 }))
const vote = fc.record(
  { entryId, helpful: fc.oneof(fc.boolean(), fc.anything({ maxDepth: 1 })), question: fc.oneof(fc.string({ maxLength: 700 }), fc.anything({ maxDepth: 2 })), lang: fc.anything({ maxDepth: 1 }) },
  { requiredKeys: [] },
)
const body = fc.oneof(
  { weight: 4, arbitrary: vote.map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6_000 }) },
)

describe('POST /api/feedback under arbitrary input', () => {
  it('answers any body with 204 or a 4xx in the error shape, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom('application/json', 'text/plain', ''), async (payload, type) => {
        const response = await made.app.request('/api/feedback', { method: 'POST', headers: type ? { 'Content-Type': type } : {}, body: payload })
        if (response.status === 204) return
        expect(response.status).toBeGreaterThanOrEqual(400)
        expect(response.status).toBeLessThan(500)
        ErrorResponseSchema.parse(await response.json())
      }),
      { numRuns: 1_000 },
    )
    await insights.flush()
    expect(insights.health()).toBe('ok')
  })
})
