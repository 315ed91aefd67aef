import type { LoaderStrings } from '../i18n/loader-strings.js'
import { element } from './dom.js'

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
