import { createHash, timingSafeEqual } from 'node:crypto'
import type { Context, MiddlewareHandler } from 'hono'
import { apiError } from '../errors.js'
import { createRateLimiter } from '../rate-limit.js'

/**
 * Whether an Authorization header carries the staff token. Both sides are
 * hashed first, so the comparison takes the same time whatever the length or
 * the first wrong character. Exported for other routes that show details to
 * staff only (such as /healthz).
 */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const presented = /^Bearer (.+)$/i.exec(header ?? '')?.[1] ?? ''
  const digest = (text: string) => createHash('sha256').update(text).digest()
  return timingSafeEqual(digest(presented), digest(token)) && presented.length > 0
}

export type StaffAuthOptions = {
  token: string
  clientOf: (c: Context) => string
  /** Wrong tokens a client may send in a minute (also the burst) before it must wait. */
  failuresPerMinute?: number
  now?: () => number
}

const MAX_BLOCKED = 10_000

/**
 * Bearer-token sign-in for /api/staff/*: no cookies, so no cross-site request
 * can act as staff. A client that keeps sending wrong tokens is refused, even
 * with the right one, until its wait is over, so the token cannot be guessed
 * by trying. The token is never logged: refusals name no header value.
 */
export function staffAuth({ token, clientOf, failuresPerMinute = 5, now = Date.now }: StaffAuthOptions): MiddlewareHandler {
  const failures = createRateLimiter({ perMinute: failuresPerMinute, now })
  const blockedUntil = new Map<string, number>()
  return async (c, next) => {
    const client = clientOf(c)
    const until = blockedUntil.get(client) ?? 0
    if (until > now()) return tooMany(c, Math.ceil((until - now()) / 1000))
    if (bearerMatches(c.req.header('Authorization'), token)) return next()
    const decision = failures.take(client)
    if (!decision.allowed) {
      if (blockedUntil.size >= MAX_BLOCKED) blockedUntil.delete(blockedUntil.keys().next().value!)
      blockedUntil.set(client, now() + decision.retryAfterSeconds * 1000)
      return tooMany(c, decision.retryAfterSeconds)
    }
    c.header('WWW-Authenticate', 'Bearer')
    return apiError(c, 401, 'unauthorized', 'Sign in with the staff token (the STAFF_TOKEN the server was started with).')
  }
}

function tooMany(c: Context, seconds: number) {
  c.header('Retry-After', String(seconds))
  return apiError(c, 429, 'rate_limited', `Too many wrong tokens: wait ${seconds} seconds before signing in again.`)
}
