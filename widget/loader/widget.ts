import { LOADER_STRINGS } from '../i18n/loader-strings.js'
import { exposeApi } from './api.js'
import { element, guard } from './dom.js'
import { fallbackPanel, READY_TIMEOUT_MS } from './fallback.js'
import { LINK_FILE, type ChatLink, type LoaderCore } from './link/contract.js'
import { readSettings, warn } from './settings.js'
import { widgetStyles } from './styles.js'

/**
 * Draws the launcher in a shadow root and owns the panel: opening and closing,
 * the JS API, and the loader's own panel when the chat cannot load. When the
 * visitor reaches for the chat it fetches widget-link.js (link/contract.ts),
 * which inserts the chat's iframe and talks to it. Given a `target`, the chat
 * fills that element instead, always open, with no launcher or close button.
 */
export function mountWidget(script: HTMLScriptElement, target: Element | null): void {
  const [server, side, accent, openOnLoad, language, phone, hasLauncher, x, y, zIndex, theme] = readSettings(script)
  const strings = LOADER_STRINGS[language]
  const [launcherName, dialogName, , closeName] = strings
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
  // widget-link.js gives it the chat's address and inserts it.
  const frame = element('iframe', { title: dialogName })

  let started = false
  let ready = false
  let open = false
  // Where focus goes back to on closing: the site's own button that opened the chat, or else the launcher.
  let opener: Element | null = null
  const phoneScreen = matchMedia('(max-width:479px)')

  const focusTarget = () => (ready ? frame : fallback.hidden ? closer : fallback.querySelector('a')!)
  const unreachable = () => warn(`chat failed: ${server} is unreachable`)
  // Until widget-link.js is linked, there is no chat to tell, and the server did not answer.
  let [sync, diagnose]: ChatLink = [() => {}, unreachable]

  // Shows the loader's panel in place of a chat that did not say it was ready in time, or could not be linked.
  const fail = (report: () => void) => {
    if (ready || !fallback.hidden) return
    fallback.hidden = false
    frame.hidden = true
    report()
    if (open && shadow.activeElement === frame) focusTarget().focus()
  }

  // The chat (a separate document, often a separate process) loads only for visitors who reach for it.
  const start = () => {
    if (started) return
    started = true
    setTimeout(() => fail(() => diagnose()), READY_TIMEOUT_MS)
    // A module, so a page that enforces Trusted Types can still load it: there is no script src to set
    // (a browser test checks). Without it the chat cannot load: show the loader's panel and say so at once.
    import(/* @vite-ignore */ `${server}/${LINK_FILE}`).then(
      guard(({ linkChat }: { linkChat: (core: LoaderCore) => ChatLink }) => {
        ;[sync, diagnose] = linkChat([server, language, accent, theme, host, panel, wrap, launcher, closer, fallback, frame, strings, inline, () => open, setOpen, onReady, fail])
      }),
      () => fail(unreachable),
    )
  }

  const setOpen = (next: boolean, moveFocus: boolean) => {
    // Inline, the chat is the page's content: nothing closes it.
    if (next === open || inline) return
    open = next
    panel.hidden = !next
    // Full screen on a phone, the panel covers the page: it is modal then (issue 15), and focus stays in it,
    // whether it holds the chat or, when the chat cannot load, the loader's own panel.
    panel.setAttribute('aria-modal', `${next && phoneScreen.matches}`)
    wrap.tabIndex = phoneScreen.matches ? 0 : -1
    launcher.setAttribute('aria-expanded', `${next}`)
    start()
    if (next) opener = document.activeElement
    // Opening on page load must not take focus from the page.
    if (moveFocus) (next ? focusTarget() : opener !== host && opener !== document.body && opener instanceof HTMLElement ? opener : launcher).focus()
    sync()
    emit(next ? 'open' : 'close')
  }

  // widget-link.js has shown the chat in place of the loader's own panel.
  const onReady = () => {
    ready = true
    sync()
    emit('ready')
  }

  const refocus = () => {
    focusTarget().focus()
    sync()
  }
  wrap.onfocus = guard(refocus)
  document.addEventListener('focusin', guard((event: FocusEvent) => open && !inline && phoneScreen.matches && event.target !== host && refocus()))

  const close = guard(() => setOpen(false, true))
  const toggle = guard(() => setOpen(!open, true))
  const emit = exposeApi({ open: guard(() => setOpen(true, true)), close, toggle }, () => ready)
  launcher.onclick = toggle
  closer.onclick = close
  // Escape anywhere in the widget on the host side; inside the chat, the chat asks to close.
  shadow.addEventListener('keydown', (event) => (event as KeyboardEvent).key === 'Escape' && close())

  // Floating, last in <html>, outside <body>: a page that re-renders its body does not wipe the widget,
  // and at the maximum z-index the widget, coming last, wins every tie of a page's z-index war.
  ;(target ?? document.documentElement).append(host)

  // A pointer over the launcher or focus on it starts the chat, so it is usually ready by the click.
  launcher.onpointerenter = launcher.onfocus = start
  if (inline) {
    open = true
    panel.hidden = false
    start()
  } else if (openOnLoad) setOpen(true, false)
}
