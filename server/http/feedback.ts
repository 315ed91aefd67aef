import { zValidator } from '@hono/zod-validator'
import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { answerQuestion } from '../answer/answer.js'
import type { Insights } from '../insights/insights.js'
import type { KnowledgeStore } from '../knowledge/store.js'
import { apiError, payloadTooLarge, requireJson } from './errors.js'
import { FeedbackRequestSchema } from './feedback-schema.js'
import { rateLimited, type RateDecision } from './rate-limit.js'

const MAX_BODY_BYTES = 4 * 1024

type FeedbackOptions = {
  knowledge: KnowledgeStore
  insights: Insights
  /** Refuses browsers on sites not allowed to call the API. */
  guard: MiddlewareHandler
  /** Spends one of the client's votes; undefined when votes are not limited. */
  take: (c: Context) => RateDecision | Promise<RateDecision> | undefined
}

/**
 * `POST /api/feedback`: a visitor's "Was this helpful?" vote, answered 204.
 * Validation, body limit and error shape are /api/ask's; app.ts gives it the
 * same CORS, origin guard and rate limit, with a budget of its own.
 */
export function feedbackRoute({ knowledge, insights, guard, take }: FeedbackOptions) {
  const app = new Hono()
  app.post(
    '/api/feedback',
    // Before the body is read, and charged only once the vote is valid, as /api/ask (issue 14).
    guard,
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: payloadTooLarge }),
    requireJson(),
    zValidator('json', FeedbackRequestSchema, (result, c) => {
      if (!result.success) {
        const message = result.error.issues[0]?.message ?? ''
        return apiError(c, 400, 'invalid_feedback', message.startsWith('Invalid input') || !message ? 'Send {"entryId": "...", "helpful": true or false}.' : message)
      }
    }),
    async (c) => {
      const { entryId, helpful, question, lang } = c.req.valid('json')
      const decision = await take(c)
      if (decision && !decision.allowed) return rateLimited(c, decision.retryAfterSeconds)
      const prepared = knowledge.current()
      if (!prepared.entries.has(entryId)) return apiError(c, 400, 'invalid_feedback', `There is no answer "${entryId}" to rate.`)
      // A question that reads as a crisis or a check-in is never stored, whichever route it comes by.
      const sensitive = question ? isSensitive(answerQuestion(prepared, question).response) : false
      insights.noteVote({ entryId, helpful, question: sensitive ? undefined : question, language: lang ?? 'unknown', knowledgeVersion: knowledge.status().version })
      return c.body(null, 204)
    },
  )
  return app
}

const isSensitive = (response: { kind: string; checkIn?: unknown }) => response.kind === 'crisis' || Boolean(response.checkIn)
