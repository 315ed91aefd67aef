import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { normalise } from '../../server/answer/normalise.js'
import { answerQuestion } from '../../server/answer/answer.js'
import { realAnsweringKnowledge } from '../helpers.js'
import { loadRiskModel, RiskWeightsSchema } from '../../server/answer/risk-model.js'
import { assessSafety, riskModel } from '../../server/answer/safety-assessment.js'
import { readSafetyCorpus } from '../../server/training/safety-corpus.js'
import { trainRiskModel } from '../../server/training/train-risk-model.js'
import { inlinedRiskWeights } from '../../server/build/build-server.js'

const COMMITTED = 'server/answer/risk-weights.json'

describe('the learned risk model', () => {
  it('is reproduced byte for byte by retraining on the committed corpus (npm run train:safety)', async () => {
    const retrained = `${JSON.stringify(trainRiskModel(await readSafetyCorpus()))}\n`
    expect(retrained === (await readFile(COMMITTED, 'utf8')), 'the committed weights differ from a fresh training: run npm run train:safety').toBe(true)
  }, 120_000)

  it('is trained on at least 3,000 labelled messages of every kind', async () => {
    const corpus = await readSafetyCorpus()
    expect(corpus.length).toBeGreaterThanOrEqual(3000)
    for (const label of ['none', 'distress', 'self-harm', 'emergency']) expect(corpus.filter((item) => item.label === label).length).toBeGreaterThan(300)
  })

  it('trains the same weights from the same seed, and other weights from another', () => {
    const sample = [
      { text: 'i want to end it tonight', label: 'self-harm' as const },
      { text: 'how long is a session', label: 'none' as const },
      { text: 'my chest hurts and i can not breathe', label: 'emergency' as const },
      { text: 'i feel so hopeless lately', label: 'distress' as const },
    ]
    const options = { minCount: 1, epochs: 3 }
    expect(trainRiskModel(sample, options)).toEqual(trainRiskModel(sample, options))
    expect(trainRiskModel(sample, { ...options, seed: 7 }).weights).not.toBe(trainRiskModel(sample, options).weights)
  })

  it('is written into the compiled server as the very object of the committed file, keys in the same order', async () => {
    const committed = JSON.parse(await readFile(COMMITTED, 'utf8'))
    const inlined = ((await import(`data:text/javascript,${encodeURIComponent(inlinedRiskWeights())}`)) as { default: unknown }).default
    expect(inlined).toStrictEqual(committed)
    expect(Object.keys(inlined as object)).toEqual(Object.keys(committed))
  })

  it('refuses a weights file that does not match its schema', async () => {
    const committed = JSON.parse(await readFile(COMMITTED, 'utf8'))
    expect(() => loadRiskModel({ ...committed, weights: committed.weights.slice(0, 8) })).toThrow(/weights for/)
    expect(RiskWeightsSchema.safeParse({ ...committed, classes: ['none'] }).success).toBe(false)
    expect(RiskWeightsSchema.safeParse({ ...committed, features: [...committed.features.slice(1), 7] }).success).toBe(false)
    expect(RiskWeightsSchema.safeParse({ ...committed, features: 'b a bad' }).success).toBe(false)
  })

  it('says why: the features that pushed a message towards self-harm', () => {
    const why = riskModel.explain(normalise('the pills are lined up on my desk'), 'self-harm')
    expect(why.length).toBeGreaterThan(0)
    expect(why.some((feature) => /pill|means/.test(feature))).toBe(true)
  })

  it.each([
    ['the pills are lined up on my desk', 'self-harm'],
    ['dont wanna b here anymor', 'self-harm'],
    ['me quiero morir', 'self-harm'],
    ['tengo dolor en el pecho y no puedo respirar', 'emergency'],
  ])('catches wording no rule was written for: "%s"', (message, category) => {
    expect(assessSafety(normalise(message))).toMatchObject({ category })
    expect(assessSafety(normalise(message)).kind).not.toBe('none')
  })
})

describe('the risk model on a question the FAQ answers', async () => {
  const prepared = await realAnsweringKnowledge()

  it('may lead it with the help lines, but never replaces its answer with the crisis screen on its own', () => {
    const { response } = answerQuestion(prepared, 'will it work for me? ive tried everything else')
    expect(response.kind).toBe('answer')
  })

  it('still lets the rules screen an FAQ question that carries a crisis', () => {
    expect(answerQuestion(prepared, 'how long does a session take? i am going to kill myself tonight').response.kind).toBe('crisis')
  })

  it('adds no check-in where the rules read self-harm as history that is over: the answer already carries the 988 line', () => {
    const { response } = answerQuestion(prepared, 'After covid I went through a dark time when I did not want to be here anymore. I am safe now and see a therapist. Have studies looked at ketamine for those thoughts?')
    expect(response.checkIn).toBeUndefined()
    expect(response.resources?.map((resource) => resource.phone)).toContain('988')
  })
})

