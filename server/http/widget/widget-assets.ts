import { Hono, type Context } from 'hono'
import { etag } from 'hono/etag'
import { secureHeaders } from 'hono/secure-headers'
import { strictPagePolicy } from '../policy-headers.js'
import { assetType, CONTENT_TYPES, DEFAULT_DIST_DIR, NOT_BUILT_MESSAGE, readBuiltEncoded } from './built-files.js'
import { DEMO_PAGE_STYLE_SOURCE, renderDemoPage } from './demo-page.js'

export type WidgetAssetsOptions = {
  /** Where `npm run build` put the widget. */
  distDir?: string
  /** Origins whose pages may embed the chat (its CSP frame-ancestors); '*' for any. */
  allowedOrigins?: string[] | '*'
  /** This server's public address, for the demo page's copyable snippet. */
  publicUrl?: string
}

const DEFAULTS = { distDir: DEFAULT_DIST_DIR, allowedOrigins: '*' } as const

/** widget.js (and widget-link.js) change with each release but keep their names, so caches keep them briefly and revalidate. */
const LOADER_CACHE = 'public, max-age=300'
/** The chat page names the current hashed assets, so it is always revalidated. */
const PAGE_CACHE = 'no-cache'
/** A hashed asset never changes under its name. */
const ASSET_CACHE = 'public, max-age=31536000, immutable'

/**
 * The widget's files: the loader a clinic's page includes (`/widget.js`) and
 * the module it imports when a visitor reaches for the chat
 * (`/widget-link.js`), the chat page its iframe shows (`/chat`) with its
 * hashed assets, and the demo clinic page (`/`).
 */
export function widgetAssets(options: WidgetAssetsOptions = {}) {
  const { distDir, allowedOrigins, publicUrl } = { ...DEFAULTS, ...options }
  const frameAncestors = allowedOrigins === '*' ? ['*'] : ["'self'", ...allowedOrigins.map(checkedOrigin)]
  const app = new Hono()

  // The build's brotli or gzip copy when the client takes one; caches must keep each encoding apart.
  const serveBuilt = async (c: Context, path: string, type: keyof typeof CONTENT_TYPES, cache: string) => {
    const file = await readBuiltEncoded(distDir, path, c.req.header('Accept-Encoding'))
    if (!file) return null
    const headers: Record<string, string> = { 'Content-Type': CONTENT_TYPES[type], 'Cache-Control': cache, Vary: 'Accept-Encoding' }
    if (file.encoding) headers['Content-Encoding'] = file.encoding
    return c.body(file.body, 200, headers)
  }

  // Hono's default Cross-Origin-Resource-Policy (same-origin) would stop clinics' pages loading the script.
  app.get('/widget.js', secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }), etag(), async (c) => {
    return (await serveBuilt(c, 'widget.js', 'js', LOADER_CACHE)) ?? c.text(NOT_BUILT_MESSAGE, 503)
  })

  // widget.js imports this module when a visitor reaches for the chat (widget/loader/link/contract.ts).
  // A module from another origin is fetched with CORS, so it says any page may read it: it is public code.
  app.get('/widget-link.js', secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }), etag(), async (c) => {
    c.header('Access-Control-Allow-Origin', '*')
    return (await serveBuilt(c, 'widget-link.js', 'js', LOADER_CACHE)) ?? c.text(NOT_BUILT_MESSAGE, 503)
  })

  app.get(
    '/chat',
    secureHeaders({
      contentSecurityPolicy: strictPagePolicy(frameAncestors),
      // frame-ancestors decides who may embed the chat; X-Frame-Options would forbid every clinic.
      xFrameOptions: false,
      // A clinic page that sets Cross-Origin-Embedder-Policy: require-corp can still embed the chat:
      // the framed document must allow cross-origin embedding and itself require CORP of what it
      // loads (https://html.spec.whatwg.org/#coep), or Chromium blocks it (issue 14). Its own
      // assets and API are same-origin, so require-corp costs the chat nothing.
      crossOriginResourcePolicy: 'cross-origin',
      crossOriginEmbedderPolicy: 'require-corp',
    }),
    etag(),
    async (c) => (await serveBuilt(c, 'chat/index.html', 'html', PAGE_CACHE)) ?? c.text(NOT_BUILT_MESSAGE, 503),
  )

  app.get('/chat/assets/:name', secureHeaders(), async (c) => {
    const name = c.req.param('name')
    const type = assetType(name)
    return (type && (await serveBuilt(c, `chat/assets/${name}`, type, ASSET_CACHE))) || c.notFound()
  })

  // The demo page needs only the loader, the chat frame from this server, its own <style> and the data: favicon.
  app.get(
    '/',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: [DEMO_PAGE_STYLE_SOURCE],
        imgSrc: ['data:'],
        frameSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
        frameAncestors: ["'none'"],
      },
      xFrameOptions: 'DENY',
    }),
    // Never from the Host header, which any client sets (issue 14): PUBLIC_URL, or the path alone.
    (c) => c.html(renderDemoPage(publicUrl ? new URL('/widget.js', publicUrl).href : '/widget.js')),
  )

  return app
}

function checkedOrigin(origin: string): string {
  try {
    if (new URL(origin).origin === origin) return origin
  } catch {
    // Reported below.
  }
  throw new Error(`widgetAssets: allowed origin "${origin}" is not an origin like https://clinic.example (scheme, host and port only)`)
}
