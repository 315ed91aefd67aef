import { envelope, readEnvelope, type WidgetMessage } from '../protocol.js'

/** The chat's side of the postMessage channel to the loader on the clinic's page. */
export type HostChannel = {
  send: (message: WidgetMessage) => void
  listen: (handler: (message: WidgetMessage) => void) => () => void
}

/**
 * Connects to the page that embeds the chat, whose origin the loader passes in
 * the URL fragment. Messages go to that exact origin, so a page that lies about
 * its origin receives nothing; incoming ones count only if they come from the
 * parent window and that origin. Null when the chat is opened on its own.
 */
export function connectHost(hostOrigin: string | null): HostChannel | null {
  if (!hostOrigin || window.parent === window) return null
  return {
    send: (message) => window.parent.postMessage(envelope(message), hostOrigin),
    listen: (handler) => {
      const onMessage = (event: MessageEvent) => {
        if (event.source !== window.parent || event.origin !== hostOrigin) return
        const message = readEnvelope(event.data)
        if (message) handler(message)
      }
      window.addEventListener('message', onMessage)
      return () => window.removeEventListener('message', onMessage)
    },
  }
}
