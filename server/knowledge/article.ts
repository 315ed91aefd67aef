/**
 * The clinic's article, kept as Markdown in `knowledge/articles/`: the text every
 * answer's source link points into. Only headings (`## `) and paragraphs are
 * meaningful; everything is shown as plain text.
 */

export type ArticleSection = {
  heading: string
  anchor: string
  /** File line of the heading (the title's section starts at the body's first line). */
  line: number
  paragraphs: string[]
}

export type Article = {
  slug: string
  title: string
  /** Where visitors read it: the clinic's own page, or '' for the copy this server renders. */
  url: string
  file: string
  /**
   * Present when the page holds the clinic's own facts rather than published text (see
   * ArticleFrontMatterSchema): when they were last checked, and whether they are still the
   * shipped example, with the lines that say so.
   */
  clinicFacts?: { reviewed: string; example: boolean; lines: { reviewed: number; example: number } }
  sections: ArticleSection[]
}

function anchorFor(heading: string): string {
  return heading
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** Splits the article body into sections; the paragraphs before the first heading belong to the title. */
export function parseArticleBody(title: string, body: string, bodyLine: number): ArticleSection[] {
  const sections: ArticleSection[] = [{ heading: title, anchor: anchorFor(title), line: bodyLine, paragraphs: [] }]
  let paragraph: string[] = []
  const closeParagraph = () => {
    if (paragraph.length > 0) sections.at(-1)?.paragraphs.push(paragraph.join(' '))
    paragraph = []
  }
  body.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim()
    const heading = /^#{1,6}\s+(.+)$/.exec(line)
    if (heading?.[1]) {
      closeParagraph()
      sections.push({ heading: heading[1].trim(), anchor: anchorFor(heading[1]), line: bodyLine + index, paragraphs: [] })
    } else if (line === '') {
      closeParagraph()
    } else {
      paragraph.push(line)
    }
  })
  closeParagraph()
  return sections
}

/** Each article's laid-out text, worked out once: every entry's source link searches the same text. */
const laidOut = new WeakMap<Article, { text: string; sectionStarts: number[] }>()

/**
 * The article's text as a browser lays it out for text-fragment matching
 * (headings and paragraphs in order), with where each section starts in it.
 */
export function articleText(article: Article): { text: string; sectionStarts: number[] } {
  const known = laidOut.get(article)
  if (known) return known
  const blocks = article.sections.map((section) => [section.heading, ...section.paragraphs].join('\n'))
  const sectionStarts: number[] = []
  let start = 0
  for (const block of blocks) {
    sectionStarts.push(start)
    start += block.length + 1
  }
  const result = { text: blocks.join('\n'), sectionStarts }
  laidOut.set(article, result)
  return result
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

export function findSection(article: Article, heading: string): ArticleSection | undefined {
  const wanted = collapseSpaces(heading).toLowerCase()
  return article.sections.find((section) => section.heading.toLowerCase() === wanted || section.anchor === anchorFor(heading))
}

/** Each section's paragraphs with spaces collapsed, once: every entry quoting the article looks through them. */
const collapsedParagraphs = new WeakMap<ArticleSection, string[]>()

export function sectionContains(section: ArticleSection, quote: string): boolean {
  const wanted = collapseSpaces(quote)
  let paragraphs = collapsedParagraphs.get(section)
  if (!paragraphs) collapsedParagraphs.set(section, (paragraphs = section.paragraphs.map(collapseSpaces)))
  return paragraphs.some((paragraph) => paragraph.includes(wanted))
}
