import * as z from 'zod'
import { cleanQuestion, QUESTION_MAX_LENGTH } from './api-schema.js'

/** Entry ids as the knowledge folder allows them (kebab-case file names). */
export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * `POST /api/feedback`: a visitor's vote on one answer. A not-helpful vote
 * carries the question it answered, so staff can see what was misunderstood;
 * shared with the chat widget as a type.
 */
export const FeedbackRequestSchema = z.object({
  entryId: z.string({ error: 'Send the "entryId" of the answer.' }).max(100).regex(ENTRY_ID, { error: 'The "entryId" is not an answer id.' }),
  helpful: z.boolean({ error: 'Send "helpful": true or false.' }),
  question: z
    .string()
    .transform(cleanQuestion)
    .pipe(z.string().trim().max(QUESTION_MAX_LENGTH, { error: `The question is too long: keep it under ${QUESTION_MAX_LENGTH} characters.` }))
    .optional(),
  lang: z.enum(['en', 'es']).optional().catch(undefined),
})
