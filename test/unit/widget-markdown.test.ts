import { Fragment, isValidElement, type VNode } from 'preact'
import { describe, expect, it } from 'vitest'
import { parseInline, parseMarkdown } from '../../widget/chat/markdown.js'
import { RichText } from '../../widget/chat/rich-text.js'

/**
 * Every element type and text in the tree RichText returns. Components inside
 * it (the screen-reader note on links) are listed by name, not called: they
 * use hooks, which only run inside a real render (the browser tests do that).
 */
function flatten(node: unknown): { tags: string[]; texts: string[]; hrefs: string[] } {
  const result = { tags: [] as string[], texts: [] as string[], hrefs: [] as string[] }
  const visit = (child: unknown): void => {
    if (Array.isArray(child)) return child.forEach(visit)
    if (typeof child === 'string' || typeof child === 'number') return void result.texts.push(String(child))
    if (!isValidElement(child)) return
    const { type, props } = child as VNode<Record<string, unknown>>
    if (type !== Fragment) result.tags.push(typeof type === 'function' ? type.name : type)
    if (typeof props.href === 'string') result.hrefs.push(props.href)
    expect(props).not.toHaveProperty('dangerouslySetInnerHTML')
    visit(props.children)
  }
  visit(node)
  return result
}

const render = (text: string) => flatten(RichText({ text }))

describe('the safe Markdown subset', () => {
  it('splits paragraphs on blank lines and joins wrapped lines', () => {
    expect(parseMarkdown('One line\nwraps here.\n\nSecond paragraph.')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'One line wraps here.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Second paragraph.' }] },
    ])
  })

  it('reads bulleted and numbered lists', () => {
    const blocks = parseMarkdown('Before you come:\n- eat lightly\n- bring a friend\n\n1. check in\n2. rest')
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'list', 'list'])
    expect(blocks[1]).toMatchObject({ ordered: false, items: [[{ text: 'eat lightly' }], [{ text: 'bring a friend' }]] })
    expect(blocks[2]).toMatchObject({ ordered: true, items: [[{ text: 'check in' }], [{ text: 'rest' }]] })
  })

  it('reads bold and http(s) links', () => {
    expect(parseInline('Call **before** you [book](https://example.com/book).')).toEqual([
      { type: 'text', text: 'Call ' },
      { type: 'strong', children: [{ type: 'text', text: 'before' }] },
      { type: 'text', text: ' you ' },
      { type: 'link', href: 'https://example.com/book', children: [{ type: 'text', text: 'book' }] },
      { type: 'text', text: '.' },
    ])
  })

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', '/relative/path', 'mailto:someone@example.com'])(
    'keeps only the words of a link to %s',
    (url) => {
      const rendered = render(`See [this page](${url}) now.`)
      expect(rendered.tags).not.toContain('a')
      expect(rendered.texts.join('')).toBe('See this page now.')
    },
  )

  it('renders HTML from the server as visible text, never as elements', () => {
    const hostile = '<img src=x onerror="alert(1)"> <script>alert(2)</script> <b>bold</b> <a href="javascript:alert(3)">x</a>'
    const rendered = render(hostile)
    expect(rendered.tags).toEqual(['p'])
    expect(rendered.texts.join('')).toBe(hostile)
  })

  it('uses only paragraphs, lists, bold and links', () => {
    const rendered = render('Intro **bold [link](https://example.com)**\n\n- one\n- two\n\n1. first')
    expect(new Set(rendered.tags)).toEqual(new Set(['p', 'strong', 'a', 'NewTabNote', 'ul', 'ol', 'li']))
    expect(rendered.hrefs).toEqual(['https://example.com/'])
  })
})
