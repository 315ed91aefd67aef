import { createHash } from 'node:crypto'
import type { Knowledge } from '../knowledge/knowledge.js'
import { OUT_OF_SCOPE, trainIntentModel, type IntentModel } from './intent.js'
import { understandQuestion } from './question.js'
import type { SearchIndex } from './search-index.js'

/**
 * Trains the intent model on the knowledge: every entry's question and other
 * phrasings, and the out-of-scope questions. The same knowledge always gives
 * the same model, so one trained model is kept per knowledge version seen
 * recently (the checker, the server and tests prepare the same files often).
 */
const recent = new Map<string, IntentModel>()
const RECENT_MODELS = 4

export function intentModelFor(knowledge: Knowledge, index: SearchIndex): IntentModel {
  const examples = [
    ...knowledge.entries.flatMap((entry) => [entry.question, ...entry.other_phrasings].map((text) => ({ text, label: entry.id }))),
    ...[...knowledge.outOfScope.in_domain, ...knowledge.outOfScope.off_topic].map((text) => ({ text, label: OUT_OF_SCOPE })),
  ]
  const key = createHash('sha256')
    .update(JSON.stringify([examples, knowledge.synonyms, knowledge.entries.map((entry) => entry.answer)]))
    .digest('hex')
  const known = recent.get(key)
  if (known) return known
  const model = trainIntentModel(examples.map(({ text, label }) => ({ question: understandQuestion(text, index), label })))
  if (recent.size >= RECENT_MODELS) recent.delete(recent.keys().next().value!)
  recent.set(key, model)
  return model
}
