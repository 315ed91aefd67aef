import type { Question } from './question.js'
import { seededShuffler } from './seeded-order.js'

/**
 * The intent model: which entry a question asks for, or none of them.
 *
 * A multinomial logistic regression over the question's meaningful stems (with
 * the staff's synonyms), their pairs and character 4-grams, with one class per
 * entry and an explicit out-of-scope class trained on questions the knowledge
 * does not answer: the "oos-train" setup of CLINC150 (Larson et al., EMNLP
 * 2019), whose authors found that classifiers good at in-scope intents
 * "struggle to identify out-of-scope queries" unless shown such queries.
 * It is trained when the knowledge loads, so a staff edit retrains it; training
 * is deterministic (a seeded order) and takes well under a second.
 */

export const OUT_OF_SCOPE = '(out of scope)'

export type IntentExample = { question: Question; label: string }

export type IntentScores = { best: string; probability: number; outOfScope: number; ranked: ReadonlyArray<{ id: string; probability: number }> }

export type IntentModel = {
  readonly labels: readonly string[]
  classify(question: Question): IntentScores
}

const EPOCHS = 15
const LEARNING_RATE = 1.5
const L2 = 1e-5
/** Out-of-scope examples outnumber any entry's phrasings many times; together they weigh as much as this many entries. */
const OUT_OF_SCOPE_WEIGHT_IN_ENTRIES = 3
/** Classes this unlikely for an example get no update: most of 50 classes, most of the time, which keeps training fast. */
const NEGLIGIBLE = 1e-4
const SEED = 20261201

export function intentFeatures(question: Question): string[] {
  const features = new Set<string>()
  let previous: string | undefined
  for (const word of question.words) {
    if (word.stop) continue
    features.add(`w ${word.stem}`)
    for (const expansion of word.expansions) features.add(`w ${expansion}`)
    if (previous) features.add(`b ${previous} ${word.stem}`)
    previous = word.stem
  }
  return [...features]
}

/** What training learns: all a model needs to answer, so the compiled server keeps it on disk and skips training when the knowledge is unchanged (model-shelf.ts). */
export type IntentWeights = { labels: readonly string[]; features: readonly string[]; weights: Float32Array; bias: Float64Array }

export function trainIntentWeights(examples: readonly IntentExample[]): IntentWeights {
  const labels = [...new Set(examples.map((example) => example.label))].sort()
  const classes = labels.length
  const labelIndex = new Map(labels.map((label, position) => [label, position]))
  const featureIndex = new Map<string, number>()
  const encoded = examples.map(({ question, label }) => {
    const features = intentFeatures(question)
    const rows = features.map((feature) => {
      let row = featureIndex.get(feature)
      if (row === undefined) featureIndex.set(feature, (row = featureIndex.size))
      return row
    })
    return { rows, value: valueOf(features.length), label: labelIndex.get(label)! }
  })

  // An entry with the average number of phrasings weighs 1 per example; all out-of-scope examples together weigh as much as a few entries.
  const perClass = new Array<number>(classes).fill(0)
  for (const { label } of encoded) perClass[label]!++
  const outOfScopeIndex = labelIndex.get(OUT_OF_SCOPE)
  const entryExamples = encoded.length - (outOfScopeIndex === undefined ? 0 : perClass[outOfScopeIndex]!)
  const perEntry = entryExamples / Math.max(1, classes - (outOfScopeIndex === undefined ? 0 : 1))
  const classWeight = perClass.map((count, k) => ((k === outOfScopeIndex ? OUT_OF_SCOPE_WEIGHT_IN_ENTRIES : 1) * perEntry) / count)

  const weights = new Float32Array(featureIndex.size * classes)
  const squares = new Float32Array(featureIndex.size * classes).fill(1e-6)
  const bias = new Float64Array(classes)
  const shuffle = seededShuffler(SEED)
  const order = encoded.map((_, position) => position)
  const logits = new Float64Array(classes)

  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    shuffle(order)
    for (const position of order) {
      const { rows, value, label } = encoded[position]!
      scoreInto(logits, bias, weights, rows, value, classes)
      const probabilities = softmaxInPlace(logits)
      for (let k = 0; k < classes; k++) {
        const error = probabilities[k]! - (k === label ? 1 : 0)
        if (Math.abs(error) < NEGLIGIBLE) continue
        const gradient = error * classWeight[label]!
        bias[k]! -= (LEARNING_RATE * gradient) / 10
        for (const row of rows) {
          const at = row * classes + k
          const g = gradient * value + L2 * weights[at]!
          squares[at]! += g * g
          weights[at]! -= (LEARNING_RATE * g) / Math.sqrt(squares[at]!)
        }
      }
    }
  }

  return { labels, features: [...featureIndex.keys()], weights, bias }
}

export function intentModelFrom({ labels, features, weights, bias }: IntentWeights): IntentModel {
  const classes = labels.length
  const labelIndex = new Map(labels.map((label, position) => [label, position]))
  const featureIndex = new Map(features.map((feature, row) => [feature, row]))
  return {
    labels,
    classify(question) {
      const features = intentFeatures(question)
      const rows = features.flatMap((feature) => featureIndex.get(feature) ?? [])
      const scores = new Float64Array(classes)
      scoreInto(scores, bias, weights, rows, valueOf(features.length), classes)
      const probabilities = softmaxInPlace(scores)
      const ranked = labels
        .map((id, k) => ({ id, probability: probabilities[k]! }))
        .filter(({ id }) => id !== OUT_OF_SCOPE)
        .sort((a, b) => b.probability - a.probability)
        .slice(0, 5)
      const outOfScope = probabilities[labelIndex.get(OUT_OF_SCOPE) ?? -1] ?? 0
      const top = ranked[0]
      return { best: top?.id ?? OUT_OF_SCOPE, probability: top?.probability ?? 0, outOfScope, ranked }
    },
  }
}

/** Each feature counts 1/√n, so a long message does not outweigh a short one. */
function valueOf(featureCount: number): number {
  return featureCount === 0 ? 0 : 1 / Math.sqrt(featureCount)
}

function scoreInto(target: Float64Array, bias: Float64Array, weights: Float32Array, rows: readonly number[], value: number, classes: number): void {
  target.set(bias)
  for (const row of rows) {
    const base = row * classes
    for (let k = 0; k < classes; k++) target[k]! += weights[base + k]! * value
  }
}

function softmaxInPlace(logits: Float64Array): Float64Array {
  let top = -Infinity
  for (const value of logits) top = Math.max(top, value)
  let total = 0
  for (let k = 0; k < logits.length; k++) total += logits[k] = Math.exp(logits[k]! - top)
  for (let k = 0; k < logits.length; k++) logits[k]! /= total
  return logits
}
