import { answerQuestion, prepareKnowledge } from '../answer/answer.js'
import { loadKnowledge } from '../knowledge/load.js'

/**
 * `npm run knowledge:try -- "question"`: what the widget would do with a
 * question and why, for staff tuning the knowledge files.
 */
const question = process.argv.slice(2).join(' ').trim()
if (question === '') {
  console.log('Usage: npm run knowledge:try -- "how long does a session take"')
  process.exit(2)
}
const folder = process.env.KNOWLEDGE_DIR ?? 'knowledge'
const base = process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 8787}`
const prepared = prepareKnowledge((await loadKnowledge(folder)).knowledge)
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
