import type { IncomingMessage } from 'node:http'
import type { Context, ErrorHandler, MiddlewareHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ErrorCode, ErrorResponse } from './api-schema.js'

/** The one error shape of the API: `{ error: { code, message } }`. */
export function apiError(c: Context, status: ContentfulStatusCode, code: ErrorCode, message: string) {
  return c.json<ErrorResponse>({ error: { code, message } }, status)
}

/**
 * Maps Hono's own exceptions (malformed JSON, oversized bodies) to the API's
 * error shape; anything else is logged by name only, because a message or
 * stack may quote the visitor's text, and answered 500 without details.
 */
export function errorHandler(log: (line: string) => void): ErrorHandler {
  return (error, c) => {
    // A client that hung up mid-body is not a fault of ours; logged as 500 it let anyone fill
    // the log with false alarms (issue 14). No one will read this answer; the log line says 408.
    if (clientHungUp(c)) return apiError(c, 408, 'request_aborted', 'The request was cut off before its body was complete.')
    if (error instanceof HTTPException && error.status === 400) {
      return apiError(c, 400, 'malformed_json', 'The request body is not valid JSON: send {"question": "..."}.')
    }
    if (error instanceof HTTPException && error.status === 413) return payloadTooLarge(c)
    if (error instanceof HTTPException && error.status < 500) {
      return apiError(c, error.status as ContentfulStatusCode, 'invalid_question', error.message)
    }
    log(`unexpected error on ${c.req.method} ${c.req.routePath}: ${error.name}`)
    return apiError(c, 500, 'internal_error', 'Something went wrong on our side. Please try again in a moment.')
  }
}

// c.req.path, not new URL(c.req.url): the URL is built from the Host header, and a host
// like "xn--" makes the URL parser throw, which turned every 404 into a 500 (issue 14).
/** Whether the client closed the connection before sending its whole request. */
function clientHungUp(c: Context): boolean {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming
  return c.req.raw.signal.aborted || incoming?.readableAborted === true || (incoming?.destroyed === true && !incoming.complete)
}

export const notFound: NotFoundHandler = (c) => apiError(c, 404, 'not_found', `Nothing here: ${c.req.method} ${c.req.path}`)

export function payloadTooLarge(c: Context) {
  return apiError(c, 413, 'payload_too_large', 'The request is too large: send only {"question": "..."} with a short question.')
}

/** Answers 415 unless the body is declared as JSON, before any of it is read. */
export function requireJson(): MiddlewareHandler {
  return async (c, next) => {
    const mediaType = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
    if (!/^application\/([\w.-]+\+)?json$/.test(mediaType)) {
      return apiError(c, 415, 'unsupported_media_type', 'Send the question as JSON, with the header Content-Type: application/json.')
    }
    await next()
  }
}
