import { LOADER_STRINGS } from '../i18n/loader-strings.js'
import { envelope, readEnvelope, type WidgetMessage } from '../protocol.js'
import { exposeApi } from './api.js'
import { element, guard } from './dom.js'
import { fallbackPanel, READY_TIMEOUT_MS, reportCause } from './fallback.js'
import { readSettings } from './settings.js'
import { widgetStyles } from './styles.js'

/**
 * Draws the launcher in a shadow root and owns the chat iframe inside it:
 * opening, closing, resizing, the unread badge and the message channel, and
 * the loader's own panel when the chat cannot load. Given a `target`, the chat
 * fills that element instead, always open, with no launcher or close button.
 */
export function mountWidget(script: HTMLScriptElement, target: Element | null): void {
  const [server, side, accent, openOnLoad, language, phone, hasLauncher, x, y, zIndex, theme] = readSettings(script)
  const strings = LOADER_STRINGS[language]
  const [launcherName, dialogName, unreadWord, closeName] = strings
  const inline = !!target
  const host = element('clinic-faq-widget', inline ? { inline: '' } : {})
  const shadow = host.attachShadow({ mode: 'open' })
  // Constructable stylesheets are exempt from the page's CSP (style-src), unlike a <style> element.
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(widgetStyles(accent, side, x, y, zIndex, theme))
  shadow.adoptedStyleSheets = [sheet]

  // The button's name is its aria-label; its "?" and the unread badge (drawn from data-unread) are only seen.
  const launcher = element('button', { class: 'l', 'aria-label': launcherName, 'aria-expanded': 'false' }, '?')
  // Until the chat says it is ready, the way out is the host's own: a frame that never loads
  // (a grey error page) has no close button, and keys pressed in it never reach this page.
  const closer = element('button', { class: 'x', 'aria-label': closeName }, '×')
  const fallback = fallbackPanel(strings, phone)
  // The launcher comes first, so Shift+Tab out of the chat lands back on it.
  // Tabbing on from the chat's last control reaches this, and comes back round while the panel is modal.
  const wrap = element('i', {})
  const panel = inline ? element('div', { class: 'p' }, fallback, wrap) : element('div', { class: 'p f', role: 'dialog', 'aria-label': dialogName, hidden: '' }, closer, fallback, wrap)
  shadow.append(...(hasLauncher && !inline ? [launcher] : []), panel)

  // The chat learns only the page's origin (to answer it alone), the language, accent, theme and whether it is inline.
  const chatUrl = `${server}/chat#${new URLSearchParams({ host: location.origin, lang: language, accent, theme, ...(inline ? { inline: '1' } : {}) })}`
  let frame: HTMLIFrameElement | undefined
  let ready = false
  let open = false
  // Where focus goes back to on closing: the site's own button that opened the chat, or else the launcher.
  let opener: Element | null = null
  const phoneScreen = matchMedia('(max-width:479px)')

  // CSSOM, not a style attribute: the page's CSP may forbid inline styles.
  const setLength = (name: string, pixels: number) => panel.style.setProperty(name, `${pixels}px`)
  const send = (message: WidgetMessage) => ready && frame!.contentWindow!.postMessage(envelope(message), server)
  const focusTarget = () => (ready ? frame! : fallback.hidden ? closer : fallback.querySelector('a') ?? closer)

  // Shows the loader's panel in place of a frame that did not say it was ready in time.
  const fail = (frameBlocked: boolean) => {
    if (ready || !fallback.hidden) return
    fallback.hidden = false
    frame!.hidden = true
    reportCause(server, frameBlocked)
    if (open && shadow.activeElement === frame) focusTarget().focus()
  }

  const createFrame = () => {
    if (frame) return frame
    setTimeout(() => fail(false), READY_TIMEOUT_MS)
    return (frame = panel.insertBefore(element('iframe', { title: dialogName, src: chatUrl }), wrap))
  }

  // Tells the chat whether it is shown and, when the visitor opened it, that focus is on its frame.
  const sync = () => {
    send({ type: open ? 'open' : 'close' })
    if (shadow.activeElement === frame) send({ type: 'focus' })
  }

  const setOpen = (next: boolean, moveFocus: boolean) => {
    // Inline, the chat is the page's content: nothing closes it.
    if (next === open || inline) return
    open = next
    panel.hidden = !next
    // Full screen on a phone, the panel covers the page: it is modal then (issue 15), and focus stays in it.
    panel.setAttribute('aria-modal', `${next && phoneScreen.matches}`)
    wrap.tabIndex = phoneScreen.matches ? 0 : -1
    launcher.setAttribute('aria-expanded', `${next}`)
    createFrame()
    if (next) opener = document.activeElement
    // Opening on page load must not take focus from the page.
    if (moveFocus) (next ? focusTarget() : opener !== host && opener !== document.body && opener instanceof HTMLElement ? opener : launcher).focus()
    sync()
    emit(next ? 'open' : 'close')
  }

  const emit = exposeApi(
    { open: () => setOpen(true, true), close: () => setOpen(false, true), toggle: () => setOpen(!open, true) },
    () => ready,
  )
  const refocus = () => {
    focusTarget().focus()
    sync()
  }
  wrap.onfocus = guard(refocus)
  document.addEventListener('focusin', guard((event: FocusEvent) => open && !inline && phoneScreen.matches && event.target !== host && refocus()))
  launcher.onclick = guard(() => setOpen(!open, true))
  closer.onclick = guard(() => setOpen(false, true))
  // Escape anywhere in the widget on the host side; inside the chat, the chat asks to close.
  shadow.addEventListener('keydown', guard((event: Event) => (event as KeyboardEvent).key === 'Escape' && setOpen(false, true)))

  // A page whose CSP lacks frame-src blocks the frame at once: no need to wait for the timeout.
  document.addEventListener('securitypolicyviolation', guard((event: SecurityPolicyViolationEvent) => {
    if (event.blockedURI.startsWith(server) && /^(frame|child|default)-src/.test(event.effectiveDirective)) fail(true)
  }))

  addEventListener('message', guard((event: MessageEvent) => {
    const message = event.source === frame?.contentWindow && event.origin === server && readEnvelope(event.data)
    if (!message) return
    if (message.type === 'ready') {
      const hadFocus = shadow.activeElement
      ready = true
      closer.hidden = fallback.hidden = true
      frame!.hidden = false
      // The visitor was waiting in the panel: move them into the chat that has just arrived.
      if (open && (hadFocus === closer || fallback.contains(hadFocus))) frame!.focus()
      sync()
      emit('ready')
    }
    if (message.type === 'close') setOpen(false, true)
    if (message.type === 'unread') {
      if (message.count) launcher.setAttribute('data-unread', `${message.count}`)
      else launcher.removeAttribute('data-unread')
      launcher.setAttribute('aria-label', message.count ? `${launcherName} (${message.count} ${unreadWord})` : launcherName)
    }
  }))

  // On phones the panel follows the visual viewport, so the on-screen keyboard never covers the question box.
  const fitViewport = () => {
    setLength('--vh', visualViewport!.height)
    setLength('--top', visualViewport!.offsetTop)
  }
  for (const type of ['resize', 'scroll']) visualViewport?.addEventListener(type, fitViewport)
  fitViewport()

  // Floating, last in <html>, outside <body>: a page that re-renders its body does not wipe the widget,
  // and at the maximum z-index the widget, coming last, wins every tie of a page's z-index war.
  ;(target ?? document.documentElement).append(host)

  // The chat (a separate document, often a separate process) loads only for visitors who reach for it:
  // a pointer over the launcher or focus on it starts it, so it is usually ready by the click.
  launcher.onpointerenter = launcher.onfocus = createFrame
  if (inline) {
    open = true
    panel.hidden = false
    createFrame()
  } else if (openOnLoad) setOpen(true, false)
}
