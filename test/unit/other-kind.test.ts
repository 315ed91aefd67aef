import { describe, expect, it } from 'vitest'
import { answerQuestion } from '../../server/answer/answer.js'
import { realAnsweringKnowledge } from '../helpers.js'

const prepared = await realAnsweringKnowledge()
const answer = (question: string) => answerQuestion(prepared, question)

describe('another kind of session, clinic or dose than the clinic\'s', () => {
  it.each([
    'How long should a yoga session be for beginners?',
    'What time does the next session of parliament start?',
    'what dose of melatonin should i take for jet lag',
  ])('says it cannot answer "%s", and why', (question) => {
    const { response, trace } = answer(question)
    expect(response.kind).toBe('fallback')
    expect(trace.retrieval?.reason).toMatch(/^another kind of thing/)
  })

  it('still answers the clinic\'s own sessions, clinics and doses, and a time next to them', () => {
    expect(answer('how long is a ketamine session').response.answers[0]?.id).toBe('session-length')
    expect(answer('what dose of ketamine will i get').response.answers[0]?.id).toBe('dosage')
    expect(answer('I booked the first session for 9am. How long will I be there?').response.answers[0]?.id).toBe('session-length')
  })
})
