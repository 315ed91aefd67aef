import type { ComponentChildren } from 'preact'
import { useStrings } from './strings-context.js'

/** Tells screen-reader users that a link leaves the chat for a new tab. */
export function NewTabNote() {
  return <span class="visually-hidden"> {useStrings().newTab}</span>
}

/** Every page link opens in a new tab: the visitor keeps their place on the clinic's site and in the chat. */
export function NewTabLink({ href, class: className, children }: { href: string; class?: string; children: ComponentChildren }) {
  return (
    <a class={className} href={href} target="_blank" rel="noopener">
      {children}
      <NewTabNote />
    </a>
  )
}
