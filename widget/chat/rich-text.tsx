import type { ComponentChildren } from 'preact'
import { parseMarkdown, type Inline } from './markdown.js'
import { NewTabNote } from './new-tab-link.js'

const inline = (nodes: Inline[]): ComponentChildren =>
  nodes.map((node) => {
    if (node.type === 'text') return node.text
    if (node.type === 'strong') return <strong>{inline(node.children)}</strong>
    return (
      <a href={node.href} target="_blank" rel="noopener">
        {inline(node.children)}
        <NewTabNote />
      </a>
    )
  })

/** Answer text as text nodes in a few safe elements; never HTML from the server. */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {parseMarkdown(text).map((block) => {
        if (block.type === 'paragraph') return <p>{inline(block.children)}</p>
        const items = block.items.map((item) => <li>{inline(item)}</li>)
        return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>
      })}
    </>
  )
}
