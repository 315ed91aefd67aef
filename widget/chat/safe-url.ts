/**
 * Links the chat renders: only http(s) pages, and `tel:`/`sms:` built from
 * digits alone, so no text from the server can become a `javascript:` link.
 */
export function httpUrl(value: string, base?: string): string | null {
  try {
    const url = new URL(value, base)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}

const dialable = (number: string) => number.replace(/[^\d+]/g, '')

export const telHref = (number: string) => (dialable(number) ? `tel:${dialable(number)}` : null)
/**
 * A text to `number`, its message started with `body` when given. `sms:741741?&body=HOME` is the one
 * form both iOS (which reads `&body=`) and Android (which reads `?body=`) fill in; RFC 5724's plain
 * `?body=` leaves iOS's message empty.
 */
export const smsHref = (number: string, body?: string) =>
  dialable(number) ? `sms:${dialable(number)}${body ? `?&body=${encodeURIComponent(body)}` : ''}` : null
