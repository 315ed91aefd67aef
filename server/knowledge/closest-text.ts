import { collapseSpaces, type Article, type ArticleSection } from './article.js'
import { articleSentences } from './faithfulness.js'

/**
 * When a quote or a heading is not in the article, the staff member needs the
 * text it should have been, and where it differs: a curly apostrophe typed
 * straight, "60-90" written "60 to 90", a file saved in the wrong encoding.
 */

/** Below this share of shared words, a sentence is no copy of the quote, just another sentence. */
const CLOSE_ENOUGH = 0.5

const fold = (text: string) => text.replace(/[‘’‛`´]/g, "'").replace(/[“”„]/g, '"').replace(/[–—‒]/g, '-')
const wordsOf = (text: string) => fold(text).toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []

function similarity(a: string, b: string): number {
  const wordsA = wordsOf(a)
  const wordsB = new Set(wordsOf(b))
  if (wordsA.length === 0 || wordsB.size === 0) return 0
  const shared = new Set(wordsA.filter((word) => wordsB.has(word))).size
  return (2 * shared) / (new Set(wordsA).size + wordsB.size)
}

export function closestSentence(article: Article, quote: string): { sentence: string; section: ArticleSection } | undefined {
  let best: { sentence: string; section: ArticleSection; score: number } | undefined
  for (const section of article.sections) {
    for (const paragraph of section.paragraphs) {
      for (const sentence of articleSentences(paragraph)) {
        const score = similarity(sentence, quote)
        if (score > (best?.score ?? CLOSE_ENOUGH)) best = { sentence, section, score }
      }
    }
  }
  return best
}

export function nearestHeading(article: Article, heading: string): string {
  const scored = article.sections.map((section) => ({ heading: section.heading, score: similarity(section.heading, heading) }))
  return scored.reduce((best, candidate) => (candidate.score > best.score ? candidate : best)).heading
}

const KIND_OF_CHARACTER: ReadonlyArray<[RegExp, string]> = [
  [/[‘’‛]/, 'a curly apostrophe'],
  [/[“”„]/, 'curly quotes'],
  [/[–—‒]/, 'a long dash'],
]

/** Where `quote` first differs from `sentence`, in words a person can check: `the article has "…" where the quote has "…"`. */
export function describeDifference(sentence: string, quote: string): string {
  const [a, b] = [collapseSpaces(sentence), collapseSpaces(quote)]
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1
  let end = 0
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1
  const [inArticle, inQuote] = [a.slice(start, a.length - end), b.slice(start, b.length - end)]

  if (/\uFFFD|â€|Ã./.test(inQuote)) {
    return `the quote has "${inQuote}" where the article has "${inArticle}", an encoding problem: save the file as UTF-8 and copy the sentence again`
  }
  if (inArticle !== inQuote && fold(inArticle) === fold(inQuote)) {
    const kind = KIND_OF_CHARACTER.find(([pattern]) => pattern.test(inArticle))?.[1]
    return `the article has "${inArticle}"${kind ? ` (${kind})` : ''} where the quote has "${inQuote}"`
  }
  // Whole words read better than fragments: "60-90" against "60 to 90", not "-" against " to ".
  const wordStart = Math.max(a.lastIndexOf(' ', start - 1), b.lastIndexOf(' ', start - 1)) + 1
  const wordEnd = (text: string, from: number) => {
    const space = text.indexOf(' ', from)
    return space === -1 ? text.length : space
  }
  const article = a.slice(Math.min(wordStart, start), wordEnd(a, a.length - end))
  const quoted = b.slice(Math.min(wordStart, start), wordEnd(b, b.length - end))
  if (article === '') return `the quote adds "${quoted}"`
  if (quoted === '') return `the quote leaves out "${article}"`
  return `the article has "${article}" where the quote has "${quoted}"`
}
