import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import { isIPv4, isIPv6 } from 'node:net'
import type { ServerConfig } from '../config.js'

export type TrustProxy = ServerConfig['TRUST_PROXY']

/**
 * Who is calling, as a key for the rate limiter: the socket's address, or,
 * when the server sits behind a proxy the operator named, the address that
 * proxy reports. Any client can send X-Forwarded-For, so it is read only when
 * trusted, and then only its last entry, the one the proxy itself appended.
 * An IPv6 client is keyed by its /64, since one home or phone holds a whole
 * /64 and could otherwise take a fresh address for every request.
 */
export function clientKey(c: Context, trustProxy: TrustProxy): string {
  const address = (trustProxy === 'off' ? undefined : fromProxyHeader(c.req.header(trustProxy), trustProxy)) ?? socketAddress(c)
  return address ? addressKey(address) : 'unknown'
}

function fromProxyHeader(value: string | undefined, header: Exclude<TrustProxy, 'off'>): string | undefined {
  if (!value) return undefined
  const reported = header === 'x-forwarded-for' ? value.split(',').at(-1) : value
  const address = reported?.trim() ?? ''
  return isIPv4(address) || isIPv6(address) ? address : undefined
}

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address
  } catch {
    // Only requests made in-process (tests, tools) have no socket.
    return undefined
  }
}

export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped?.[1]) return mapped[1]
  if (!isIPv6(address)) return address
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`
}

function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.split('%')[0]!.split('::')
  const headGroups = head ? head.split(':') : []
  const tailGroups = tail ? tail.split(':') : []
  const missing = 8 - headGroups.length - tailGroups.length
  return [...headGroups, ...Array<string>(Math.max(0, missing)).fill('0'), ...tailGroups].map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''))
}
