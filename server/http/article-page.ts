import { createHash } from 'node:crypto'
import type { Article } from '../knowledge/article.js'
import type { ClinicSettings } from '../knowledge/schema.js'

const ARTICLE_STYLE = `
body { font: 1.0625rem/1.6 system-ui, sans-serif; max-width: 42rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; color: #1d2430; background: #fff; }
h1 { font-size: 1.75rem; line-height: 1.25; } h2 { font-size: 1.25rem; margin-top: 2.25rem; line-height: 1.3; }
header { color: #4a5568; font-size: 0.9375rem; } a { color: #1a56db; } .book { font-weight: 600; }
@media (prefers-color-scheme: dark) { body { color: #e6e9ef; background: #12161d; } header { color: #a9b2c1; } a { color: #8ab4ff; } }
`

/** Lets the page's one <style> through its CSP by hash, so style-src needs no 'unsafe-inline' (issue 14). */
export const ARTICLE_STYLE_SOURCE = `'sha256-${createHash('sha256').update(ARTICLE_STYLE).digest('base64')}'`

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

/**
 * The clinic's article as a plain page, so that every answer's source link
 * resolves on a fresh install. Headings carry ids for section links; all text
 * is escaped, since staff write it as plain text.
 */
export function renderArticlePage(article: Article, clinic: ClinicSettings, language: 'en' | 'es' = 'en'): string {
  const [opening, ...sections] = article.sections
  const paragraphs = (items: string[]) => items.map((item) => `<p>${escapeHtml(item)}</p>`).join('\n')
  const body = [
    `<h1 id="${opening?.anchor ?? ''}">${escapeHtml(article.title)}</h1>`,
    paragraphs(opening?.paragraphs ?? []),
    ...sections.map((section) => `<h2 id="${section.anchor}">${escapeHtml(section.heading)}</h2>\n${paragraphs(section.paragraphs)}`),
    `<p><a class="book" href="${escapeHtml(clinic.booking_url)}">${escapeHtml(clinic.booking_label)}</a></p>`,
  ].join('\n')
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)} | ${escapeHtml(clinic.name)}</title>
<style>${ARTICLE_STYLE}</style>
</head>
<body>
<header>${escapeHtml(clinic.name)}</header>
<main>
${body}
</main>
</body>
</html>
`
}
