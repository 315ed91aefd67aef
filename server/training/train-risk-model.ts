import { normalise } from '../answer/normalise.js'
import { riskFeatures } from '../answer/risk-features.js'
import { seededShuffler } from '../answer/seeded-order.js'
import { featureValue, RISK_CLASSES, softmax, type RiskClass, type RiskWeights } from '../answer/risk-model.js'

/**
 * Trains the risk model: multinomial logistic regression by stochastic gradient
 * descent with AdaGrad steps and L2 shrinkage, over examples visited in an order
 * fixed by the seed. Pure and deterministic: the same corpus and options give
 * the same weights file, byte for byte (a test retrains and compares).
 *
 * Why this and not a bigger model: a few thousand short messages, a 0.15 ms
 * budget per answer, and weights small enough to commit and review. Character
 * n-grams carry most of what a deeper model would add here (typos, slang,
 * Spanish); the rules stay beside it for negation and history frames.
 */

export type LabelledMessage = { text: string; label: RiskClass }

export type TrainingOptions = {
  seed: number
  epochs: number
  learningRate: number
  l2: number
  /** A feature must occur in at least this many messages to be learned: rarer ones are noise, and cost bytes. */
  minCount: number
}

export const TRAINING_DEFAULTS: TrainingOptions = { seed: 20261201, epochs: 20, learningRate: 1, l2: 1e-5, minCount: 8 }

/** Weights are stored as 16-bit steps of the largest weight; a feature whose weights are all below PRUNE_BELOW says nothing and is dropped. */
const QUANT_LEVELS = 32767
const PRUNE_BELOW = 0.1

export function trainRiskModel(messages: readonly LabelledMessage[], options: Partial<TrainingOptions> = {}): RiskWeights {
  const { seed, epochs, learningRate, l2, minCount } = { ...TRAINING_DEFAULTS, ...options }
  const classes = RISK_CLASSES.length
  const examples = messages.map(({ text, label }) => ({ features: riskFeatures(normalise(text)), label: RISK_CLASSES.indexOf(label) }))

  const counts = new Map<string, number>()
  for (const { features } of examples) for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1)
  const vocabulary = [...counts].filter(([, count]) => count >= minCount).map(([feature]) => feature).sort()
  const index = new Map(vocabulary.map((feature, position) => [feature, position]))
  const encoded = examples.map(({ features, label }) => ({ rows: features.flatMap((feature) => index.get(feature) ?? []), value: featureValue(features.length), label }))

  // Each class weighs the same in total, however many examples it has.
  const perClass = RISK_CLASSES.map((_, k) => encoded.filter((example) => example.label === k).length)
  const classWeight = perClass.map((count) => (count === 0 ? 0 : encoded.length / (classes * count)))

  const weights = new Float64Array(vocabulary.length * classes)
  const squares = new Float64Array(vocabulary.length * classes).fill(1e-8)
  const bias = new Float64Array(classes)
  const biasSquares = new Float64Array(classes).fill(1e-8)
  const shuffle = seededShuffler(seed)
  const order = encoded.map((_, position) => position)

  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order)
    for (const position of order) {
      const { rows, value, label } = encoded[position]!
      const logits = Array.from(bias)
      for (const row of rows) for (let k = 0; k < classes; k++) logits[k]! += weights[row * classes + k]! * value
      const probabilities = Object.values(softmax(logits))
      for (let k = 0; k < classes; k++) {
        const gradient = (probabilities[k]! - (k === label ? 1 : 0)) * classWeight[label]!
        biasSquares[k]! += gradient * gradient
        bias[k]! -= (learningRate * gradient) / Math.sqrt(biasSquares[k]!)
        for (const row of rows) {
          const at = row * classes + k
          const g = gradient * value + l2 * weights[at]!
          squares[at]! += g * g
          weights[at]! -= (learningRate * g) / Math.sqrt(squares[at]!)
        }
      }
    }
  }
  return quantise(vocabulary, weights, Array.from(bias))
}

function quantise(vocabulary: readonly string[], weights: Float64Array, bias: number[]): RiskWeights {
  const classes = RISK_CLASSES.length
  let largest = 0
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight))
  const step = Number((largest / QUANT_LEVELS).toPrecision(6))
  const kept: string[] = []
  const bytes: number[] = []
  vocabulary.forEach((feature, position) => {
    const raw = Array.from({ length: classes }, (_, k) => weights[position * classes + k]!)
    if (raw.every((value) => Math.abs(value) < PRUNE_BELOW)) return
    kept.push(feature)
    for (const value of raw) {
      const level = Math.max(-QUANT_LEVELS, Math.min(QUANT_LEVELS, Math.round(value / step)))
      bytes.push(level & 0xff, (level >> 8) & 0xff)
    }
  })
  return {
    format: 1,
    classes: [...RISK_CLASSES],
    step,
    bias: bias.map((value) => Number(value.toFixed(4))),
    features: kept,
    weights: Buffer.from(bytes).toString('base64'),
  }
}
