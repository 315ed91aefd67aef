import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml'
import type { z } from 'zod'
import { knowledgeError, type KnowledgeProblem } from './problems.js'

type PathKey = PropertyKey

export type ParsedYaml = {
  data: unknown
  /** The file line of the value at `path`, or of its nearest existing parent. */
  lineOf: (path: readonly PathKey[], key?: string) => number
}

/**
 * Parses YAML that starts at `firstLine` of `file`, keeping the positions of
 * every value so that later problems can name the line to fix.
 */
export function parseYaml(file: string, source: string, firstLine = 1): ParsedYaml | KnowledgeProblem[] {
  const lineCounter = new LineCounter()
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1

  if (document.errors.length > 0) {
    return document.errors.map((error) =>
      knowledgeError(file, toFileLine(error.pos[0]), describeYamlError(error.code, error.message)),
    )
  }
  // Aliases (*name) save staff nothing in these files, and nested ones expand exponentially:
  // an alias bomb made toJS() throw a ReferenceError that crashed start-up (issue 14).
  const alias = firstAlias(document)
  if (alias) {
    return [knowledgeError(file, toFileLine(alias.offset), `"*${alias.source}" is a YAML alias, which knowledge files do not use: write the value out in full`)]
  }
  let data: unknown
  try {
    data = document.toJS()
  } catch (error) {
    return [knowledgeError(file, firstLine, `this YAML could not be read (${(error as Error).message}): write plain values, without anchors (&) or aliases (*)`)]
  }
  const cut = textCutByHash(document, source)
  if (cut) return [knowledgeError(file, toFileLine(cut.offset), `everything from "#${cut.dropped}" on was dropped, since # starts a comment: put the whole text in double quotes`)]
  return {
    data,
    lineOf: (path, key) => toFileLine(offsetOf(document, path, key)),
  }
}

function firstAlias(document: Document.Parsed): { source: string; offset: number } | undefined {
  let found: { source: string; offset: number } | undefined
  visit(document, {
    Alias(_, node) {
      found = { source: node.source, offset: node.range?.[0] ?? 0 }
      return visit.BREAK
    },
  })
  return found
}

/**
 * YAML reads an unquoted " #" as the start of a comment, so `question: How long is session #1?`
 * loads as "How long is session" with no error. A comment written without a space after
 * its # ("#1?") is no comment anyone meant: it is text the value lost.
 */
function textCutByHash(document: Document.Parsed, source: string): { offset: number; dropped: string } | undefined {
  let cut: { offset: number; dropped: string } | undefined
  visit(document, {
    Scalar(_key, node) {
      const [start, valueEnd] = node.range ?? [0, 0]
      const sameLine = /^[ \t]+#/.test(source.slice(valueEnd))
      if (node.type === 'PLAIN' && node.comment && !/^\s/.test(node.comment) && sameLine) {
        cut = { offset: start, dropped: node.comment }
        return visit.BREAK
      }
      return undefined
    },
  })
  return cut
}

function offsetOf(document: Document.Parsed, path: readonly PathKey[], key?: string): number {
  let node: unknown = document.contents
  let offset = document.contents?.range?.[0] ?? 0
  for (const step of key === undefined ? path : [...path, key]) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step))
      if (!pair || !isScalar(pair.key)) break
      offset = pair.key.range?.[0] ?? offset
      node = pair.value
    } else if (isSeq(node) && typeof step === 'number' && isNode(node.items[step])) {
      const item = node.items[step]
      offset = isNode(item) ? (item.range?.[0] ?? offset) : offset
      node = item
    } else {
      break
    }
  }
  return offset
}

/** The YAML library's words are for programmers; each common one gets a sentence a practice manager can act on. */
const PLAIN_WORDS: ReadonlyArray<{ code: string; says?: RegExp; plain: string }> = [
  { code: 'TAB_AS_INDENT', plain: 'indent with spaces, not tabs' },
  { code: 'MISSING_CHAR', says: /closing "quote/, plain: 'a closing double quote is missing: end the text with " on the same line' },
  { code: 'MISSING_CHAR', says: /closing '/, plain: "a closing single quote is missing: end the text with ' on the same line" },
  { code: 'MISSING_CHAR', says: /map values/, plain: 'use "key: value", with a colon and a space after the key' },
  { code: 'MULTILINE_IMPLICIT_KEY', plain: 'use "key: value", with a colon and a space after the key, all on one line' },
  { code: 'BLOCK_AS_IMPLICIT_KEY', plain: 'a setting or a list starts where it cannot: write each setting as "key: value" on its own line, each list item as "  - text" under its key, and text containing ": " in double quotes' },
  { code: 'BAD_INDENT', plain: 'the indentation is off: indent with spaces, the lines of one list by the same amount' },
  { code: 'UNEXPECTED_TOKEN', plain: 'something here is out of place: put text containing ":" or "#" in double quotes, and start list items on a new line' },
]

function describeYamlError(code: string, message: string): string {
  const firstLine = message.split('\n')[0] ?? message
  if (code === 'DUPLICATE_KEY') return `${firstLine}: each key may appear only once; remove or rename the second one`
  const plain = PLAIN_WORDS.find((words) => words.code === code && (!words.says || words.says.test(firstLine)))?.plain
  return `this is not valid YAML: ${plain ?? 'check the indentation, and put text containing ":" or "#" in double quotes'} (the YAML reader says: ${firstLine})`
}

/** Turns Zod's issues into located, plain-language problems. */
export function schemaProblems(file: string, parsed: ParsedYaml, error: z.ZodError): KnowledgeProblem[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const [first] = issue.keys
      const names = issue.keys.map((key) => `"${key}"`).join(', ')
      return knowledgeError(
        file,
        parsed.lineOf(issue.path, first),
        `unknown key ${names}: check the spelling (a typo here is silently ignored otherwise), or remove it`,
      )
    }
    return knowledgeError(file, parsed.lineOf(issue.path), issue.message)
  })
}
