import { describe, expect, it } from 'vitest'
import { answerQuestion } from '../../server/answer/answer.js'
import { checkFaithfulness, hedgesIn } from '../../server/knowledge/faithfulness.js'
import type { FaqEntry } from '../../server/knowledge/knowledge.js'
import { checkKnowledge } from '../../server/knowledge/check.js'
import { problemsAfterEdit, realAnsweringKnowledge, realKnowledge, realKnowledgeFiles } from '../helpers.js'

const knowledge = await realKnowledge()
const { entries } = knowledge
const article = knowledge.articles[0]!
const entry = (id: string) => entries.find((candidate) => candidate.id === id)!
const messages = (candidate: FaqEntry) => checkFaithfulness(candidate, article).map((problem) => `${problem.severity}: ${problem.message}`)
const withAnswer = (id: string, answer: string, extra: Partial<FaqEntry> = {}) => ({ ...entry(id), answer, ...extra })

describe('answers stay as certain as the article, and no more', () => {
  it.each(entries.map((candidate) => [candidate.id, candidate] as const))('%s is faithful to its whole passage', (_, candidate) => {
    expect(messages(candidate)).toEqual([])
  })

  it.each(entries.map((candidate) => [candidate.id, candidate] as const))('%s keeps the hedges of the sentence it rests on', (_, candidate) => {
    const missing = hedgesIn(candidate.source.quote).filter((hedge) => !hedgesIn(candidate.answer).includes(hedge))
    expect(missing, `"${candidate.source.quote}"\n  -> "${candidate.answer}"`).toEqual([])
  })

  it.each(entries.map((candidate) => [candidate.id, candidate.answer] as const))('%s claims no approval, proof, cure or guarantee', (_, answer) => {
    expect(answer).not.toMatch(/\b(?:approved|approval|proven|proof|cures?|cured|guarantee[sd]?|fda|always works)\b/i)
  })
})

describe('the faithfulness rules, each on a fixture', () => {
  it('reports an answer that condenses a sentence and drops its safety clause (no driving)', () => {
    const dropped = withAnswer('after-session', 'After each session, there may be a period of recovery during which you may feel groggy or disoriented. Plan for someone to accompany you home.')
    expect(messages(dropped)).toEqual(expect.arrayContaining([expect.stringMatching(/^error: the answer leaves out what the article says about driving/)]))
  })

  it('reports an answer that skips the side effects between two sentences it uses', () => {
    const skipped = withAnswer(
      'safety',
      'Ketamine is generally considered safe when administered under medical supervision, but there are potential risks and side effects to be aware of. It is crucial to go through a thorough screening and discuss any pre-existing medical conditions or medications with a healthcare professional before starting.',
    )
    expect(messages(skipped)).toEqual(expect.arrayContaining([expect.stringMatching(/^error: the answer skips "Common side effects include nausea/)]))
  })

  it('reports an answer that leaves out its section\'s "further research is needed" and "early stages"', () => {
    const unhedged = withAnswer(
      'study-chronic-pain',
      'A study published in the Journal of Pain Research looked at ketamine nasal spray for chronic pain in Long COVID patients; the results showed that the nasal spray provided significant pain relief and improved physical functioning in the participants.',
    )
    const found = messages(unhedged)
    expect(found).toContain('error: the section says "research is still in its early stages", and the answer does not: add it, or say in review_note why it does not apply to this answer')
    expect(found).toContain('error: the section says "further research is needed", and the answer does not: add it, or say in review_note why it does not apply to this answer')
  })

  it('reports a dropped hedge of a sentence the answer condenses ("including" makes a list open)', () => {
    const closed = withAnswer(
      'administration-routes',
      'Ketamine can be given through various routes: an intravenous (IV) infusion, an intramuscular (IM) injection and a nasal spray. The choice depends on factors such as the severity of symptoms, patient preference and medical supervision.',
    )
    expect(messages(closed)).toEqual([expect.stringMatching(/^error: the answer drops the article's "including" from "Ketamine can be administered/)])
  })

  it('reports a title that asks whether the treatment works when the answer states no hedged finding', () => {
    const promising = { ...entry('study-chronic-pain'), question: 'Does ketamine help with Long COVID pain?', answer: 'The results showed that the nasal spray provided significant pain relief and improved physical functioning in the participants.' }
    expect(messages(promising)).toEqual(expect.arrayContaining([expect.stringMatching(/^error: "Does ketamine help with Long COVID pain\?" asks whether the treatment works/)]))
  })

  it('warns about a number that is in neither the quote nor its section', () => {
    const invented = withAnswer('session-length', 'The duration of each session can vary, but it is usually around 45 to 90 minutes for IV infusion and nasal spray treatment.')
    expect(messages(invented)).toEqual(['warning: the answer says "45", a number that is not in its quote or section: check it against the article'])
  })

  it('accepts a review_note that says why a rule does not apply', () => {
    const dropped = withAnswer('after-session', 'After each session, there may be a period of recovery during which you may feel groggy or disoriented.', {
      review_note: 'Driving is answered by its own entry.',
    })
    expect(messages(dropped)).toEqual([])
  })

  it('refuses to load knowledge in which an answer drops a safety clause, naming the file and line', async () => {
    const { knowledge: loaded, problems } = await problemsAfterEdit('faq/after-session.md', (text) =>
      text.replace(/Please don't drive[^\n]*/, 'Plan for someone to accompany you home.'),
    )
    expect(loaded).toBeUndefined()
    expect(problems.map((problem) => problem.file)).toContain('knowledge/faq/after-session.md')
  })
})

describe('entries that carry help lines and clinical sign-off', () => {
  it('shows the 988 line with the suicidal-thoughts answer even when the visitor never mentions suicide', async () => {
    const prepared = await realAnsweringKnowledge()
    const { response } = answerQuestion(prepared, 'jama psychiatry ketamine study')
    expect(response.answers[0]?.id).toBe('ketamine-suicidal-ideation')
    expect(response.resources?.[0]?.phone).toBe('988')
  })

  it('shows the 988 line with the antidepressants answer, which names suicidal ideation', async () => {
    const prepared = await realAnsweringKnowledge()
    const { response } = answerQuestion(prepared, 'what about antidepressants for long covid')
    expect(response.answers[0]?.id).toBe('antidepressants-limits')
    expect(response.resources?.[0]?.phone).toBe('988')
  })

  it('lists every answer awaiting clinical sign-off as a warning', async () => {
    const report = checkKnowledge(await realKnowledgeFiles(), new Date('2026-12-01T00:00:00Z'))
    const pending = report.problems.filter((problem) => problem.message.startsWith('awaiting clinical sign-off')).map((problem) => problem.file)
    // A translation of an answer awaiting sign-off awaits it too (issue 18).
    const signed = [...entries, ...(knowledge.es?.entries ?? [])]
    expect(pending.sort()).toEqual(signed.filter((candidate) => candidate.clinical_signoff === 'pending').map((candidate) => candidate.file).sort())
    expect(pending.length).toBeGreaterThanOrEqual(6)
  })

  it('tells the visitor which section of the article an answer comes from', async () => {
    const prepared = await realAnsweringKnowledge()
    const { response } = answerQuestion(prepared, 'is ketamine safe')
    expect(response.answers[0]?.source.section).toBe('Ketamine Administration: Routes, Dosages, and Safety Considerations')
  })
})
