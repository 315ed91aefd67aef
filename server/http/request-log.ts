import type { MiddlewareHandler } from 'hono'
import { routePath } from 'hono/route'

/**
 * One line per request: method, the pattern of the last route it matched
 * (a middleware's, such as `/api/*`, when no route answers), status and duration.
 * The pattern (`/articles/:slug`), not the URL, because a URL can carry what a
 * visitor typed in its query; and no address, user agent or request id, since
 * with a health question those would tie a person to a condition.
 */
export function requestLog(write: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now()
    await next()
    write(`${c.req.method} ${routePath(c, -1)} ${c.res.status} ${(performance.now() - start).toFixed(1)}ms`)
  }
}
