import { build, type Plugin } from 'esbuild'
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { englishWords, RANKED_WORDS } from '../answer/english-words.js'

/**
 * `npm run build`, the server half: server/main.ts and everything it imports
 * in one plain-JavaScript file, dist/server/main.js, that `node` runs without
 * tsx. One file instead of a hundred modules is most of what a cold start saves
 * (issue 17), so the packages every start loads go into it too (see KEPT_OUTSIDE).
 */
export const SERVER_DIST_DIR = 'dist/server'

/**
 * Packages left in node_modules (`npm ci --omit=dev` installs them): better-sqlite3 for its native module, which
 * loads as it always does, and the PostgreSQL and Redis clients, which only a start that asks for them loads.
 * Every other package is written into the bundle: Node reading and linking the hundreds of small modules of
 * zod, yaml and hono took about 0.1 s of every start (issue 17). Trained models and knowledge snapshots are named
 * after the bundle's bytes alone (main.ts), so a package kept outside must never shape them.
 */
const KEPT_OUTSIDE = ['better-sqlite3', 'pg', 'ioredis', 'rate-limiter-flexible']

/**
 * Packages published as CommonJS (yaml's Node build) call `require`, which an ES module lacks; esbuild's own
 * stand-in throws, so the bundle makes a real one.
 */
const REQUIRE_FOR_COMMONJS = "import { createRequire as createRequireForCommonJs } from 'node:module'; const require = createRequireForCommonJs(import.meta.url);"

/** Files the server reads beside its own module at run time; the bundle finds them next to main.js. */
const BESIDE_THE_BUNDLE = [
  { from: 'server/insights/migrations', to: `${SERVER_DIST_DIR}/migrations` },
  { from: 'server/insights/postgres-migrations', to: `${SERVER_DIST_DIR}/postgres-migrations` },
]

/**
 * english-words.ts as the compiled server has it: its words written into the bundle as strings, which
 * V8 reads far faster than the package's JSON of words and counts.
 */
export function inlinedEnglishWords(): string {
  const { commonest, rarer } = englishWords()
  return [
    // At the top level, not inside englishWords(): V8 reads the 700 KB once, rather than once to skip the function and again to compile it.
    `const COMMONEST = ${JSON.stringify(commonest.join('\n'))}`,
    `const RARER = ${JSON.stringify(rarer)}`,
    `export const RANKED_WORDS = ${RANKED_WORDS}`,
    `export function englishWords() {`,
    `  return { commonest: COMMONEST.split('\\n'), rarer: RARER }`,
    `}`,
    '',
  ].join('\n')
}

/**
 * risk-weights.json as the compiled server has it: the same object, with its 22,000 features written as one
 * string to split. As the object literal esbuild writes for a JSON file, V8 took 12 ms of every start to parse them.
 */
export function inlinedRiskWeights(): string {
  const weights = JSON.parse(readFileSync(RISK_WEIGHTS, 'utf8')) as { features: string[] }
  if (weights.features.some((feature) => feature.includes('\n'))) throw new Error(`${RISK_WEIGHTS}: a feature holds a newline, so the features cannot be inlined one a line`)
  return [
    // Parsed with features in its place, so the keys keep their order.
    `const weights = JSON.parse(${JSON.stringify(JSON.stringify({ ...weights, features: [] }))})`,
    `weights.features = ${weights.features.length > 0 ? `${JSON.stringify(weights.features.join('\n'))}.split('\\n')` : '[]'}`,
    `export default weights`,
    '',
  ].join('\n')
}

const RISK_WEIGHTS = 'server/answer/risk-weights.json'

const inlineRiskWeights: Plugin = {
  name: 'inline-risk-weights',
  setup(build) {
    build.onLoad({ filter: /[\\/]server[\\/]answer[\\/]risk-weights\.json$/ }, () => ({ contents: inlinedRiskWeights(), loader: 'js' }))
  },
}

const inlineEnglishWords: Plugin = {
  name: 'inline-english-words',
  setup(build) {
    build.onLoad({ filter: /[\\/]server[\\/]answer[\\/]english-words\.ts$/ }, () => ({ contents: inlinedEnglishWords(), loader: 'js' }))
  },
}

/**
 * `source` in ASCII alone. esbuild escapes other characters in strings but leaves them in regular expressions and
 * comments (Spanish words, curly quotes), and one such character makes Node decode the whole 2.9 MB bundle into a
 * two-byte string, which costs about 10 ms of every start (issue 17). `\uXXXX` is the same UTF-16 unit in a string,
 * an untagged template, a comment and a regular expression, where with the u flag an escaped surrogate pair is still one
 * character; after a backslash it would not be, so such a character stops the build.
 */
export function asciiOnly(source: string, file: string): string {
  return source.replace(/(\\?)([^\x00-\x7f])/g, (_, backslash: string, unit: string) => {
    if (backslash) throw new Error(`${file}: "${unit}" follows a backslash, where an escape of it would mean something else`)
    return `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}

export async function buildServer() {
  rmSync(SERVER_DIST_DIR, { recursive: true, force: true })
  await build({
    entryPoints: { main: 'server/main.ts' },
    outdir: SERVER_DIST_DIR,
    bundle: true,
    platform: 'node',
    format: 'esm',
    // The oldest Node that package.json's engines allows.
    target: 'node20.19',
    external: KEPT_OUTSIDE,
    banner: { js: REQUIRE_FOR_COMMONJS },
    // What main.ts imports only when asked for (the PostgreSQL and Redis clients) goes in chunks beside main.js (where the migrations folders are found), loaded then.
    splitting: true,
    chunkNames: '[name]-[hash]',
    logLevel: 'warning',
    plugins: [inlineEnglishWords, inlineRiskWeights],
  })
  for (const name of readdirSync(SERVER_DIST_DIR).filter((name) => name.endsWith('.js'))) {
    const file = join(SERVER_DIST_DIR, name)
    writeFileSync(file, asciiOnly(readFileSync(file, 'utf8'), file))
  }
  for (const { from, to } of BESIDE_THE_BUNDLE) cpSync(from, to, { recursive: true })
}

// Run as a script (not when a test imports buildServer).
if (import.meta.url === `file://${process.argv[1]}`) {
  await buildServer()
  console.log(`Server built into ${SERVER_DIST_DIR}/main.js`)
}
