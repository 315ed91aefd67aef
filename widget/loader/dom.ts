import { warn } from './settings.js'

/**
 * Runs a handler so that no error can escape into the host page, whose
 * `onerror` may feed analytics: the widget reports to the console instead.
 */
export const guard =
  <A extends unknown[]>(handler: (...args: A) => void) =>
  (...args: A): void => {
    try {
      handler(...args)
    } catch (error) {
      warn(error)
    }
  }

/** DOM calls rather than innerHTML, so a page that enforces Trusted Types still gets a widget. */
export function element<K extends string>(tag: K, attributes: Record<string, string>, ...children: Array<string | Node>) {
  const node = document.createElement(tag) as K extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[K] : HTMLElement
  for (const name in attributes) node.setAttribute(name, attributes[name]!)
  node.append(...children)
  return node
}
