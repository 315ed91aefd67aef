import { DEFAULT_ACCENT, parseAccent } from '../accent.js'
import { pickLanguage, type Language } from '../i18n/language.js'

export type Position = 'right' | 'left'
export type Theme = 'light' | 'dark' | 'auto'

/**
 * What the clinic's script tag asks for, every value checked and defaulted.
 * A tuple, like the loader's strings: widget.js then carries no property
 * names for them, which its 3 KB budget notices.
 */
export type LoaderSettings = [
  /** Where this script came from: the chat and the API are found on the same server. */
  server: string,
  side: Position,
  accent: string,
  open: boolean,
  language: Language,
  /** The clinic's number, as written, for the loader's own panel when the chat cannot load. */
  phone: string,
  /** False with `data-launcher="none"`: the site opens the chat with its own button, through the JS API. */
  launcher: boolean,
  /** `data-offset-x`/`-y`: px from the corner, to clear a site's sticky bar or booking button. */
  x: number,
  y: number,
  zIndex: number,
  theme: Theme,
]

export const warn = (...details: unknown[]) => console.warn('[clinic-faq-widget]', ...details)

/**
 * Reads the `data-*` attributes of the widget's own script tag, each with a
 * default (`data-target` is index.ts's). A colour it cannot use falls back
 * with a warning naming it, so a typo in a clinic's snippet never breaks
 * their page (issue 3); an unknown position, language, theme or number
 * simply means the default.
 */
export function readSettings(script: HTMLScriptElement): LoaderSettings {
  const { position, accent, lang, open, phone = '', launcher, offsetX, offsetY, zIndex, theme } = script.dataset
  const color = parseAccent(accent)
  if (accent && !color) warn(`data-accent="${accent}" is not #rrggbb; using the default`)
  return [
    new URL(script.src).origin,
    position === 'left' ? 'left' : 'right',
    color ?? DEFAULT_ACCENT,
    // `data-open` alone, or `data-open="true"`, opens the chat as the page loads.
    open === '' || open === 'true',
    pickLanguage(lang ?? document.documentElement.lang) ?? 'en',
    phone.trim(),
    launcher !== 'none',
    whole(offsetX, 20),
    whole(offsetY, 20),
    // Above everything by default: a page's z-index war must not cover a crisis line.
    whole(zIndex, 2147483647),
    // Light unless the site asks, or says its pages are dark (`color-scheme: dark` or `light dark` on
    // its root): a light-only site should not get a dark chat because the visitor's system is dark
    // (issue 15). giscus reads its theme from its tag the same way.
    /^(light|dark|auto)$/.test(theme!) ? (theme as Theme) : /dark/.test(getComputedStyle(document.documentElement).colorScheme) ? 'auto' : 'light',
  ]
}

/** A whole number of px (or a z-index); anything else means the default. */
const whole = (value: string | undefined, fallback: number) => (/^\d{1,9}$/.test(value!) ? +value! : fallback)
