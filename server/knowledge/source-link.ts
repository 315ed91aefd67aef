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
  const text = matchableText(original)
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
  // A few words before the quote tell it apart in any real article; more would make each
  // link cost a search per word of the article (issue 14), for a link no one could read.
  const before = collapseSpaces(original.slice(Math.max(0, target - MAX_PREFIX_CHARACTERS), target)).split(' ')
  if (target > MAX_PREFIX_CHARACTERS) before.shift() // may be cut mid-word; browsers match whole words
  for (let size = 1; size <= Math.min(before.length, MAX_PREFIX_WORDS); size++) {
    const prefix = before.slice(-size).join(' ')
    if (matchesTarget(wanted, undefined, prefix)) return `:~:text=${encode(prefix)}-,${encode(wanted)}`
  }
  return `:~:text=${encode(wanted)}`
}

/** The last article's text as matched, kept because every entry's link searches the same article. */
let lastMatchable: { original: string; text: string } | undefined

/** Case and block boundaries do not matter to a browser's match; positions stay the same. */
function matchableText(original: string): string {
  if (lastMatchable?.original !== original) lastMatchable = { original, text: original.toLowerCase().replace(/\n/g, ' ') }
  return lastMatchable.text
}

const MAX_PREFIX_WORDS = 12
const MAX_PREFIX_CHARACTERS = 400

/** Percent-encodes a fragment term, including the `-` and `,` that the fragment syntax reserves. */
function encode(part: string): string {
  return encodeURIComponent(part).replace(/-/g, '%2D')
}

export function sourceUrl(articleUrl: string, fragment: string): string {
  return `${articleUrl.replace(/#.*$/, '')}#${fragment}`
}
