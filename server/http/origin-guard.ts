import type { MiddlewareHandler } from 'hono'
import { apiError } from './errors.js'

/**
 * Refuses a browser's request sent from a site the clinic did not list, before
 * it is read or counted. Any page a visitor has open can POST to the API with
 * `mode: 'no-cors'` (a "simple" request, so no preflight asks first); CORS only
 * hides the reply, and such a flood would otherwise spend the visitor's rate
 * limit (issue 14). Browsers always send `Origin` on a POST and never let a page
 * forge it, so an allowed Origin, or the chat's own same-origin request, passes.
 * A request without `Origin` is not from a page script and is left to the limiter.
 */
export function allowedOriginsOnly(allowedOrigins: readonly string[] | '*', publicUrl?: string): MiddlewareHandler {
  const allowed = new Set(allowedOrigins === '*' ? [] : allowedOrigins)
  if (publicUrl) allowed.add(new URL(publicUrl).origin)
  return async (c, next) => {
    const origin = c.req.header('Origin')
    if (allowedOrigins === '*' || origin === undefined || allowed.has(origin) || isSameOrigin(origin, c.req.header('Host'), c.req.header('Sec-Fetch-Site'))) {
      return next()
    }
    return apiError(c, 403, 'forbidden_origin', 'This site may not ask the clinic\'s questions API: add it to ALLOWED_ORIGINS on the widget server.')
  }
}

/** The chat's own page (served by this server) calling the API: the browser sets both headers, so a page cannot fake this. */
function isSameOrigin(origin: string, host: string | undefined, fetchSite: string | undefined): boolean {
  if (fetchSite === 'same-origin') return true
  if (!host) return false
  try {
    return new URL(origin).host === host.toLowerCase()
  } catch {
    return false
  }
}
