import * as z from 'zod'

/**
 * The public contract of the answer API, shared by the server, the chat widget
 * (type-only imports, so no Zod reaches the browser bundle) and any other client.
 */

export const QUESTION_MAX_LENGTH = 500

/**
 * Control and format characters (NUL, bidi overrides, zero-width marks) and lone
 * surrogates carry no meaning in a question but can hide text or break the code
 * that handles it; line breaks and tabs become spaces so words stay apart.
 */
const INVISIBLE = /[\p{Cf}\p{Cs}\p{Co}]|(?![\t\n\v\f\r])\p{Cc}/gu
const LINE_BREAKS = /[\t\n\v\f\r\u2028\u2029]+/g

export const cleanQuestion = (text: string) => text.replace(INVISIBLE, '').replace(LINE_BREAKS, ' ')

/**
 * The visitor's language for the clinic's own texts, like "es" or "es-MX"
 * (issue 15). A preference, not a command: anything else is ignored and the
 * texts come in English.
 */
export const LanguageTagSchema = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/)
  .optional()
  .catch(undefined)

/** `GET /api/config?lang=es` */
export const ConfigQuerySchema = z.object({ lang: LanguageTagSchema })

export const AskRequestSchema = z.object({
  /** The widget's language; one that is malformed is ignored, never a reason to refuse a question. */
  lang: LanguageTagSchema.catch(undefined),
  question: z
    .string({ error: 'Send a "question" string.' })
    .transform(cleanQuestion)
    .pipe(
      z
        .string()
        .trim()
        .min(1, { error: 'The question is empty: type a question.' })
        .max(QUESTION_MAX_LENGTH, { error: `The question is too long: keep it under ${QUESTION_MAX_LENGTH} characters.` }),
    ),
})
export type AskRequest = z.infer<typeof AskRequestSchema>

export const SourceSchema = z.object({
  title: z.string(),
  /** The heading of the article section the answer comes from. */
  section: z.string(),
  url: z.string(),
})

export const AnswerSchema = z.object({
  id: z.string(),
  question: z.string(),
  text: z.string(),
  source: SourceSchema,
  score: z.number(),
})
export type Answer = z.infer<typeof AnswerSchema>

export const ResourceSchema = z.object({
  label: z.string(),
  phone: z.string().optional(),
  sms: z.string().optional(),
  /** What the text message starts with, such as the keyword a line asks for ("HOME"). */
  smsBody: z.string().optional(),
  url: z.string().optional(),
})
export type Resource = z.infer<typeof ResourceSchema>

/** A caring line and help lines shown above an answer or fallback whose message carries signs of distress. */
export const CheckInSchema = z.object({
  message: z.string(),
  resources: z.array(ResourceSchema),
})
export type CheckIn = z.infer<typeof CheckInSchema>

export const AskResponseSchema = z.object({
  kind: z.enum(['answer', 'fallback', 'crisis']),
  answers: z.array(AnswerSchema).max(3),
  message: z.string().optional(),
  resources: z.array(ResourceSchema).optional(),
  suggestions: z.array(z.string()).optional(),
  checkIn: CheckInSchema.optional(),
})
export type AskResponse = z.infer<typeof AskResponseSchema>

export const WidgetConfigSchema = z.object({
  clinicName: z.string(),
  greeting: z.string(),
  starterQuestions: z.array(z.string()),
  bookingUrl: z.string(),
  phone: z.string(),
  disclaimer: z.string(),
  /** Whether the chat shows "Was this helpful?": false when INSIGHTS=off. */
  feedback: z.boolean(),
})
export type WidgetConfig = z.infer<typeof WidgetConfigSchema>

export const ErrorCodeSchema = z.enum([
  'invalid_question',
  'malformed_json',
  'unsupported_media_type',
  'payload_too_large',
  'not_found',
  'forbidden_origin',
  'bad_host',
  'request_aborted',
  'rate_limited',
  'internal_error',
  // Issue 16: feedback votes and the staff API.
  'invalid_feedback',
  'invalid_request',
  'unauthorized',
  'phrasing_refused',
  'insights_unavailable',
])
export type ErrorCode = z.infer<typeof ErrorCodeSchema>

export const ErrorResponseSchema = z.object({
  error: z.object({ code: ErrorCodeSchema, message: z.string() }),
})
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>
