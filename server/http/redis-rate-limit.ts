import { Redis } from 'ioredis'
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'
import type { RateDecision, RateLimiter, SharedLimits } from './rate-limit.js'

export type RedisLimitsOptions = {
  log?: (line: string) => void
  now?: () => number
}

const MINUTE_MS = 60_000

/** The address without its user or password, for log lines. */
const hostOf = (url: string) => {
  const parsed = new URL(url)
  return `${parsed.hostname}:${parsed.port || '6379'}`
}

/**
 * Rate limits every instance shares, kept in Redis by rate-limiter-flexible:
 * an atomic counter per client and minute (one Lua script, one round trip).
 * ioredis is the client because it queues nothing while disconnected
 * (`enableOfflineQueue: false`) and times commands out, so a Redis that is
 * down or stalled costs a request at most a few hundred milliseconds, and
 * because it reconnects by itself.
 *
 * Down or unreachable, limits fail open: every question is answered, since a
 * limit exists to protect the server, not to refuse visitors (issue 17); one
 * log line a minute at most says so, and `health()` is degraded.
 */
export function redisLimits(url: string, options: RedisLimitsOptions = {}): SharedLimits {
  const { log = console.log, now = Date.now } = options
  const where = hostOf(url)
  const client = new Redis(url, {
    enableOfflineQueue: false,
    commandTimeout: 500,
    connectTimeout: 2_000,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(attempt * 250, 2_000),
  })
  let down = false
  let lastLogged = Number.NEGATIVE_INFINITY
  const noteDown = (error: unknown) => {
    down = true
    if (now() - lastLogged < MINUTE_MS) return
    lastLogged = now()
    const code = (error as { code?: unknown }).code
    log(`rate limit: Redis at ${where} is unreachable (${typeof code === 'string' ? code : (error as Error).name}); answering every question, unlimited, until it is back`)
  }
  // Without a listener ioredis prints each failed reconnection itself.
  client.on('error', noteDown)
  const firstContact = new Promise<void>((resolve) => {
    client.once('ready', () => resolve())
    client.once('error', () => resolve())
  })
  client.on('ready', () => {
    if (down) log(`rate limit: Redis at ${where} is back; limits are shared again`)
    down = false
  })

  const limiter = (name: string, perMinute: number): RateLimiter => {
    const counter = new RateLimiterRedis({ storeClient: client, keyPrefix: `clinic-faq:${name}`, points: perMinute, duration: 60, rejectIfRedisNotReady: true })
    return {
      take: async (key: string): Promise<RateDecision> => {
        try {
          await counter.consume(key)
          return { allowed: true }
        } catch (outcome) {
          if (outcome instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)) }
          noteDown(outcome)
          return { allowed: true }
        }
      },
    }
  }

  return {
    limiter,
    firstContact,
    health: () => (client.status === 'ready' ? 'ok' : 'degraded'),
    close: async () => {
      client.disconnect()
    },
  }
}
