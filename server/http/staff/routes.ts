import { zValidator } from '@hono/zod-validator'
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { secureHeaders } from 'hono/secure-headers'
import { answerQuestion } from '../../answer/answer.js'
import { InsightsUnavailable, type Insights } from '../../insights/insights.js'
import { countsCsv } from '../../insights/csv.js'
import { dayOf } from '../../insights/outcome.js'
import { summarise, summaryStart } from '../../insights/summary.js'
import type { KnowledgeStore } from '../../knowledge/store.js'
import { apiError, payloadTooLarge, requireJson } from '../errors.js'
import { strictPagePolicy } from '../policy-headers.js'
import { assetType, CONTENT_TYPES, DEFAULT_DIST_DIR, NOT_BUILT_MESSAGE, readBuilt } from '../widget/built-files.js'
import { staffAuth } from './auth.js'
import { addPhrasing } from './phrasing.js'
import { DismissRequestSchema, PhrasingRequestSchema, TryRequestSchema } from './schema.js'

export type StaffOptions = {
  token: string
  /** The knowledge folder "add as a phrasing" writes to. */
  knowledgeDir: string
  /** Loads the knowledge folder now, so a phrasing serves at once; live reload would pick it up anyway. */
  reload?: () => Promise<void>
}

export type StaffRouteOptions = StaffOptions & {
  knowledge: KnowledgeStore
  insights?: Insights | undefined
  clientOf: (c: Context) => string
  now?: () => number
  distDir?: string
}

/** The page may only talk to its own server and may not be framed by anyone: it shows visitors' questions. */
const STAFF_PAGE_HEADERS = secureHeaders({
  contentSecurityPolicy: strictPagePolicy(["'none'"]),
  xFrameOptions: 'DENY',
})

const STAFF_BODY_BYTES = 16 * 1024

const invalid = (result: { success: boolean; error?: { issues: ReadonlyArray<{ message: string }> } }, c: Context) => {
  if (!result.success) return apiError(c, 400, 'invalid_request', result.error?.issues[0]?.message ?? 'The request is not what this route takes.')
}

/**
 * The staff page and /api/staff/*. Mounted only when STAFF_TOKEN is set, so
 * without it /staff is an ordinary 404.
 */
export function staffRoutes(options: StaffRouteOptions) {
  const { knowledge, insights, knowledgeDir, reload, now = Date.now, distDir = DEFAULT_DIST_DIR } = options
  const app = new Hono()
  const today = () => dayOf(now())

  app.get('/staff', STAFF_PAGE_HEADERS, async (c) => {
    const page = await readBuilt(distDir, 'staff/index.html')
    if (page === null) return c.text(NOT_BUILT_MESSAGE, 503)
    return c.body(page, 200, { 'Content-Type': CONTENT_TYPES.html, 'Cache-Control': 'no-cache' })
  })
  app.get('/staff/assets/:name', STAFF_PAGE_HEADERS, async (c) => {
    const name = c.req.param('name')
    const type = assetType(name)
    const asset = type && (await readBuilt(distDir, `staff/assets/${name}`))
    if (!type || asset === null) return c.notFound()
    return c.body(asset, 200, { 'Content-Type': CONTENT_TYPES[type], 'Cache-Control': 'public, max-age=31536000, immutable' })
  })

  app.use('/api/staff/*', staffAuth({ token: options.token, clientOf: options.clientOf, now }))
  app.use('/api/staff/*', bodyLimit({ maxSize: STAFF_BODY_BYTES, onError: payloadTooLarge }))

  const readInsights = async <T>(c: Context, read: (insights: Insights) => Promise<T>, respond: (value: T) => Response) => {
    if (!insights) return apiError(c, 404, 'not_found', 'Insights are off (INSIGHTS=off): nothing is counted.')
    try {
      return respond(await read(insights))
    } catch (error) {
      if (!(error instanceof InsightsUnavailable)) throw error
      return apiError(c, 503, 'insights_unavailable', 'The insights database is not available just now; the server log says why.')
    }
  }

  app.get('/api/staff/summary', (c) =>
    readInsights(c, (store) => store.summaries(summaryStart(today())), (data) => c.json(summarise(data, knowledge.current(), today()))),
  )

  app.get('/api/staff/export.csv', (c) =>
    readInsights(c, (store) => store.summaries(summaryStart(today())), (data) =>
      c.body(countsCsv(data), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="insights-${today()}.csv"` }),
    ),
  )

  app.post('/api/staff/try', requireJson(), zValidator('json', TryRequestSchema, invalid), (c) => {
    const { response, trace } = answerQuestion(knowledge.current(), c.req.valid('json').question)
    return c.json({ response, ...(trace.referral ? { referral: trace.referral } : {}) })
  })

  app.post('/api/staff/phrasings', requireJson(), zValidator('json', PhrasingRequestSchema, invalid), async (c) => {
    const { entryId, phrasing } = c.req.valid('json')
    const result = await addPhrasing(knowledgeDir, entryId, phrasing, new Date(now()))
    if (!result.added) return apiError(c, 422, 'phrasing_refused', result.problems.join('\n'))
    await reload?.()
    return c.json(result, 201)
  })

  app.post('/api/staff/dismiss', requireJson(), zValidator('json', DismissRequestSchema, invalid), (c) =>
    readInsights(c, (store) => store.dismiss(c.req.valid('json').texts), () => c.body(null, 204)),
  )

  return app
}
