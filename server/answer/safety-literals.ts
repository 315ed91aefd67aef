import known from './safety-literals.json' with { type: 'json' }
import { LiteralFinder, requiredLiterals } from './required-literals.js'

/**
 * The required literals of every safety pattern, worked out ahead of time
 * (`npm run safety:literals` writes safety-literals.json): reading the five
 * hundred patterns took a tenth of a second of every start. A pattern the file
 * does not know, because it was edited since, is read here as the server
 * starts, so a stale file slows the start and never weakens a rule; a test
 * keeps the file current.
 */
const KNOWN: Readonly<Record<string, string[] | null>> = known

/** Every source asked about since the process started, in order: what the file must hold. */
export const SOURCES_ASKED: string[] = []

/** The file's contents for the patterns asked about so far, each read by `read` (the file's own reading, or a fresh one). */
export function safetyLiteralsTable(read: (source: string) => string[] | undefined): Record<string, string[] | null> {
  return Object.fromEntries(SOURCES_ASKED.map((source) => [source, read(source) ?? null]))
}

export function literalsOf(source: string): string[] | undefined {
  SOURCES_ASKED.push(source)
  const stored = Object.hasOwn(KNOWN, source) ? KNOWN[source] : requiredLiterals(source)
  return stored ?? undefined
}

/**
 * For a text, which of these patterns may match it: those whose literals it holds, and those
 * with no literals to check. One pass over the text, whatever the number of patterns.
 */
export function literalGate(sources: readonly string[]): (text: string) => (pattern: number) => boolean {
  const needs = sources.map(literalsOf)
  const literals = [...new Set(needs.flatMap((strings) => strings ?? []))]
  const ids = new Map(literals.map((literal, id) => [literal, id]))
  const needIds = needs.map((strings) => strings?.map((literal) => ids.get(literal)!))
  const finder = new LiteralFinder(literals)
  return (text) => {
    const found = finder.find(text)
    return (pattern) => needIds[pattern]?.some((id) => found[id] === 1) ?? true
  }
}

/** Alternatives tested as one: a message is tried only on the patterns whose literals it holds. */
export function anyOf(sources: readonly string[]): { test(text: string): boolean } {
  const patterns = sources.map((source) => new RegExp(source))
  const gate = literalGate(sources)
  return {
    test(text) {
      const mayMatch = gate(text)
      return patterns.some((pattern, index) => mayMatch(index) && pattern.test(text))
    },
  }
}
