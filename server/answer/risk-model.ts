import * as z from 'zod'
import { riskFeatures } from './risk-features.js'

/**
 * The learned risk model: a multinomial logistic regression over riskFeatures(),
 * trained by `npm run train:safety` on the labelled corpus in training/safety/.
 * It only scores; the rules in safety.ts and the thresholds in safety-assessment.ts
 * decide what the visitor sees. No network, no training at request time.
 */

export const RISK_CLASSES = ['none', 'distress', 'self-harm', 'emergency'] as const
export type RiskClass = (typeof RISK_CLASSES)[number]

/** The committed weights file: features and their weights quantised to 16 bits, so retraining reproduces it byte for byte. */
export const RiskWeightsSchema = z.strictObject({
  format: z.literal(1),
  classes: z.tuple([z.literal('none'), z.literal('distress'), z.literal('self-harm'), z.literal('emergency')]),
  /** The weight of one quantisation step. */
  step: z.number().positive(),
  bias: z.array(z.number()).length(RISK_CLASSES.length),
  /** Checked in one pass rather than by z.array(z.string()), which took 15 ms of every start over 22,000 features (issue 17). */
  features: z.custom<string[]>((value) => Array.isArray(value) && value.every((feature) => typeof feature === 'string'), 'features must be a list of strings'),
  /** Base64 of one signed 16-bit little-endian step per feature and class, feature-major. */
  weights: z.string(),
})
export type RiskWeights = z.infer<typeof RiskWeightsSchema>

export type RiskScores = Readonly<Record<RiskClass, number>>

export type RiskModel = {
  score(normalised: string): RiskScores
  /** The features that pushed hardest towards `towards`: why the model said what it said. */
  explain(normalised: string, towards: RiskClass, count?: number): string[]
}

export function loadRiskModel(weights: RiskWeights): RiskModel {
  const parsed = RiskWeightsSchema.parse(weights)
  const classes = RISK_CLASSES.length
  const bytes = Buffer.from(parsed.weights, 'base64')
  if (bytes.length !== parsed.features.length * classes * 2) throw new Error(`risk weights: ${bytes.length / 2} weights for ${parsed.features.length} features`)
  // Plain loops: a callback per weight and a pair per feature took 45 ms of every start (issue 17).
  const table = new Float32Array(bytes.length / 2)
  for (let index = 0; index < table.length; index++) table[index] = bytes.readInt16LE(index * 2) * parsed.step
  const rows = new Map<string, number>()
  parsed.features.forEach((feature, index) => rows.set(feature, index * classes))

  const logits = (features: readonly string[]) => {
    const sums = [...parsed.bias]
    const value = featureValue(features.length)
    for (const feature of features) {
      const row = rows.get(feature)
      if (row === undefined) continue
      for (let k = 0; k < classes; k++) sums[k]! += table[row + k]! * value
    }
    return sums
  }

  return {
    score(normalised) {
      return softmax(logits(riskFeatures(normalised)))
    },
    explain(normalised, towards, count = 5) {
      const k = RISK_CLASSES.indexOf(towards)
      return riskFeatures(normalised)
        .flatMap((feature) => {
          const row = rows.get(feature)
          return row === undefined ? [] : [{ feature, weight: table[row + k]! - table[row]! }]
        })
        .sort((a, b) => b.weight - a.weight)
        .slice(0, count)
        .map(({ feature }) => feature)
    },
  }
}

/** Each present feature counts 1/√n, so a long message does not shout louder than a short one. */
export function featureValue(featureCount: number): number {
  return featureCount === 0 ? 0 : 1 / Math.sqrt(featureCount)
}

export function softmax(logits: readonly number[]): RiskScores {
  const top = Math.max(...logits)
  const exps = logits.map((value) => Math.exp(value - top))
  const total = exps.reduce((sum, value) => sum + value, 0)
  return Object.fromEntries(RISK_CLASSES.map((name, index) => [name, exps[index]! / total])) as RiskScores
}
