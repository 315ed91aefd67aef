import { textOn } from '../accent.js'
import type { Position } from './settings.js'

/**
 * The launcher's and panel's styles, adopted into the shadow root as a
 * constructable stylesheet: a page whose CSP forbids inline styles cannot
 * block it, and the page's own rules cannot reach inside. The shadow root
 * holds one button, one panel and one iframe, so element selectors are
 * enough; the unread badge is placed against the host, which wraps the button.
 *
 * `:host` declarations are `!important` because the host element itself is
 * in the page's reach: in the cascade, important declarations from the shadow
 * tree beat the page's important ones (`* { font-size: 30px !important }`),
 * and `all: initial` stops inherited page styles at the door.
 */
export const widgetStyles = (accent: string, side: Position) => `:host{all:initial!important;position:fixed!important;bottom:20px!important;${side}:20px!important;z-index:2147483647!important}
button{width:56px;height:56px;border:0;border-radius:50%;background:${accent};color:${textOn(accent)};font:700 30px system-ui;box-shadow:0 4px 12px #0006}
button:focus-visible{outline:3px solid #111;outline-offset:2px;box-shadow:0 0 0 2px #fff}
[data-unread]::after{content:attr(data-unread);position:absolute;top:-4px;right:-4px;min-width:22px;border-radius:11px;background:#b91c1c;color:#fff;font:700 12px/22px system-ui}
div{position:fixed;bottom:88px;${side}:20px;width:min(380px,100vw - 40px);height:min(var(--h,520px),100vh - 108px);border-radius:16px;overflow:hidden;box-shadow:0 8px 40px #0006}
iframe{width:100%;height:100%;border:0}
@media (max-width:479px){div{inset:var(--top,0) 0 auto;width:100%;height:var(--vh,100dvh);border-radius:0}}`
