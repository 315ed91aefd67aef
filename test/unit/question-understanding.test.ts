import { describe, expect, it } from 'vitest'
import { normalise } from '../../server/answer/normalise.js'
import { understandQuestion } from '../../server/answer/question.js'
import { analyse } from '../../server/answer/terms.js'
import { realAnsweringKnowledge } from '../helpers.js'

const { index } = await realAnsweringKnowledge()
const word = (question: string, visitorWord: string) => understandQuestion(question, index).words.find((candidate) => candidate.word === visitorWord)

describe('normalise', () => {
  it.each([
    ['How long r the sessions??', 'how long are the sessions'],
    ['I can’t breathe', 'i can not breathe'],
    ['Is it OK w/ my meds', 'is it ok with my medications'],
    ['Café au lait', 'cafe au lait'],
    ['Im tired', 'i am tired'],
    ['IM shot what is that', 'intramuscular shot what is that'],
    ['iv vs im?', 'iv vs intramuscular'],
    ["I'M SO TIRED", 'i am so tired'],
    ['appt tmrw, how many hrs', 'appointment tomorrow how many hours'],
    ['is the constructor valueOf toString __proto__ safe', 'is the constructor valueof tostring proto safe'],
  ])('reads "%s" as "%s"', (raw, expected) => {
    expect(normalise(raw)).toBe(expected)
  })
})

describe('stemming', () => {
  it('keeps apart words Porter2 would join', () => {
    expect(analyse('effective')).not.toEqual(analyse('effects'))
    expect(analyse('several')).not.toEqual(analyse('severe'))
    expect(analyse('experiment')).not.toEqual(analyse('experience'))
  })

  it("stems words that name an object's built-in properties as words", () => {
    expect(analyse('constructor tostring valueof')).toEqual(['constructor', 'tostr', 'valueof'])
  })

  it('joins word forms that mean the same here', () => {
    expect(analyse('dosage')).toEqual(analyse('doses'))
    expect(analyse('relieve')).toEqual(analyse('relief'))
    expect(analyse('sessions')).toEqual(analyse('session'))
  })
})

describe('typo correction', () => {
  it.each([
    ['symptms of long covid', 'symptms', 'symptoms'],
    ['how long are the sesions', 'sesions', 'sessions'],
    ['isnt ketamine an anestetic', 'anestetic', 'anesthetic'],
    ['is nausia common', 'nausia', 'nausea'],
  ])('reads a misspelt word as the word the entries use: "%s"', (question, typed, corrected) => {
    expect(word(question, typed)?.correctedTo).toBe(corrected)
  })

  it.each([
    ['is running ok after an infusion', 'running'],
    ['is esketamine the same thing', 'esketamine'],
    ['can i take it with spravato', 'spravato'],
  ])('leaves a real or different word alone: "%s"', (question, typed) => {
    expect(word(question, typed)?.correctedTo).toBeUndefined()
  })
})

describe('synonyms', () => {
  it('adds the answer words for a visitor word, without typo-correcting them', () => {
    const drip = word('how long is the drip', 'drip')
    expect(drip?.expansions.length).toBeGreaterThan(0)
    expect(drip?.correctedTo).toBeUndefined()
  })
})

describe('word weights', () => {
  it('weighs a topic no entry covers above the filler around a question', () => {
    const question = understandQuestion('honestly is it normal to feel this way while pregnant', index)
    const weight = (visitorWord: string) => question.words.find((candidate) => candidate.word === visitorWord)?.weight ?? 0
    expect(weight('pregnant')).toBeGreaterThan(weight('normal'))
    expect(question.words.find((candidate) => candidate.word === 'honestly')?.stop).toBe(true)
  })
})

describe('words split in two by voice typing or a phone keyboard', () => {
  it('reads two halves as the word the entries use, and leaves two real words apart', () => {
    expect(understandQuestion('what is an in fusion like', index).words.map((found) => found.word)).toContain('infusion')
    expect(understandQuestion('is ket amine safe', index).words.map((found) => found.word)).toContain('ketamine')
    expect(understandQuestion('how long is a session', index).words.map((found) => found.word)).toEqual(['how', 'long', 'is', 'a', 'session'])
  })
})
