import { describe, expect, it } from 'vitest'
import { answerQuestion } from '../../server/answer/answer.js'
import { findFocus } from '../../server/answer/focus.js'
import { realAnsweringKnowledge } from '../helpers.js'

describe('the asking part of a long message', () => {
  it('is the question sentence after the history', () => {
    expect(findFocus("I've had a racing heart and no energy since my covid in spring. A friend did ketamine and swears by it. How long is one appointment?")?.text).toBe(
      'How long is one appointment?',
    )
  })

  it('is the asking clause after "but" or "anyway" in one long sentence', () => {
    expect(findFocus('my doctor says its all in my head and i have been off work for months but can i drive home after the infusion')?.text).toBe(
      'can i drive home after the infusion',
    )
  })

  it('brings along what "it" points back to, and nothing else of the history', () => {
    const namesKetamine = (clause: string) => new Map(/ketamine/i.test(clause) ? [['ketamin', 'ketamine']] : [])
    expect(findFocus('My sister keeps sending me articles. I only know ketamine from the news as a party drug. Honestly no idea. What kind of medicine is it actually?', namesKetamine)?.text).toBe(
      'What kind of medicine is it actually? ketamine',
    )
    expect(findFocus('A friend swears by ketamine. How long is one appointment?', namesKetamine)?.text).toBe('How long is one appointment?')
  })

  it('answers a question that points back to the history with the entry the history names', async () => {
    const prepared = await realAnsweringKnowledge()
    const { response } = answerQuestion(
      prepared,
      "My rheumatologist raised an eyebrow when I said I'd like to try ketamine. Now I'm curious myself. Why do people think it could work for long covid in the first place?",
    )
    expect(response.answers[0]?.id).toBe('why-ketamine-for-long-covid')
  })

  it('is nothing when the whole message is the question', () => {
    expect(findFocus('how long does a session take?')).toBeUndefined()
    expect(findFocus('so yeah. ok')).toBeUndefined()
  })

  it('lets the question, not the context words, choose the answer, and shows what decided it', async () => {
    const prepared = await realAnsweringKnowledge()
    const { response, trace } = answerQuestion(
      prepared,
      "I've had a racing heart and no energy since my covid in spring. A friend did ketamine and swears by it. How long is one appointment?",
    )
    expect(response.answers[0]?.id).toBe('session-length')
    expect(trace.retrieval?.focus).toBe('How long is one appointment?')
  })
})
