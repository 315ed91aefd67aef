import { envelope, readEnvelope, type WidgetMessage } from '../../protocol.js'
import { guard } from '../dom.js'
import type { ChatLink, LoaderCore } from './contract.js'
import { reportCause, watchForBlockedFrame } from './diagnose.js'

/**
 * widget-link.js (see contract.ts): links the loader to the chat's frame.
 * Its one export is called by widget.js once this module has loaded.
 */
export function linkChat(core: LoaderCore): ChatLink {
  const [server, language, accent, theme, host, panel, wrap, launcher, closer, fallback, frame, strings, inline, isOpen, setOpen, onReady, fail] = core
  const [launcherName, , unreadWord] = strings
  const shadow = host.shadowRoot!
  let ready = false

  const send = (message: WidgetMessage) => ready && frame.contentWindow!.postMessage(envelope(message), server)
  // Tells the chat whether it is shown and, when the visitor opened it, that focus is on its frame.
  const sync = () => {
    send({ type: isOpen() ? 'open' : 'close' })
    if (shadow.activeElement === frame) send({ type: 'focus' })
  }

  addEventListener('message', guard((event: MessageEvent) => {
    const message = event.source === frame.contentWindow && event.origin === server && readEnvelope(event.data)
    if (!message) return
    if (message.type === 'ready') {
      const hadFocus = shadow.activeElement
      ready = true
      closer.hidden = fallback.hidden = true
      frame.hidden = false
      // The visitor was waiting in the panel: move them into the chat that has just arrived.
      if (isOpen() && (hadFocus === closer || fallback.contains(hadFocus))) frame.focus()
      onReady()
    }
    if (message.type === 'close') setOpen(false, true)
    if (message.type === 'unread') {
      if (message.count) launcher.setAttribute('data-unread', `${message.count}`)
      else launcher.removeAttribute('data-unread')
      launcher.setAttribute('aria-label', message.count ? `${launcherName} (${message.count} ${unreadWord})` : launcherName)
    }
  }))

  // On phones the panel follows the visual viewport, so the on-screen keyboard never covers the question box.
  // CSSOM, not a style attribute: the page's CSP may forbid inline styles.
  const fitViewport = () => {
    panel.style.setProperty('--vh', `${visualViewport!.height}px`)
    panel.style.setProperty('--top', `${visualViewport!.offsetTop}px`)
  }
  for (const type of ['resize', 'scroll']) visualViewport?.addEventListener(type, fitViewport)
  fitViewport()

  // A page whose CSP lacks frame-src blocks the frame at once: the listener must be there before the frame.
  watchForBlockedFrame(server, fail)
  // The chat learns only the page's origin (to answer it alone), the language, accent, theme and whether it is inline.
  frame.src = `${server}/chat#${new URLSearchParams({ host: location.origin, lang: language, accent, theme, ...(inline ? { inline: '1' } : {}) })}`
  panel.insertBefore(frame, wrap)
  sync()
  return [sync, () => reportCause(server)]
}
