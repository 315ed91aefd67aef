import { beforeAll, describe, expect, it } from 'vitest'
import type { AnsweringKnowledge } from '../../server/answer/answer.js'
import { understandQuestion } from '../../server/answer/question.js'
import { queryBoosts, searchEntries } from '../../server/answer/search.js'
import { indexEntries } from '../../server/answer/search-index.js'
import { FIELD_BOOST } from '../../server/answer/term-scores.js'
import { readEvalSet } from '../eval/eval-set.js'
import { realAnsweringKnowledge } from '../helpers.js'

let prepared: AnsweringKnowledge
let questions: string[]
beforeAll(async () => {
  prepared = await realAnsweringKnowledge()
  const set = await readEvalSet()
  questions = [...set.answerable.map((item) => item.q), ...set.unanswerable.in_domain, ...set.unanswerable.off_topic]
})

describe('search over precomputed term scores', () => {
  it("scores and ranks every entry exactly as MiniSearch's own search does", () => {
    const miniSearch = indexEntries(prepared.knowledge.entries)
    for (const text of questions) {
      const question = understandQuestion(text, prepared.index)
      const hits = searchEntries(prepared.index, question, Infinity)
      const boosts = queryBoosts(question)
      const candidates = new Set(hits.map((hit) => hit.id))
      const expected = miniSearch
        .search([...boosts.keys()].join(' '), { tokenize: (query) => query.split(' '), processTerm: (term) => term, boost: FIELD_BOOST, boostTerm: (term) => boosts.get(term) ?? 1 })
        .filter((result) => candidates.has(String(result.id)))
      expect(hits.map((hit) => hit.id)).toEqual(expected.map((result) => String(result.id)))
      hits.forEach((hit, rank) => {
        expect(hit.score).toBeCloseTo(expected[rank]!.score, 9)
        expect([...hit.matches].sort()).toEqual(Object.keys(expected[rank]!.match).sort())
      })
    }
  })

  it('leaves out entries that share only stop words with the question, and returns at most the limit asked for', () => {
    // Not "how long does a session take": since the phrasings tell of Long COVID, every entry holds "long".
    const question = understandQuestion('can i drive home afterwards', prepared.index)
    const all = searchEntries(prepared.index, question, Infinity)
    expect(all.length).toBeLessThan(prepared.knowledge.entries.length)
    expect(all[0]?.id).toBe('after-session')
    expect(searchEntries(prepared.index, question, 3)).toEqual(all.slice(0, 3))
    expect(searchEntries(prepared.index, understandQuestion('how is it', prepared.index), 5)).toEqual([])
  })
})
