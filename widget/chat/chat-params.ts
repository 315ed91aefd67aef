import { DEFAULT_ACCENT, parseAccent } from '../accent.js'
import { pickLanguage, type Language } from '../i18n/language.js'

export type ChatParams = { hostOrigin: string | null; language: Language; accent: string }

/**
 * What the loader passes in the fragment of the chat's URL (the fragment never
 * reaches the server, so the page stays cacheable). Every value is re-checked:
 * anyone can open this URL.
 */
export function readChatParams(hash: string): ChatParams {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  return {
    hostOrigin: origin(params.get('host')),
    language: pickLanguage(params.get('lang')) ?? 'en',
    accent: parseAccent(params.get('accent')) ?? DEFAULT_ACCENT,
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
