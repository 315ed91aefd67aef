import { articleText, collapseSpaces, type Article, type ArticleSection } from './article.js'

/**
 * Builds the deep link of an answer: the article's address plus a text fragment
 * (https://wicg.github.io/scroll-to-text-fragment/) of the sentence it rests on,
 * so the browser scrolls to the sentence and highlights it.
 *
 * Browsers highlight the first match, and the article repeats some phrases
 * ("further research is needed ..."), so each candidate is kept only if its
 * first match is the quoted sentence itself. Long sentences use the shorter
 * `textStart,textEnd` form.
 */
export function textFragmentFor(article: Article, section: ArticleSection, quote: string): string {
  const { text: original, sectionStarts } = articleText(article)
  // Case and block boundaries do not matter to a browser's match; positions stay the same.
  const text = original.toLowerCase().replace(/\n/g, ' ')
  const wanted = collapseSpaces(quote)
  const target = text.indexOf(wanted.toLowerCase(), sectionStarts[article.sections.indexOf(section)] ?? 0)
  const words = wanted.split(' ')
  // Browsers match text fragments case-insensitively; the link keeps the article's own case.
  const matchesTarget = (start: string, end?: string, prefix?: string) => {
    const at = text.indexOf((prefix === undefined ? start : `${prefix} ${start}`).toLowerCase())
    const startAt = prefix === undefined ? at : at + prefix.length + 1
    if (at === -1 || startAt !== target) return false
    return end === undefined || text.indexOf(end.toLowerCase(), startAt + start.length) === target + wanted.length - end.length
  }

  const SHORT_QUOTE_WORDS = 10
  if (words.length > SHORT_QUOTE_WORDS) {
    for (let size = 3; size * 2 < words.length; size++) {
      const start = words.slice(0, size).join(' ')
      const end = words.slice(-size).join(' ')
      if (matchesTarget(start, end)) return `:~:text=${encode(start)},${encode(end)}`
    }
  }
  if (matchesTarget(wanted)) return `:~:text=${encode(wanted)}`
  const before = collapseSpaces(original.slice(0, target)).split(' ')
  for (let size = 1; size <= before.length; size++) {
    const prefix = before.slice(-size).join(' ')
    if (matchesTarget(wanted, undefined, prefix)) return `:~:text=${encode(prefix)}-,${encode(wanted)}`
  }
  return `:~:text=${encode(wanted)}`
}

/** Percent-encodes a fragment term, including the `-` and `,` that the fragment syntax reserves. */
function encode(part: string): string {
  return encodeURIComponent(part).replace(/-/g, '%2D')
}

export function sourceUrl(articleUrl: string, fragment: string): string {
  return `${articleUrl.replace(/#.*$/, '')}#${fragment}`
}
