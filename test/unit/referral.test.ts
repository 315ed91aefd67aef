import { describe, expect, it } from 'vitest'
import { answerQuestion } from '../../server/answer/answer.js'
import { realAnsweringKnowledge } from '../helpers.js'

const prepared = await realAnsweringKnowledge()
const ask = (question: string) => answerQuestion(prepared, question)

describe("the clinic's ask-us-directly topics", () => {
  it.each([
    ['can i have ketamine while pregnant', 'pregnancy and breastfeeding'],
    ['is the spray ok when breastfeeding', 'pregnancy and breastfeeding'],
    ['can my 15 year old kid get an infusion', 'children and teenagers'],
    ['is it safe to drink alcohol after the infusion', 'alcohol, recreational drugs and other medicines taken with ketamine'],
    ['does ketamine interact with my other meds', 'alcohol, recreational drugs and other medicines taken with ketamine'],
    ['is ketamine addictive', 'addiction and misuse'],
    ['who are the doctors there', 'our doctors and staff'],
    ['whats the price in dollars', 'prices'],
  ])('refers "%s" to the clinic (%s), never a near-miss answer', (question, topic) => {
    const { response, trace } = ask(question)
    expect(trace.referral).toBe(topic)
    expect(response.kind).toBe('fallback')
    expect(response.answers).toEqual([])
    expect(response.message).toContain(`Questions about ${topic} need an answer from our team`)
    expect(response.resources?.map((resource) => resource.label)).toEqual(expect.arrayContaining([expect.stringMatching(/^Call us/), 'Book an appointment']))
  })

  it.each([
    'how many hours is a session',
    'is the dose the same for everybody or does it depend on weight',
    'will medical staff be with me during the treatment',
    'can long covid stop me working my job',
  ])('still answers "%s", whose words only look like a topic', (question) => {
    const { response, trace } = ask(question)
    expect(trace.referral).toBeUndefined()
    expect(response.kind).toBe('answer')
  })

  it.each([
    "I have two kids at home and need to plan my day. Will I be groggy after the session?",
    "I've had migraines since my teens and now long covid on top. How long does a session take?",
    'will it work for you or is it luck',
    'My kids are at school until three, so mornings work best. How long is one appointment?',
    'A nurse told me to rest and drink plenty of water. Is there any real treatment for long covid?',
  ])('answers "%s", where a topic word is in one of the topic\'s except phrases (or not a topic at all)', (question) => {
    const { response, trace } = ask(question)
    expect(trace.referral).toBeUndefined()
    expect(response.kind).toBe('answer')
  })

  it('still refers a topic word said again outside an except phrase', () => {
    expect(ask('I have kids at home, and my kids have long covid too. Can my kids have the nasal spray?').trace.referral).toBe('children and teenagers')
    expect(ask('we have a baby at home and i am pregnant again, is ketamine ok').trace.referral).toBe('pregnancy and breastfeeding')
    expect(ask('I drink plenty of water, but can I drink wine the night after a session?').trace.referral).toBe('alcohol, recreational drugs and other medicines taken with ketamine')
  })

  it('shows crisis resources before referring anything', () => {
    expect(ask('i am pregnant and i want to die').response.kind).toBe('crisis')
  })

  it('keeps the 988 line when a referred question is about suicidal thoughts', () => {
    const { response } = ask('does ketamine help suicidal thoughts in teenagers')
    expect(response.kind).toBe('fallback')
    expect(response.resources?.[0]).toMatchObject({ phone: '988' })
  })
})
