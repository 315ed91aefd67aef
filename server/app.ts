import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { cors } from 'hono/cors'
import { secureHeaders } from 'hono/secure-headers'
import * as z from 'zod'
import { answerVisitor } from './answer/answer.js'
import { normalise } from './answer/normalise.js'
import { assessSafety } from './answer/safety-assessment.js'
import { AskRequestSchema, ConfigQuerySchema, type AskResponse, type WidgetConfig } from './http/api-schema.js'
import { ARTICLE_STYLE_SOURCE, renderArticlePage } from './http/article-page.js'
import { clientKey, type TrustProxy } from './http/client-address.js'
import { feedbackRoute } from './http/feedback.js'
import { apiError, errorHandler, notFound, payloadTooLarge, requireJson } from './http/errors.js'
import { allowedOriginsOnly } from './http/origin-guard.js'
import { policyHeaders } from './http/policy-headers.js'
import { createRateLimiter, rateLimited, type SharedLimits } from './http/rate-limit.js'
import { requestLog } from './http/request-log.js'
import { staffRoutes, type StaffOptions } from './http/staff/routes.js'
import { widgetAssets } from './http/widget/widget-assets.js'
import { clinicIn, clinicLanguage } from './knowledge/clinic-languages.js'
import type { Insights } from './insights/insights.js'
import type { KnowledgeStore } from './knowledge/store.js'

