import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { answerQuestion } from '../answer/answer.js'
import type { Insights } from '../insights/insights.js'
import type { KnowledgeStore } from '../knowledge/store.js'
import { apiError, payloadTooLarge, requireJson } from './errors.js'
import { FeedbackRequestSchema } from './feedback-schema.js'

const MAX_BODY_BYTES = 4 * 1024

/**
 * `POST /api/feedback`: a visitor's "Was this helpful?" vote, answered 204.
 * Validation, body limit and error shape are /api/ask's; app.ts gives it the
 * same CORS and rate limit.
 */
export function feedbackRoute({ knowledge, insights }: { knowledge: KnowledgeStore; insights: Insights }) {
  const app = new Hono()
  app.post(
    '/api/feedback',
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: payloadTooLarge }),
    requireJson(),
    zValidator('json', FeedbackRequestSchema, (result, c) => {
      if (!result.success) {
        const message = result.error.issues[0]?.message ?? ''
        return apiError(c, 400, 'invalid_feedback', message.startsWith('Invalid input') || !message ? 'Send {"entryId": "...", "helpful": true or false}.' : message)
      }
    }),
    (c) => {
      const { entryId, helpful, question, lang } = c.req.valid('json')
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
