import { DEFAULT_ACCENT, parseAccent } from '../accent.js'
import { pickLanguage, type Language } from '../i18n/language.js'

export type ChatParams = {
  hostOrigin: string | null
  language: Language
  accent: string
  /** Inline in the page's own element (`data-target`): nothing to close, so no close button and no Escape. */
  inline: boolean
  /** `light`, `dark`, or `auto` to follow the visitor's system; the loader picks the default (issue 15). */
  theme: 'light' | 'dark' | 'auto'
}

/**
 * What the loader passes in the fragment of the chat's URL (the fragment never
 * reaches the server, so the page stays cacheable). Every value is re-checked:
 * anyone can open this URL.
 */
const THEMES = ['light', 'dark', 'auto'] as const

export function readChatParams(hash: string): ChatParams {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  return {
    hostOrigin: origin(params.get('host')),
    language: pickLanguage(params.get('lang')) ?? 'en',
    accent: parseAccent(params.get('accent')) ?? DEFAULT_ACCENT,
    inline: params.get('inline') === '1',
    theme: THEMES.find((theme) => theme === params.get('theme')) ?? 'light',
  }
}

function origin(value: string | null): string | null {
  try {
    const url = new URL(value ?? '')
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value ? value : null
  } catch {
    return null
  }
}
