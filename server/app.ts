import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { cors } from 'hono/cors'
import { secureHeaders } from 'hono/secure-headers'
import { z } from 'zod'
import { answerQuestion } from './answer/answer.js'
import { AskRequestSchema, type AskResponse, type WidgetConfig } from './http/api-schema.js'
import { renderArticlePage } from './http/article-page.js'
import { clientKey, type TrustProxy } from './http/client-address.js'
import { feedbackRoute } from './http/feedback.js'
import { apiError, errorHandler, notFound, payloadTooLarge, requireJson } from './http/errors.js'
import { createRateLimiter, rateLimit } from './http/rate-limit.js'
import { requestLog } from './http/request-log.js'
import { staffRoutes, type StaffOptions } from './http/staff/routes.js'
import { widgetAssets } from './http/widget/widget-assets.js'
import type { Insights } from './insights/insights.js'
import type { KnowledgeStore } from './knowledge/store.js'

export type AppOptions = {
  knowledge: KnowledgeStore
  /** Origins allowed to call the API from a browser; '*' for any. */
  allowedOrigins?: string[] | '*'
  /** Public address of this server, for absolute source links; by default the request's own origin. */
  publicUrl?: string
  /** Where request lines go (method, route, status, time: never what visitors type); null to silence. */
  log?: ((line: string) => void) | null
  /** Questions one client may ask per minute; 0 for no limit. */
  rateLimitPerMinute?: number
  /** Which proxy header names the client, when the server is behind one; 'off' to use the socket's address. */
  trustProxy?: TrustProxy
  /** Counts outcomes and votes for staff; absent when INSIGHTS=off, which also hides the chat's feedback buttons. */
  insights?: Insights
  /** The staff page and /api/staff/*; absent unless STAFF_TOKEN is set, so /staff is a 404. */
  staff?: StaffOptions
}

const DEFAULTS = { allowedOrigins: '*', log: console.log, rateLimitPerMinute: 30, trustProxy: 'off' } as const

/** Article names as the knowledge folder allows them; anything else is not an article. */
const ArticleParamSchema = z.object({ slug: z.string().max(100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/) })

/** A JSON body holds one question of at most 500 characters; a few KB leave room for escapes. */
const MAX_BODY_BYTES = 4 * 1024

export function createApp(options: AppOptions) {
  const { knowledge, allowedOrigins, publicUrl, log, rateLimitPerMinute, trustProxy, insights, staff } = { ...DEFAULTS, ...options }
  const writeLog = log ?? (() => {})
  const app = new Hono()

  if (log) app.use(requestLog(log))
  // Safe defaults on every response, 404s included; a route's own headers win. No X-Frame-Options
  // here, since the chat must be framed by clinics: pages say who may frame them in their CSP.
  app.use(secureHeaders({ overwrite: false, xFrameOptions: false }))
  app.onError(errorHandler(writeLog))
  app.notFound(notFound)

  // Browsers cache the preflight for 10 minutes, so a visitor's questions cost one request each.
  app.use('/api/*', cors({ origin: allowedOrigins, allowMethods: ['GET', 'POST'], allowHeaders: ['Content-Type'], maxAge: 600 }))
  app.use('/api/*', secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }))
  app.use('/api/*', async (c, next) => {
    await next()
    c.header('Cache-Control', 'no-store')
  })

  // After CORS, so a browser's preflight costs a visitor nothing.
  if (rateLimitPerMinute > 0) {
    app.use('/api/ask', rateLimit(createRateLimiter({ perMinute: rateLimitPerMinute }), (c) => clientKey(c, trustProxy)))
    // Votes have a budget of their own, so rating answers never costs a visitor a question.
    app.use('/api/feedback', rateLimit(createRateLimiter({ perMinute: rateLimitPerMinute }), (c) => clientKey(c, trustProxy)))
  }
  app.post(
    '/api/ask',
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: payloadTooLarge }),
    requireJson(),
    zValidator('json', AskRequestSchema, (result, c) => {
      if (!result.success) {
        const message = result.error.issues[0]?.message ?? 'Send {"question": "..."}.'
        return apiError(c, 400, 'invalid_question', message.startsWith('Invalid input') ? 'Send {"question": "..."}.' : message)
      }
    }),
    (c) => {
      const { question, lang } = c.req.valid('json')
      const { response, trace } = answerQuestion(knowledge.current(), question)
      // Only queued here: the write happens after the reply has gone.
      insights?.noteAnswer({ text: question, response, referral: trace.referral, language: lang ?? 'unknown', knowledgeVersion: knowledge.status().version })
      const origin = publicUrl ?? new URL(c.req.url).origin
      return c.json<AskResponse>({
        ...response,
        answers: response.answers.map((answer) => ({ ...answer, source: { ...answer.source, url: new URL(answer.source.url, origin).href } })),
      })
    },
  )

  app.get('/api/config', (c) => {
    const { clinic } = knowledge.current().knowledge
    return c.json<WidgetConfig>({
      clinicName: clinic.name,
      greeting: clinic.greeting,
      starterQuestions: clinic.starter_questions,
      bookingUrl: clinic.booking_url,
      phone: clinic.phone,
      disclaimer: clinic.disclaimer,
      feedback: insights !== undefined,
    })
  })

  app.get('/healthz', (c) => {
    const status = knowledge.status()
    // Answering goes on without insights; "degraded" tells the operator counting has stopped.
    const insightsHealth = insights?.health() ?? 'off'
    return c.json({ status: insightsHealth === 'degraded' ? 'degraded' : 'ok', ...status, insights: insightsHealth })
  })

  app.get(
    '/articles/:slug',
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], styleSrc: ["'unsafe-inline'"], baseUri: ["'none'"], formAction: ["'none'"], frameAncestors: ["'none'"] },
    }),
    zValidator('param', ArticleParamSchema, (result, c) => {
      if (!result.success) return c.notFound()
    }),
    (c) => {
      const { articles, clinic } = knowledge.current().knowledge
      const article = articles.find((candidate) => candidate.slug === c.req.valid('param').slug)
      if (!article) return c.notFound()
      c.header('Cache-Control', 'public, max-age=300')
      return c.html(renderArticlePage(article, clinic))
    },
  )

  if (insights) app.route('/', feedbackRoute({ knowledge, insights }))
  if (staff) app.route('/', staffRoutes({ ...staff, knowledge, insights, clientOf: (c) => clientKey(c, trustProxy) }))
  app.route('/', widgetAssets({ allowedOrigins }))

  return app
}
