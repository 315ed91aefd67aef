import type { Context } from 'hono'
import { apiError } from './errors.js'

export type RateLimiterOptions = {
  /** Requests a client may make in a minute, and also in one burst. */
  perMinute: number
  /** Clients remembered at once; bounds memory however many addresses call. */
  maxClients?: number
  now?: () => number
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** Spends one of a client's requests: at once in memory, after a round trip in a shared store. */
export type RateLimiter = {
  take: (client: string) => RateDecision | Promise<RateDecision>
}

export type MemoryRateLimiter = {
  take: (client: string) => RateDecision
  /** Clients remembered now. */
  size: () => number
}

/**
 * Limits kept where every instance sees them (redis-rate-limit.ts), one
 * budget per name; without one, each process limits in its own memory.
 */
export type SharedLimits = {
  limiter: (name: 'ask' | 'vote', perMinute: number) => RateLimiter
  /** Degraded while the store is unreachable and limits are not applied. */
  health: () => 'ok' | 'degraded'
  /** Settles after the first try to reach the store, whether or not it worked, so a start can say which. */
  firstContact: Promise<void>
  close: () => Promise<void>
}

type Bucket = { tokens: number; at: number }

const MINUTE_MS = 60_000

/**
 * A token bucket per client: it holds `perMinute` requests and refills
 * continuously, so a visitor who clicks three starter questions at once is
 * never refused, while a script is held to the rate. The map is kept in
 * least-recently-seen order and capped; when it is full the client seen
 * longest ago is forgotten, which at worst gives that client a full bucket
 * early, and never lets memory grow with the number of addresses.
 */
export function createRateLimiter({ perMinute, maxClients = 10_000, now = Date.now }: RateLimiterOptions): MemoryRateLimiter {
  const buckets = new Map<string, Bucket>()
  const refillPerMs = perMinute / MINUTE_MS

  const take = (client: string): RateDecision => {
    const time = now()
    const known = buckets.get(client)
    const bucket = known ? { tokens: Math.min(perMinute, known.tokens + (time - known.at) * refillPerMs), at: time } : { tokens: perMinute, at: time }
    buckets.delete(client)
    if (!known && buckets.size >= maxClients) buckets.delete(buckets.keys().next().value!)
    const allowed = bucket.tokens >= 1
    if (allowed) bucket.tokens -= 1
    buckets.set(client, bucket)
    return allowed ? { allowed } : { allowed, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)) }
  }

  return { take, size: () => buckets.size }
}

/** The 429 answer, with Retry-After, in the API's error shape. */
export function rateLimited(c: Context, retryAfterSeconds: number) {
  c.header('Retry-After', String(retryAfterSeconds))
  return apiError(c, 429, 'rate_limited', `Too many questions in a short time: please wait ${retryAfterSeconds} seconds and ask again.`)
}
