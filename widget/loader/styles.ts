import { textOn } from '../accent.js'
import type { Position, Theme } from './settings.js'

/**
 * The launcher's and panel's styles, adopted into the shadow root as a
 * constructable stylesheet: a page whose CSP forbids inline styles cannot
 * block it, and the page's own rules cannot reach inside. The shadow root
 * holds the launcher (.l), and the panel (.p, and .f when it floats) with
 * the chat's iframe, the host-side close button (.x) and the loader's own
 * panel (section) for when the chat cannot load; the unread badge is placed
 * against the host, which wraps the launcher. Inline (`data-target`), the
 * host is an ordinary block in the page's element and the panel, not
 * floating, fills it.
 *
 * `:host` declarations are `!important` because the host element itself is
 * in the page's reach: in the cascade, important declarations from the shadow
 * tree beat the page's important ones (`* { font-size: 30px !important }`),
 * and `all: initial` stops inherited page styles at the door. Custom
 * properties pass it, which is what lets a page hide the widget on purpose
 * (`--clinic-faq-widget-display: none`).
 *
 * The panel stands on its launcher and keeps 20 px of the window above it: its
 * insets, unlike 100vh, hold on a page that sets `zoom` on its root (issue 15),
 * and the auto top margin lets it grow from the bottom up to 640 px. On phones
 * it covers the screen and hides the launcher, and its own panel's colours
 * follow the theme through the system colours Canvas and CanvasText.
 */
export const widgetStyles = (accent: string, side: Position, x: number, y: number, zIndex: number, theme: Theme) => `:host{all:initial!important;display:var(--clinic-faq-widget-display,block)!important;position:fixed!important;bottom:${y}px!important;${side}:${x}px!important;z-index:${zIndex}!important}
@media print{:host{display:none!important}}
.l{width:56px;height:56px;border:0;border-radius:50%;background:${accent};color:${textOn(accent)};font:700 30px system-ui;box-shadow:0 4px 12px #0006}
:focus-visible{outline:3px solid #111;outline-offset:2px;box-shadow:0 0 0 2px #fff}
[data-unread]::after{content:attr(data-unread);position:absolute;top:-4px;right:-4px;min-width:22px;border-radius:11px;background:#a01c1c;color:#fff;font:700 12px/22px system-ui}
.p{height:100%;overflow:hidden;color-scheme:${theme == 'auto' ? 'light dark' : theme};background:Canvas;color:CanvasText;font:16px/1.4 system-ui}
.f{position:fixed;top:20px;bottom:${y + 68}px;${side}:${x}px;margin-top:auto;width:380px;max-width:calc(100% - ${2 * x}px);height:auto;max-height:640px;border-radius:16px;box-shadow:0 8px 40px #0006}
iframe{width:100%;height:100%;border:0}
.x{position:absolute;top:6px;right:6px;width:44px;height:44px;border:0;background:0;color:inherit;font:28px system-ui}
section{padding:12px 56px 16px 16px}
a{display:block;margin-top:8px;padding:12px;border-radius:10px;background:#a01c1c;color:#fff;font-weight:600}
@media (max-width:479px){.f{inset:var(--top,0) 0 auto;margin:0;width:100%;max-width:none;height:var(--vh,100dvh);max-height:none;border-radius:0}[aria-expanded=true]{display:none}}
:host([inline]){position:static!important;display:block!important;height:100%!important}`
