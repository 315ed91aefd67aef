import { describe, expect, it } from 'vitest'
import { articleText, parseArticleBody, type Article } from '../../server/knowledge/article.js'
import { textFragmentFor } from '../../server/knowledge/source-link.js'
import { realKnowledge } from '../helpers.js'

/**
 * Where a browser would scroll for a `#:~:text=[prefix-,]start[,end]` link:
 * the first case-insensitive match, as the Text Fragments spec resolves it.
 */
function resolveTextFragment(text: string, url: string): { from: number; to: number } | undefined {
  const parts = url.split('#:~:text=')[1]!.split(',').map((part) => decodeURIComponent(part))
  const prefix = parts[0]?.endsWith('-') ? parts.shift()!.slice(0, -1) : undefined
  const [start, end] = parts
  if (!start) return undefined
  const lower = text.toLowerCase().replace(/\n/g, ' ')
  const needle = (prefix ? `${prefix} ${start}` : start).toLowerCase()
  const at = lower.indexOf(needle)
  if (at === -1) return undefined
  const from = prefix ? at + prefix.length + 1 : at
  if (end === undefined) return { from, to: from + start.length }
  const endAt = lower.indexOf(end.toLowerCase(), from + start.length)
  return endAt === -1 ? undefined : { from, to: endAt + end.length }
}

describe('source links', () => {
  it('lead every answer to the exact sentence it rests on, in its own section', async () => {
    const { entries, articles } = await realKnowledge()
    for (const entry of entries) {
      const article = articles.find((candidate) => candidate.slug === entry.source.article)!
      const { text, sectionStarts } = articleText(article)
      const sectionIndex = article.sections.findIndex((section) => section.heading === entry.source.section)
      const target = text.indexOf(entry.source.quote, sectionStarts[sectionIndex])
      expect(entry.link.url.startsWith(`/articles/${entry.source.article}#:~:text=`), entry.id).toBe(true)
      expect(resolveTextFragment(text, entry.link.url), entry.id).toEqual({ from: target, to: target + entry.source.quote.length })
    }
  })

  it('point at the cited section when the same sentence appears earlier', () => {
    const body = [
      'Further research is needed to understand dosages.',
      '',
      '## Later section',
      '',
      'Further research is needed to understand dosages.',
    ].join('\n')
    const article: Article = { slug: 'a', title: 'Title', url: '', file: 'a.md', sections: parseArticleBody('Title', body, 5) }
    const fragment = textFragmentFor(article, article.sections[1]!, 'Further research is needed to understand dosages.')
    const { text, sectionStarts } = articleText(article)
    const found = resolveTextFragment(text, `#${fragment}`)
    expect(found?.from).toBe(text.indexOf('Further research', sectionStarts[1]))
  })

  it('escape the characters the fragment syntax reserves', () => {
    const article: Article = { slug: 'a', title: 'T', url: '', file: 'a.md', sections: parseArticleBody('T', 'Sessions last 60-90 minutes, often.', 5) }
    const fragment = textFragmentFor(article, article.sections[0]!, 'Sessions last 60-90 minutes, often.')
    expect(fragment).toBe(':~:text=Sessions%20last%2060%2D90%20minutes%2C%20often.')
  })
})
