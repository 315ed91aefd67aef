import type { MiddlewareHandler } from 'hono'

/**
 * Powerful features none of our pages use (the chat, the article, the demo):
 * denied, so a script that found its way in, or a page framed inside ours,
 * cannot ask the visitor for them. Only names Chromium knows, since it warns
 * in the console about the rest.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ')

/**
 * Permissions-Policy on every response, and Strict-Transport-Security only where
 * it means something (issue 14): browsers ignore it over plain HTTP, and sent
 * there it claims a promise this server cannot keep. It goes out when the request
 * came over HTTPS, or when PUBLIC_URL says visitors reach us by HTTPS through a proxy.
 */
export function policyHeaders(publicUrl?: string): MiddlewareHandler {
  const servedOverHttps = publicUrl?.startsWith('https:') ?? false
  return async (c, next) => {
    await next()
    if (!c.res.headers.has('Permissions-Policy')) c.res.headers.set('Permissions-Policy', PERMISSIONS_POLICY)
    if (!servedOverHttps && !c.req.url.startsWith('https:')) c.res.headers.delete('Strict-Transport-Security')
  }
}

/**
 * The Content-Security-Policy of our own Preact pages (the chat, the staff page):
 * their scripts, styles, images and API calls come from this server alone, and
 * nothing else loads. Only who may frame them differs: the clinics' sites for
 * the chat, nobody for the staff page.
 */
export const strictPagePolicy = (frameAncestors: string[]) => ({
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  connectSrc: ["'self'"],
  imgSrc: ["'self'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors,
})
