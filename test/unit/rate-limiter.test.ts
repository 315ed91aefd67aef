import { describe, expect, it } from 'vitest'
import { createRateLimiter } from '../../server/http/rate-limit.js'

function clock(start = 1_000_000) {
  let time = start
  return { now: () => time, advance: (ms: number) => (time += ms) }
}

describe('the per-client rate limiter', () => {
  it('lets a client make its whole minute of requests at once, then refuses with how long to wait', () => {
    const time = clock()
    const limiter = createRateLimiter({ perMinute: 30, now: time.now })
    for (let request = 0; request < 30; request++) expect(limiter.take('203.0.113.5')).toEqual({ allowed: true })
    expect(limiter.take('203.0.113.5')).toEqual({ allowed: false, retryAfterSeconds: 2 })
  })

  it('gives a refused client one more request for each share of the minute it waits', () => {
    const time = clock()
    const limiter = createRateLimiter({ perMinute: 30, now: time.now })
    for (let request = 0; request < 31; request++) limiter.take('203.0.113.5')
    time.advance(1_000)
    expect(limiter.take('203.0.113.5').allowed).toBe(false)
    time.advance(1_000)
    expect(limiter.take('203.0.113.5').allowed).toBe(true)
    expect(limiter.take('203.0.113.5').allowed).toBe(false)
    time.advance(60_000)
    for (let request = 0; request < 30; request++) expect(limiter.take('203.0.113.5').allowed).toBe(true)
    expect(limiter.take('203.0.113.5').allowed).toBe(false)
  })

  it('counts each client on its own', () => {
    const limiter = createRateLimiter({ perMinute: 2, now: clock().now })
    limiter.take('203.0.113.5')
    limiter.take('203.0.113.5')
    expect(limiter.take('203.0.113.5').allowed).toBe(false)
    expect(limiter.take('198.51.100.7').allowed).toBe(true)
  })

  it('keeps its memory bounded however many addresses call', () => {
    const limiter = createRateLimiter({ perMinute: 30, maxClients: 1_000, now: clock().now })
    for (let client = 0; client < 100_000; client++) limiter.take(`client-${client}`)
    expect(limiter.size()).toBe(1_000)
  })

  it('forgets the client seen longest ago first, so a client still asking stays limited', () => {
    const limiter = createRateLimiter({ perMinute: 2, maxClients: 3, now: clock().now })
    limiter.take('busy')
    limiter.take('busy')
    for (const other of ['a', 'b']) limiter.take(other)
    expect(limiter.take('busy').allowed).toBe(false)
    for (const other of ['c', 'd']) limiter.take(other)
    expect(limiter.take('busy').allowed).toBe(false)
  })
})
