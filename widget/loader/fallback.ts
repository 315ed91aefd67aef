import type { LoaderStrings } from '../i18n/loader-strings.js'
import { element } from './dom.js'
import { warn } from './settings.js'

/**
 * How long the loader waits for the chat's `ready` before it shows its own
 * panel instead (issue 15): long enough for a slow phone to load the chat's
 * ~15 KB, short enough that a visitor in crisis is not left with a grey page.
 * A chat that turns ready later still replaces it.
 */
export const READY_TIMEOUT_MS = 8_000

/**
 * The loader's own panel for when the chat cannot load: what happened, the
 * clinic's phone (from `data-phone`) and the crisis and emergency lines,
 * which need no server.
 */
export function fallbackPanel(strings: LoaderStrings, phone: string): HTMLElement {
  const [, , , , failed, callClinic, crisisCall, crisisText, emergency] = strings
  const dialable = phone.replace(/[^\d+]/g, '')
  const link = (href: string, words: string) => element('a', { href }, words)
  return element(
    'section',
    { hidden: '' },
    element('p', {}, failed),
    ...(dialable ? [link(`tel:${dialable}`, `${callClinic} ${phone}`)] : []),
    link('tel:988', crisisCall),
    link('sms:988', crisisText),
    link('tel:911', emergency),
  )
}

/**
 * Names the likely cause in the console, for the site's developer. A frame
 * blocked by the page's own CSP says so in a `securitypolicyviolation` event;
 * otherwise the frame fails silently, so the loader asks whether the server
 * answers at all (an opaque no-cors request: reachable, yet the chat did not
 * load, means the server's frame-ancestors refused this page).
 */
export function reportCause(server: string, frameBlocked: boolean): void {
  if (frameBlocked) return warn(`chat blocked by this page's CSP: add ${server} to frame-src`)
  fetch(`${server}/widget.js`, { mode: 'no-cors', cache: 'no-store' }).then(
    () => warn(`chat refused by its server: add ${location.origin} to its ALLOWED_ORIGINS`),
    () => warn(`chat failed: ${server} is unreachable`),
  )
}
