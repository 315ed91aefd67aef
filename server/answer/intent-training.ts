import { createHash } from 'node:crypto'
import type { LanguageKnowledge } from '../knowledge/knowledge.js'
import { intentModelFrom, OUT_OF_SCOPE, trainIntentWeights, type IntentModel, type IntentWeights } from './intent.js'
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
/**
 * Training costs examples times classes, so it grows with the square of the
 * entries. Past this many the model is not trained and the evidence alone
 * decides, as it did before the model: a clinic's FAQ has tens of entries.
 */
export const INTENT_MAX_ENTRIES = 300

const UNTRAINED: IntentModel = {
  labels: [],
  classify: () => ({ best: OUT_OF_SCOPE, probability: 0, outOfScope: 0, ranked: [] }),
}

/** Where trained models outlive the process: the compiled server keeps them on disk (diskModelShelf); elsewhere nothing is kept. */
export type ModelShelf = { get(key: string): IntentWeights | undefined; put(key: string, weights: IntentWeights): void }
let shelf: ModelShelf | undefined

export function keepTrainedModelsOn(modelShelf: ModelShelf): void {
  shelf = modelShelf
}

export function intentModelFor(knowledge: LanguageKnowledge, index: SearchIndex): IntentModel {
  if (knowledge.entries.length > INTENT_MAX_ENTRIES) return UNTRAINED
  const examples = [
    ...knowledge.entries.flatMap((entry) => [entry.question, ...entry.other_phrasings].map((text) => ({ text, label: entry.id }))),
    ...[...knowledge.outOfScope.in_domain, ...knowledge.outOfScope.off_topic].map((text) => ({ text, label: OUT_OF_SCOPE })),
  ]
  const key = createHash('sha256')
    .update(JSON.stringify([index.analyser.language, examples, knowledge.synonyms, knowledge.entries.map((entry) => entry.answer)]))
    .digest('hex')
  const known = recent.get(key)
  if (known) return known
  let weights = shelf?.get(key)
  if (!weights) {
    weights = trainIntentWeights(examples.map(({ text, label }) => ({ question: understandQuestion(text, index), label })))
    shelf?.put(key, weights)
  }
  const model = intentModelFrom(weights)
  if (recent.size >= RECENT_MODELS) recent.delete(recent.keys().next().value!)
  recent.set(key, model)
  return model
}
