import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { addressKey, clientKey, type TrustProxy } from '../../server/http/client-address.js'
import { fromSocket } from '../helpers.js'

async function keyOf(trustProxy: TrustProxy, headers: Record<string, string>, address = '10.0.0.2') {
  const app = new Hono().get('/', (c) => c.text(clientKey(c, trustProxy)))
  return (await app.request('/', { headers }, fromSocket(address))).text()
}

describe('who the rate limiter counts a request against', () => {
  it('is the socket address, and a forged X-Forwarded-For buys nothing, when no proxy is trusted', async () => {
    expect(await keyOf('off', {}, '203.0.113.5')).toBe('203.0.113.5')
    expect(await keyOf('off', { 'X-Forwarded-For': '198.51.100.1' }, '203.0.113.5')).toBe('203.0.113.5')
  })

  it("behind a trusted proxy, is the address the proxy appended last, not what the client wrote before it", async () => {
    expect(await keyOf('x-forwarded-for', { 'X-Forwarded-For': '1.1.1.1, 2.2.2.2, 203.0.113.9' })).toBe('203.0.113.9')
    expect(await keyOf('x-real-ip', { 'X-Real-IP': '203.0.113.9', 'X-Forwarded-For': '1.1.1.1' })).toBe('203.0.113.9')
  })

  it('falls back to the socket when the trusted header is missing or not an address', async () => {
    expect(await keyOf('x-forwarded-for', {}, '10.0.0.2')).toBe('10.0.0.2')
    expect(await keyOf('x-forwarded-for', { 'X-Forwarded-For': 'zebra-marker, <script>' }, '10.0.0.2')).toBe('10.0.0.2')
    expect(await keyOf('cf-connecting-ip', { 'CF-Connecting-IP': '999.1.1.1' }, '10.0.0.2')).toBe('10.0.0.2')
  })

  it('groups an IPv6 client by its /64, and an IPv4 address mapped into IPv6 as plain IPv4', () => {
    expect(addressKey('2001:db8:abcd:12::1')).toBe('2001:db8:abcd:12::/64')
    expect(addressKey('2001:0db8:abcd:0012:ffff:ffff:ffff:ffff')).toBe('2001:db8:abcd:12::/64')
    expect(addressKey('2001:db8::7')).toBe('2001:db8:0:0::/64')
    expect(addressKey('::ffff:203.0.113.5')).toBe('203.0.113.5')
  })

  it('is one shared key for in-process requests, which have no socket', async () => {
    const app = new Hono().get('/', (c) => c.text(clientKey(c, 'off')))
    expect(await (await app.request('/')).text()).toBe('unknown')
  })
})
