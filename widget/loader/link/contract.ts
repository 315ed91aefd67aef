import type { Language } from '../../i18n/language.js'
import type { LoaderStrings } from '../../i18n/loader-strings.js'
import type { Theme } from '../settings.js'

/**
 * widget.js is split in two (issue 15: the loader on every page must stay
 * within 3 KB gzip). widget.js keeps all that must work on every page and
 * when the server is down: the launcher, the panel and its styles, the
 * loader's own panel with the clinic's phone and the 988/911 lines, the JS
 * API and its events, Escape and the host-side close, the focus trap of the
 * full-screen panel on phones, and the ready timeout. This second file,
 * fetched only when the visitor reaches for the chat (the moment the chat's
 * frame is created), links the loader to the chat: it inserts the frame and
 * holds the message channel, showing the chat once it is ready, the unread
 * badge, the visual-viewport fitting, and the detection and console
 * diagnosis of what stopped the chat from loading. If it cannot load,
 * widget.js shows its own panel at once and says the server is unreachable.
 */
export const LINK_FILE = 'widget-link.js'

/**
 * What widget.js hands the link: its elements, its state, and what the link
 * may ask of it. A tuple, like the loader's settings and strings, so that
 * widget.js carries no property names for it.
 */
export type LoaderCore = [
  server: string,
  language: Language,
  accent: string,
  theme: Theme,
  host: HTMLElement,
  panel: HTMLElement,
  /** The focus trap's sentinel, after the frame: tabbing on from the chat's last control reaches it. */
  wrap: HTMLElement,
  launcher: HTMLElement,
  /** The host-side close button and the loader's own panel, shown until the chat is ready. */
  closer: HTMLElement,
  fallback: HTMLElement,
  /** Without its address and not yet in the panel: the link inserts it once it listens for what the frame does. */
  frame: HTMLIFrameElement,
  strings: LoaderStrings,
  inline: boolean,
  isOpen: () => boolean,
  setOpen: (open: boolean, moveFocus: boolean) => void,
  /** The chat said `ready` and is shown in place of the loader's own panel: from now focus goes to it. */
  ready: () => void,
  /** Shows the loader's own panel, unless the chat is ready or it is shown already; then calls `report`. */
  fail: (report: () => void) => void,
]

/** What the link gives back to widget.js, in place of the loader's own (doing nothing; blaming the server). */
export type ChatLink = [
  /** Tells the chat whether the panel is shown (and the panel whether it is modal); called on each change. */
  sync: () => void,
  /** Names in the console why the chat did not say it was ready in time. */
  diagnose: () => void,
]
