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
