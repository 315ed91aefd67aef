import { describe, expect, it } from 'vitest'
import { answerQuestion } from '../../server/answer/answer.js'
import { realAnsweringKnowledge } from '../helpers.js'

const prepared = await realAnsweringKnowledge()

/** Generated from the knowledge files, so it grows as staff add entries and phrasings. */
describe.each(prepared.knowledge.entries.map((entry) => [entry.id, entry] as const))('entry %s', (_, entry) => {
  it.each([entry.question, ...entry.other_phrasings])('is the first answer to "%s"', (phrasing) => {
    const { response } = answerQuestion(prepared, phrasing)
    expect(response.kind).toBe('answer')
    expect(response.answers[0]?.id).toBe(entry.id)
  })
})
