import { describe, expect, it } from 'vitest'
import { realAnsweringKnowledge } from '../helpers.js'
import { readEvalSet, SPANISH_EVAL_SET_PATH } from './eval-set.js'
import { evaluate, SPANISH_ABSTENTION_FLOOR } from './evaluate.js'

const set = await readEvalSet()
const report = evaluate(await realAnsweringKnowledge(), set)
const misses = (group: string) => report.misses.filter((miss) => miss.group.startsWith(group)).map((miss) => `${miss.question} -> ${miss.got}`)

describe('the evaluation set', () => {
  it('is large and varied enough to mean something', () => {
    expect(set.answerable.length).toBeGreaterThanOrEqual(80)
    expect(set.unanswerable.in_domain.length + set.unanswerable.off_topic.length).toBeGreaterThanOrEqual(25)
    expect(set.crisis.length).toBeGreaterThanOrEqual(10)
    expect(set.not_crisis.length).toBeGreaterThanOrEqual(6)
  })

  it('asks about every entry', async () => {
    const { knowledge } = await realAnsweringKnowledge()
    const asked = new Set(set.answerable.map((item) => item.id))
    const unknown = [...asked].filter((id) => !knowledge.entries.some((entry) => entry.id === id))
    expect(unknown).toEqual([])
  })
})

describe('answer quality on the evaluation set (npm run eval lists every miss)', () => {
  it('answers at least 90% of answerable questions with the right entry first', () => {
    expect(report.top1, misses('answerable').join('\n')).toBeGreaterThanOrEqual(0.9)
  })

  it('ranks the right entry in the top 3 for at least 97%', () => {
    expect(report.top3).toBeGreaterThanOrEqual(0.97)
  })

  it('abstains on at least 90% of questions the knowledge cannot answer', () => {
    expect(report.abstention, misses('unanswerable').join('\n')).toBeGreaterThanOrEqual(0.9)
  })

  it('shows crisis resources for every crisis message', () => {
    expect(report.crisisRecall, misses('crisis').join('\n')).toBe(1)
  })

  it('never shows a crisis screen for a message that is not one', () => {
    expect(report.falseCrises, misses('not crisis').join('\n')).toBe(0)
  })
})

describe('answer quality on the Spanish development set (issue 18; npm run eval lists every miss)', async () => {
  const spanishSet = await readEvalSet(SPANISH_EVAL_SET_PATH)
  const spanish = evaluate(await realAnsweringKnowledge(), spanishSet)
  const spanishMisses = (group: string) => spanish.misses.filter((miss) => miss.group.startsWith(group)).map((miss) => `${miss.question} -> ${miss.got}`)

  it('is as large and varied as the issue asks: 80 answerable, a third of them long, 30 in-domain and 15 off-topic', () => {
    expect(spanishSet.answerable.length).toBeGreaterThanOrEqual(80)
    expect(spanishSet.answerable.filter((item) => item.q.length >= 70).length).toBeGreaterThanOrEqual(spanishSet.answerable.length / 3)
    expect(spanishSet.unanswerable.in_domain.length).toBeGreaterThanOrEqual(30)
    expect(spanishSet.unanswerable.off_topic.length).toBeGreaterThanOrEqual(15)
  })

  it('answers at least 90% of Spanish answerable questions with the right entry first', () => {
    expect(spanish.top1, spanishMisses('answerable').join('\n')).toBeGreaterThanOrEqual(0.9)
  })

  it('abstains on Spanish questions the knowledge cannot answer at least as often as when the set was first run', () => {
    expect(spanish.abstention, spanishMisses('unanswerable').join('\n')).toBeGreaterThanOrEqual(SPANISH_ABSTENTION_FLOOR)
  })

  it('shows the crisis screen for every Spanish crisis message, and for no other', () => {
    expect(spanish.crisisRecall, spanishMisses('crisis').join('\n')).toBe(1)
    expect(spanish.falseCrises, spanishMisses('not crisis').join('\n')).toBe(0)
  })
})
