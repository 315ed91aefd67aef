import { knowledgeError, type KnowledgeProblem } from './problems.js'

export type FrontMatterFile = {
  frontMatter: string
  /** File line on which the front matter's first line sits. */
  frontMatterLine: number
  body: string
  bodyLine: number
}

const FENCE = /^---\s*$/

/** Splits a Markdown file into the YAML between its opening `---` lines and the text after them. */
export function splitFrontMatter(file: string, source: string): FrontMatterFile | KnowledgeProblem {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/)
  if (!FENCE.test(lines[0] ?? '')) {
    return knowledgeError(file, 1, 'the file must start with a line of three dashes (---), then the settings, then another --- line')
  }
  const closing = lines.findIndex((line, index) => index > 0 && FENCE.test(line))
  if (closing === -1) {
    return knowledgeError(file, 1, 'the settings at the top are never closed: add a line of three dashes (---) after them, before the answer')
  }
  const bodyLines = lines.slice(closing + 1)
  const leadingBlank = bodyLines.findIndex((line) => line.trim() !== '')
  return {
    frontMatter: lines.slice(1, closing).join('\n'),
    frontMatterLine: 2,
    body: bodyLines.join('\n').trim(),
    bodyLine: closing + 2 + Math.max(leadingBlank, 0),
  }
}
