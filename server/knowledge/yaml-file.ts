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

function describeYamlError(code: string, message: string): string {
  const firstLine = message.split('\n')[0] ?? message
  if (code === 'DUPLICATE_KEY') return `${firstLine}: each key may appear only once; remove or rename the second one`
  return `this is not valid YAML (${firstLine}). Check the indentation, and put text containing ":" or "#" in double quotes`
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
