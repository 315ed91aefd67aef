import { guard } from '../dom.js'
import { warn } from '../settings.js'

/**
 * A frame blocked by the page's own CSP says so in a `securitypolicyviolation`
 * event, which the link listens for before it inserts the frame; otherwise the
 * frame fails silently, so after the ready timeout the link asks whether the
 * server answers at all (an opaque no-cors request: reachable, yet the chat
 * did not load, means the server's frame-ancestors refused this page).
 */
export function watchForBlockedFrame(server: string, fail: (report: () => void) => void): void {
  document.addEventListener('securitypolicyviolation', guard((event: SecurityPolicyViolationEvent) => {
    if (event.blockedURI.startsWith(server) && /^(frame|child|default)-src/.test(event.effectiveDirective)) {
      fail(() => warn(`chat blocked by this page's CSP: add ${server} to frame-src`))
    }
  }))
}

export function reportCause(server: string): void {
  fetch(`${server}/widget.js`, { mode: 'no-cors', cache: 'no-store' }).then(
    () => warn(`chat refused by its server: add ${location.origin} to its ALLOWED_ORIGINS`),
    () => warn(`chat failed: ${server} is unreachable`),
  )
}
