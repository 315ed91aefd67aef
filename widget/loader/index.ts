import { guard } from './dom.js'
import { warn } from './settings.js'
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
  const registry = window as unknown as Record<symbol, string>
  // Without its own tag (a script run from a shadow root or by eval) the loader cannot find its server.
  if (!(script instanceof HTMLScriptElement)) return
  const attributes = JSON.stringify(script.dataset)
  // A second copy of the tag (a template and a plugin both adding it) leaves the first one in charge;
  // if it asks for something else, the site's developer should know their settings are not the ones in use.
  if (registry[LOADED]) {
    if (registry[LOADED] !== attributes) warn(`ignored a second widget.js tag with other settings: ${attributes}`)
    return
  }
  registry[LOADED] = attributes
  const selector = script.dataset.target?.trim()
  const mount = guard(() => {
    const target = selector && document.querySelector(selector)
    if (selector && !target) warn(`data-target="${selector}" matches nothing`)
    mountWidget(script, target || null)
  })
  // An async tag in <head> can run before the page has parsed the element the chat goes into.
  if (selector && document.readyState === 'loading') addEventListener('DOMContentLoaded', mount)
  else mount()
})()
