import { describe, expect, it } from 'vitest'
import { answerQuestion, prepareKnowledge } from '../../server/answer/answer.js'
import { intentModelFrom, OUT_OF_SCOPE, trainIntentWeights } from '../../server/answer/intent.js'
import { understandQuestion } from '../../server/answer/question.js'
import { realAnsweringKnowledge, realKnowledge } from '../helpers.js'

const prepared = await realAnsweringKnowledge()
const asked = (text: string) => understandQuestion(text, prepared.index)

describe('the intent model', () => {
  it('is trained when the knowledge loads, with a class per entry and one for questions the knowledge does not answer', () => {
    expect(prepared.intent.labels).toContain(OUT_OF_SCOPE)
    expect(prepared.intent.labels.length).toBe(prepared.knowledge.entries.length + 1)
  })

  it('trains the same model from the same examples', () => {
    const examples = ['how long is a session', 'what is the price in dollars', 'can i drive home after'].map((text, index) => ({ question: asked(text), label: ['a', OUT_OF_SCOPE, 'b'][index]! }))
    const first = intentModelFrom(trainIntentWeights(examples)).classify(asked('how long is the session'))
    expect(intentModelFrom(trainIntentWeights(examples)).classify(asked('how long is the session'))).toEqual(first)
  })

  it('reads a near miss as out of scope, so the nearest entry is only a suggestion', () => {
    const { response, trace } = answerQuestion(prepared, 'can the nurse come to my house')
    expect(response.kind).toBe('fallback')
    expect(trace.retrieval?.intent.outOfScope).toBeGreaterThan(0.5)
  })

  it('answers a lay paraphrase the words alone would miss', () => {
    expect(answerQuestion(prepared, 'can i get it without a needle').response.answers[0]?.id).toBe('nasal-spray')
  })

  it('learns a phrasing staff add: retrained from the edited knowledge, it answers the new wording', async () => {
    const knowledge = await realKnowledge()
    const wording = 'timewise what am i committing to per visit'
    const before = answerQuestion(prepareKnowledge(knowledge), wording).response
    const edited = { ...knowledge, entries: knowledge.entries.map((entry) => (entry.id === 'session-length' ? { ...entry, other_phrasings: [...entry.other_phrasings, wording] } : entry)) }
    expect(before.answers[0]?.id === 'session-length' && before.kind === 'answer').toBe(false)
    expect(answerQuestion(prepareKnowledge(edited), wording).response.answers[0]?.id).toBe('session-length')
  })
})