export type AppOptions = {
  knowledge: KnowledgeStore
  /** Origins allowed to call the API from a browser; '*' for any. */
  allowedOrigins?: string[] | '*'
  /** Public address of this server, for absolute source links; without it links are server-relative. */
  publicUrl?: string
  /** Where request lines go (method, route, status, time: never what visitors type); null to silence. */
  log?: ((line: string) => void) | null
  /** Questions one client may ask per minute; 0 for no limit. */
  rateLimitPerMinute?: number
  /** Where limits are kept when several instances share them (REDIS_URL); absent, each process keeps its own in memory. */
  sharedLimits?: SharedLimits
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

/** The safety assessment alone (rules, disclosures, risk model): what decides whether a question over the rate limit is answered anyway, since its reply carries the help lines. */
/** The widget languages insights count by; any other tag is counted as unknown. */
const widgetLanguage = (tag: string | undefined) => (tag && /^(?:en|es)(?:-|$)/i.test(tag) ? tag.slice(0, 2).toLowerCase() : 'unknown')

const needsHelpLines = (question: string) => {
  const { kind } = assessSafety(normalise(question))
  return kind === 'crisis' || kind === 'check-in'
}

export function createApp(options: AppOptions) {
  const { knowledge, allowedOrigins, publicUrl, log, rateLimitPerMinute, sharedLimits, trustProxy, insights, staff } = { ...DEFAULTS, ...options }
  const writeLog = log ?? (() => {})
  const app = new Hono()

  if (log) app.use(requestLog(log))
  app.use(policyHeaders(publicUrl))
  // Safe defaults on every response, 404s included; a route's own headers win. No X-Frame-Options
  // here, since the chat must be framed by clinics: pages say who may frame them in their CSP.
  app.use(secureHeaders({ overwrite: false, xFrameOptions: false }))
  app.onError(errorHandler(writeLog))
  app.notFound(notFound)
  // The request's URL is built from its Host header; a host the URL parser rejects ("xn--")
  // made every later use of it throw and answer 500 (issue 14). It is the client's mistake: 400.
  app.use(async (c, next) => {
    if (!URL.canParse(c.req.url)) return apiError(c, 400, 'bad_host', 'The Host header is not a valid host name.')
    await next()
  })

  // Browsers cache the preflight for 10 minutes, so a visitor's questions cost one request each.
  app.use('/api/*', cors({ origin: allowedOrigins, allowMethods: ['GET', 'POST'], allowHeaders: ['Content-Type'], maxAge: 600 }))
  app.use('/api/*', secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }))
  app.use('/api/*', async (c, next) => {
    await next()
    c.header('Cache-Control', 'no-store')
  })

  const limiterFor = (name: 'ask' | 'vote') =>
    rateLimitPerMinute === 0 ? undefined : sharedLimits ? sharedLimits.limiter(name, rateLimitPerMinute) : createRateLimiter({ perMinute: rateLimitPerMinute })
  const limiter = limiterFor('ask')
  // Votes have a budget of their own, so rating answers never costs a visitor a question.
  const voteLimiter = limiterFor('vote')
  app.post(
    '/api/ask',
    // Before the body is read, so another site's page cannot make a visitor's browser spend anything.
    allowedOriginsOnly(allowedOrigins, publicUrl),
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: payloadTooLarge }),
    requireJson(),
    zValidator('json', AskRequestSchema, (result, c) => {
      if (!result.success) {
        const message = result.error.issues[0]?.message ?? 'Send {"question": "..."}.'
        return apiError(c, 400, 'invalid_question', message.startsWith('Invalid input') ? 'Send {"question": "..."}.' : message)
      }
    }),
    async (c) => {
      const { question, lang } = c.req.valid('json')
      // Only a question that could be answered is counted (issue 14): a flood of 415s and 400s
      // from another site's page must not use up the visitor's own questions.
      const decision = await limiter?.take(clientKey(c, trustProxy))
      // A 429 must never stand between a person in crisis and 988; the assessment costs microseconds.
      if (decision && !decision.allowed && !needsHelpLines(question)) return rateLimited(c, decision.retryAfterSeconds)
      // The visitor's own words decide the language of the answer and the clinic's texts; the page's language only when they are unsure (issue 18).
      const { response, trace } = answerVisitor(knowledge.current(), question, lang)
      // Only queued here: the write happens after the reply has gone.
      insights?.noteAnswer({ text: question, response, referral: trace.referral, language: widgetLanguage(lang), knowledgeVersion: knowledge.status().version })
      // Links are absolute only from PUBLIC_URL, never from the request's Host header, which
      // anyone can set (issue 14); otherwise they stay server-relative and the chat, served
      // from this server, resolves them against its own origin.
      if (!publicUrl) return c.json<AskResponse>(response)
      return c.json<AskResponse>({
        ...response,
        answers: response.answers.map((answer) => ({ ...answer, source: { ...answer.source, url: new URL(answer.source.url, publicUrl).href } })),
      })
    },
  )

  app.get('/api/config', zValidator('query', ConfigQuerySchema), (c) => {
    const english = knowledge.current().knowledge.clinic
    const clinic = clinicIn(english, clinicLanguage(english, c.req.valid('query').lang))
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

  // Public, so only what a monitor needs: a reload problem can quote file contents and paths,
  // and stays in the log (issue 14) until a staff page can show it behind its token.
  app.get('/healthz', (c) => {
    const { version, entries, lastReloadError, watchError } = knowledge.status()
    // 200 either way, since answers are served; "degraded" lets an uptime monitor alert on a refused
    // edit, a blind watcher, or insights that stopped counting.
    const insightsHealth = insights?.health() ?? 'off'
    // "memory" when each instance limits on its own; "degraded" while the shared store is down and nothing is limited.
    const rateLimit = sharedLimits?.health() ?? 'memory'
    const degraded = lastReloadError || watchError || insightsHealth === 'degraded' || rateLimit === 'degraded'
    return c.json({ status: degraded ? 'degraded' : 'ok', version, entries, insights: insightsHealth, rateLimit })
  })

  // English articles at /articles/<slug>, Spanish ones at /articles/es/<slug> (issue 18), where Spanish answers link.
  app.on(
    'GET',
    ['/articles/:slug', '/articles/es/:slug'],
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], styleSrc: [ARTICLE_STYLE_SOURCE], baseUri: ["'none'"], formAction: ["'none'"], frameAncestors: ["'none'"] },
    }),
    zValidator('param', ArticleParamSchema, (result, c) => {
      if (!result.success) return c.notFound()
    }),
    (c) => {
      const { knowledge: current } = knowledge.current()
      const spanish = c.req.path.startsWith('/articles/es/')
      const articles = spanish ? (current.es?.articles ?? []) : current.articles
      // The validator above has refused any slug that is not one; both paths name it "slug".
      const article = articles.find((candidate) => candidate.slug === c.req.param('slug'))
      if (!article) return c.notFound()
      c.header('Cache-Control', 'public, max-age=300')
      return c.html(renderArticlePage(article, clinicIn(current.clinic, spanish ? clinicLanguage(current.clinic, 'es') : null), spanish ? 'es' : 'en'))
    },
  )

  if (insights) {
    app.route('/', feedbackRoute({ knowledge, insights, guard: allowedOriginsOnly(allowedOrigins, publicUrl), take: (c) => voteLimiter?.take(clientKey(c, trustProxy)) }))
  }
  if (staff) app.route('/', staffRoutes({ ...staff, knowledge, insights, clientOf: (c) => clientKey(c, trustProxy) }))
  app.route('/', widgetAssets({ allowedOrigins, ...(publicUrl ? { publicUrl } : {}) }))

  return app
}