describe('the risk model alone in Spanish', () => {
  // A model nearly sure of self-harm whatever it reads: what decides is whether it may screen alone.
  const alwaysSure = { score: () => ({ none: 0.02, distress: 0.01, 'self-harm': 0.96, emergency: 0.01 }), explain: () => ['test'] }

  it('checks in, not screens, on a Spanish message that holds no word of danger', () => {
    expect(assessSafety(normalise('va a llover mañana en Houston o en Dallas este fin de semana?'), () => 'other', alwaysSure).kind).toBe('check-in')
    expect(assessSafety(normalise('cuantas sesiones voy a necesitar para sentirme mejor con el covid largo'), () => 'other', alwaysSure).kind).toBe('check-in')
  })

  it('still screens a Spanish message with a word of danger, and an English one with none', () => {
    expect(assessSafety(normalise('ya tengo las pastillas en la mano'), () => 'other', alwaysSure).kind).toBe('crisis')
    expect(assessSafety(normalise("tonight's the night. just wanted someone to know"), () => 'other', alwaysSure).kind).toBe('crisis')
  })
})

describe('the risk model alone on a short chat turn', () => {
  // A model that sees some risk in everything, not enough to screen: what decides is whether it may check in.
  const fairlySure = { score: () => ({ none: 0.3, distress: 0.5, 'self-harm': 0.15, emergency: 0.05 }), explain: () => ['test'] }

  it('does not check in on a short turn with no word that can carry risk', () => {
    for (const turn of ['thank you for the information, very helpful', 'just browsing', 'your website is confusing']) {
      expect(assessSafety(normalise(turn), () => 'other', fairlySure).kind, turn).toBe('none')
    }
  })

  it('still checks in on a short turn that can carry risk, and on a longer message', () => {
    expect(assessSafety(normalise('Depressed since covid. Not myself.'), () => 'other', fairlySure).kind).toBe('check-in')
    expect(assessSafety(normalise('I have been lying awake every night thinking about everything I have lost since covid'), () => 'other', fairlySure).kind).toBe('check-in')
  })
})

describe('the risk model alone on a long message that asks one of the FAQ\'s questions', () => {
  const history = 'I lost my job last spring and my friends stopped inviting me because I always cancel. How long does a session take?'
  const fairlySure = { score: () => ({ none: 0.5, distress: 0.4, 'self-harm': 0.05, emergency: 0.05 }), explain: () => ['test'] }
  const worried = { score: () => ({ none: 0.3, distress: 0.5, 'self-harm': 0.15, emergency: 0.05 }), explain: () => ['test'] }
  const nearlySure = { score: () => ({ none: 0.02, distress: 0.01, 'self-harm': 0.96, emergency: 0.01 }), explain: () => ['test'] }

  it('checks in only with the risk it needs on an FAQ question', () => {
    expect(assessSafety(normalise(history), () => 'asks-faq', fairlySure).kind).toBe('none')
    expect(assessSafety(normalise(history), () => 'other', fairlySure).kind).toBe('check-in')
    expect(assessSafety(normalise(history), () => 'asks-faq', worried).kind).toBe('check-in')
  })

  it('still screens it when nearly sure of a crisis, unlike an FAQ question on its own', () => {
    expect(assessSafety(normalise(history), () => 'asks-faq', nearlySure).kind).toBe('crisis')
    expect(assessSafety(normalise(history), () => 'faq', nearlySure).kind).toBe('check-in')
  })
})

describe('which messages ask one of the FAQ\'s questions', async () => {
  const prepared = await realAnsweringKnowledge()

  it('reads the asking part of a long history, so the model checks in on it only with more risk', () => {
    const { trace } = answerQuestion(prepared, 'I am a 52 year old roofer. Had covid twice. Since then I cannot climb ladders all day, I have lost jobs, my friends stopped calling. How many sessions would I need?')
    expect(trace.safety.kind).toBe('none')
  })
})

describe('the risk model alone, with a fair chance of self-harm and a word of time or means', () => {
  // Fairly sure of self-harm, far from nearly sure: alone, a check-in; beside a word that puts it in time or in hand, the screen.
  const fairChance = { score: () => ({ none: 0.2, distress: 0.2, 'self-harm': 0.6, emergency: 0 }), explain: () => ['test'] }

  it('screens a quiet crisis that names a night, a deadline or the means counted out', () => {
    for (const message of [
      "I have a consult booked for 2pm. Can't promise I'll still be around by then.",
      'I keep looking at my pill organiser and thinking about the whole month at once tonight.',
      'Do you do payment plans? Does not matter, I will not be alive to pay it off.',
      'the tablets are counted out on the nightstand and I am tired of waiting for appointments',
    ]) {
      expect(assessSafety(normalise(message), () => 'other', fairChance), message).toMatchObject({ kind: 'crisis', category: 'self-harm' })
    }
  })

  it('only checks in without such a word, on an FAQ question, or where the message says it is over', () => {
    expect(assessSafety(normalise('I feel so low since covid and I am tired of waiting for appointments'), () => 'other', fairChance).kind).toBe('check-in')
    expect(assessSafety(normalise('my father wants to know how the treatment is given and how long it takes'), () => 'other', fairChance).kind).toBe('check-in')
    expect(assessSafety(normalise('can I book a session for tonight'), () => 'faq', fairChance).kind).toBe('check-in')
    expect(assessSafety(normalise('I had a rough night already but I am fine now after some water'), () => 'other', fairChance).kind).toBe('check-in')
  })
})
