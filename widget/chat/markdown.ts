import { httpUrl } from './safe-url.js'

/**
 * The small Markdown subset answers may use (issue 3): paragraphs, lists,
 * **bold** and [links](https://…). The result is a tree of plain strings that
 * the chat renders as text nodes: `<b>` or `<img onerror>` in an answer stays
 * visible text, and a link that is not http(s) keeps only its words.
 */
export type Inline = { type: 'text'; text: string } | { type: 'strong'; children: Inline[] } | { type: 'link'; href: string; children: Inline[] }
export type Block = { type: 'paragraph'; children: Inline[] } | { type: 'list'; ordered: boolean; items: Inline[][] }

// A link target may hold one level of balanced parentheses, as in CommonMark: (https://en.wikipedia.org/wiki/Ketamine_(drug)).
const INLINE = /\*\*(.+?)\*\*|\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g
const BULLET = /^\s*[-*]\s+(.*)$/
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/

export function parseInline(text: string): Inline[] {
  const nodes: Inline[] = []
  let last = 0
  for (const match of text.matchAll(INLINE)) {
    const [whole, bold, label, url] = match
    if (match.index > last) nodes.push({ type: 'text', text: text.slice(last, match.index) })
    if (bold !== undefined) nodes.push({ type: 'strong', children: parseInline(bold) })
    else if (label !== undefined && url !== undefined) {
      const href = httpUrl(url)
      nodes.push(...(href ? [{ type: 'link', href, children: parseInline(label) } as const] : parseInline(label)))
    }
    last = match.index + whole.length
  }
  if (last < text.length) nodes.push({ type: 'text', text: text.slice(last) })
  return nodes
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = []
  let paragraph: string[] = []
  let list: { ordered: boolean; items: string[] } | null = null

  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) })
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map(parseInline) })
    paragraph = []
    list = null
  }

  for (const line of source.split(/\r?\n/)) {
    const item = BULLET.exec(line) ?? NUMBERED.exec(line)
    if (item) {
      const ordered = !BULLET.test(line)
      if (paragraph.length || (list && list.ordered !== ordered)) flush()
      list ??= { ordered, items: [] }
      list.items.push(item[1] ?? '')
    } else if (line.trim() === '') {
      flush()
    } else if (list) {
      // A line after a list item without a blank line continues that item.
      list.items[list.items.length - 1] += ` ${line.trim()}`
    } else {
      paragraph.push(line.trim())
    }
  }
  flush()
  return blocks
}
