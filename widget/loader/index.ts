import { guard } from './dom.js'
import { readSettings } from './settings.js'
import { mountWidget } from './widget.js'

/**
 * widget.js: the one script a clinic adds to its pages. It reads its own tag's
 * `data-*` attributes and draws the launcher; everything the visitor types or
 * reads lives in the chat iframe, out of the page's reach.
 */

// Set only while this script first runs, so it is read before anything else.
const script = document.currentScript
const LOADED = Symbol.for('clinic-faq-widget')

guard(() => {
  const registry = window as unknown as Record<symbol, true>
  // A second copy of the tag (a template and a plugin both adding it) leaves the first one in charge;
  // without its own tag (a script run from a shadow root or by eval) the loader cannot find its server.
  if (registry[LOADED] || !(script instanceof HTMLScriptElement)) return
  registry[LOADED] = true
  mountWidget(readSettings(script))
})()
