import type { AskResponse, WidgetConfig } from '../../server/http/api-schema.js'
import type { Language } from '../i18n/language.js'
import { isAskResponse, isWidgetConfig } from './response-shape.js'

/** Mirrors QUESTION_MAX_LENGTH in server/http/api-schema.ts (a type-only import cannot carry values; a test keeps them equal). */
export const QUESTION_MAX_LENGTH = 500

/** Past this, the visitor is told the server is slow and offered a retry, rather than left waiting. */
export const REQUEST_TIMEOUT_MS = 15_000

export type Failure = 'offline' | 'slow' | 'busy'

export class RequestFailed extends Error {
  constructor(readonly reason: Failure) {
    super(`[clinic-faq-widget] request failed: ${reason}`)
  }
}

/** The chat is served by the API's own server, so every call is same-origin and sends no cookies. */
async function requestJson<T>(path: string, init: RequestInit, isValid: (value: unknown) => value is T): Promise<T> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS)
  try {
    const response = await fetch(path, { ...init, credentials: 'omit', signal: controller.signal })
    if (response.status === 429) throw new RequestFailed('busy')
    const body: unknown = response.ok ? await response.json() : null
    if (!isValid(body)) throw new RequestFailed('offline')
    return body
  } catch (error) {
    if (error instanceof RequestFailed) throw error
    throw new RequestFailed(controller.signal.aborted ? 'slow' : 'offline')
  } finally {
    clearTimeout(timer)
  }
}

/** The clinic's texts in the chat's language; the server falls back to English for any it lacks (issue 15). */
export const fetchConfig = (language: Language) => requestJson<WidgetConfig>(`/api/config?lang=${language}`, {}, isWidgetConfig)

export const askQuestion = (question: string, language: Language) =>
  requestJson<AskResponse>(
    '/api/ask',
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question, lang: language }) },
    isAskResponse,
  )

/** A vote is answered 204 with no body; whether it arrived changes nothing the visitor sees. */
export const sendFeedback = (entryId: string, helpful: boolean, question: string | undefined) =>
  fetch('/api/feedback', {
    method: 'POST',
    credentials: 'omit',
    headers: { 'Content-Type': 'application/json' },
    // main.tsx sets the page's lang to the widget's language; the server counts votes per language.
    body: JSON.stringify({ entryId, helpful, question, lang: document.documentElement.lang }),
  }).then(() => undefined)
