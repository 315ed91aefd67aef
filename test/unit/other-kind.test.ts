import { describe, expect, it } from 'vitest'
import { answerQuestion } from '../../server/answer/answer.js'
import { otherKindOf } from '../../server/answer/other-kind.js'
import { understandQuestion } from '../../server/answer/question.js'
import { realAnsweringKnowledge } from '../helpers.js'

const prepared = await realAnsweringKnowledge()
const otherKind = (question: string) => otherKindOf(prepared.index, understandQuestion(question, prepared.index))

describe('another kind of session, clinic or dose than the clinic\'s', () => {
  it.each([
    ['How long should a yoga session be for beginners?', 'yoga session'],
    ['What time does the next session of parliament start?', 'session of parliament'],
    ['what dose of melatonin should i take for jet lag', 'dose of melatonin'],
    ['best dental clinic near me', 'dental clinic'],
  ])('reads "%s" as about a %s, and does not answer it', (question, kind) => {
    expect(otherKind(question)).toBe(kind)
    expect(answerQuestion(prepared, question).response.kind).toBe('fallback')
  })

  it('still answers the clinic\'s own sessions, clinics and doses, and a time next to them', () => {
    expect(otherKind('how long is a ketamine session')).toBeUndefined()
    expect(otherKind('I booked the first session for 9am. How long will I be there?')).toBeUndefined()
    expect(answerQuestion(prepared, 'how long is a ketamine session').response.answers[0]?.id).toBe('session-length')
    expect(answerQuestion(prepared, 'what dose of ketamine will i get').response.answers[0]?.id).toBe('dosage')
  })
})
