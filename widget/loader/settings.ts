import { DEFAULT_ACCENT, parseAccent } from '../accent.js'
import { pickLanguage, type Language } from '../i18n/language.js'

export type Position = 'right' | 'left'

/** What the clinic's script tag asks for, every value checked and defaulted. */
export type LoaderSettings = {
  /** Where this script came from: the chat and the API are found on the same server. */
  server: string
  side: Position
  accent: string
  open: boolean
  language: Language
  /** The clinic's number, as written, for the loader's own panel when the chat cannot load. */
  phone: string
}

export const warn = (...details: unknown[]) => console.warn('[clinic-faq-widget]', ...details)

/**
 * Reads the `data-*` attributes of the widget's own script tag, each with a
 * default. A colour it cannot use falls back with a warning naming it, so a
 * typo in a clinic's snippet never breaks their page (issue 3); an unknown
 * position or language simply means the default.
 */
export function readSettings(script: HTMLScriptElement): LoaderSettings {
  const { position, accent, lang, open, phone } = script.dataset
  const color = parseAccent(accent)
  if (accent && !color) warn(`data-accent="${accent}" is not a #rrggbb colour; using the default`)
  return {
    server: new URL(script.src).origin,
    side: position === 'left' ? 'left' : 'right',
    accent: color ?? DEFAULT_ACCENT,
    // `data-open` alone, or `data-open="true"`, opens the chat as the page loads.
    open: open === '' || open === 'true',
    language: pickLanguage(lang ?? document.documentElement.lang) ?? 'en',
    phone: phone?.trim() ?? '',
  }
}
