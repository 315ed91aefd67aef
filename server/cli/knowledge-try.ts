import { answerQuestion, prepareKnowledge } from '../answer/answer.js'
import { readConfig } from '../config.js'
import { loadKnowledge } from '../knowledge/load.js'

/**
 * `npm run knowledge:try -- "question"`: what the widget would do with a
 * question and why, for staff tuning the knowledge files.
 */
const HELP = `Usage: npm run knowledge:try -- "how long does a session take"

Shows what the chat would answer to a question, and why: how the question was
read (typos, synonyms), the safety screen, the ask-us-directly topics, the entries
ranked with the words they matched, and the answer with its source link.

It reads the knowledge folder (KNOWLEDGE_DIR, or knowledge/) as it is saved now,
and builds links as the server does, from PUBLIC_URL or PORT.`

const argument = process.argv[2]
if (argument === '--help' || argument === '-h') {
  console.log(HELP)
  process.exit(0)
}
const question = process.argv.slice(2).join(' ').trim()
if (question === '') {
  console.log(HELP)
  process.exit(2)
}
// The same settings as the server, so links point where it runs (and a bad PORT is named, not guessed around).
const { config, problems } = readConfig(process.env)
if (!config) {
  for (const problem of problems) console.log(problem)
  process.exit(2)
}
const folder = config.KNOWLEDGE_DIR
const base = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`
// One question is asked, and only the knowledge is used: asking every phrasing first (which only warns; knowledge:check does it) took seconds.
const prepared = prepareKnowledge((await loadKnowledge(folder, new Date(), { phrasings: false })).knowledge)
const { response, trace } = answerQuestion(prepared, question)

const corrections = trace.question.words.filter((word) => word.correctedTo).map((word) => `${word.word} -> ${word.correctedTo}`)
const synonyms = trace.question.words.filter((word) => word.expansions.length > 0).map((word) => `${word.word} -> ${word.expansions.join(' ')}`)
console.log(`Question:  "${question}"`)
console.log(`Read as:   "${trace.question.normalised}"`)
if (corrections.length > 0) console.log(`Typos:     ${corrections.join(', ')}`)
if (synonyms.length > 0) console.log(`Synonyms:  ${synonyms.join(', ')}  (stems, from knowledge/synonyms.yaml)`)
console.log(`Safety:    ${trace.safety.kind === 'crisis' ? `crisis (${trace.safety.category}: ${trace.safety.reason})` : trace.safety.kind}`)

const why = trace.retrieval
  ? `, because ${trace.retrieval.reason}`
  : trace.referral
    ? `, before any search: "${trace.referral}" is an ask-us-directly topic in clinic.yaml`
    : ', before any search: crisis resources come first'
console.log(`\nDecision:  ${response.kind.toUpperCase()}${why}`)

if (trace.retrieval && trace.retrieval.considered.length > 0) {
  console.log('\nRanked entries (search score; share of the question covered; closest phrasing):')
  trace.retrieval.considered.forEach((evidence, rank) => {
    console.log(`  ${rank + 1}. ${evidence.id.padEnd(28)} score ${evidence.score.toFixed(1).padStart(6)}   covers ${`${Math.round(evidence.coverage * 100)}%`.padStart(4)}   phrasing ${`${Math.round(evidence.phrasingMatch * 100)}%`.padStart(4)} "${evidence.closestPhrasing}"`)
    console.log(`     matched: ${evidence.matched.join(', ') || 'nothing meaningful'}${evidence.missing.length > 0 ? `; not in this entry: ${evidence.missing.join(', ')}` : ''}`)
  })
}

console.log('')
for (const answer of response.answers) {
  console.log(`Answer (${answer.id}): ${answer.text}`)
  console.log(`Source:    ${answer.source.title}\n           ${new URL(answer.source.url, base).href}\n`)
}
if (response.message) console.log(`Message:   ${response.message}`)
for (const resource of response.resources ?? []) {
  console.log(`Resource:  ${resource.label}${resource.phone ? `  tel:${resource.phone}` : ''}${resource.sms ? `  sms:${resource.sms}` : ''}${resource.url ? `  ${resource.url}` : ''}`)
}
for (const suggestion of response.suggestions ?? []) console.log(`Suggest:   ${suggestion}`)
