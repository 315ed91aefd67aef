import { describe, expect, it } from 'vitest'
import { assembleKnowledge } from '../../server/knowledge/knowledge.js'
import { formatProblem } from '../../server/knowledge/problems.js'
import { problemsAfterEdit, realKnowledgeFiles } from '../helpers.js'

const reported = (assembled: ReturnType<typeof assembleKnowledge>) => assembled.problems.map(formatProblem).join('\n')
const lineOf = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start)) + 1
const files = await realKnowledgeFiles()
const textOf = (name: string) => files.find((file) => file.name === name)!.text

describe('Spanish translations in knowledge/es/ (issue 18)', () => {
  it('loads a Spanish version of every shipped English entry, each linked to its sentence in the Spanish article', () => {
    const { knowledge } = assembleKnowledge(files)
    const spanish = knowledge?.es?.entries ?? []
    expect(spanish.map((entry) => entry.translates).sort()).toEqual(knowledge?.entries.map((entry) => entry.id).sort())
    expect(spanish.every((entry) => entry.other_phrasings.length >= 10)).toBe(true)
    expect(spanish.find((entry) => entry.id === 'session-length')?.link.url).toMatch(/^\/articles\/es\/long-covid-ketamine#:~:text=La%20duraci%C3%B3n/)
    expect(spanish.find((entry) => entry.id === 'clinic-hours')?.link.url).toMatch(/^\/articles\/es\/our-clinic#/)
  })

  it('refuses a translation that names no English entry, saying which file and line', async () => {
    const assembled = await problemsAfterEdit('es/faq/session-length.md', (text) => text.replace('translates: session-length', 'translates: session-lenght'))
    expect(assembled.knowledge).toBeUndefined()
    expect(reported(assembled)).toContain(`knowledge/es/faq/session-length.md:${lineOf(textOf('es/faq/session-length.md'), 'translates:')}: "translates: session-lenght" names no English entry`)
  })

  it('withholds a translation whose numbers differ from the English answer, saying so, and serves the rest', async () => {
    const assembled = await problemsAfterEdit('es/faq/session-length.md', (text) => text.replace('60 a 90 minutos para', '60 a 120 minutos para'))
    expect(reported(assembled)).toMatch(/knowledge\/es\/faq\/session-length\.md:\d+: warning: the numbers differ from the English answer in knowledge\/faq\/session-length\.md: it says "60", "90", this translation "120", "60"/)
    expect(assembled.knowledge?.es?.entries.some((entry) => entry.id === 'session-length')).toBe(false)
    expect(assembled.knowledge?.es?.entries.length).toBe((assembled.knowledge?.entries.length ?? 0) - 1)
  })

  it('lets an edit of an English answer go live even when its translation still has the old numbers', async () => {
    const assembled = await problemsAfterEdit('faq/session-length.md', (text) => text.replace(/60 to 90 minutes/, '45 to 90 minutes'))
    expect(assembled.knowledge?.entries.find((entry) => entry.id === 'session-length')?.answer).toContain('45 to 90 minutes')
    expect(assembled.knowledge?.es?.entries.some((entry) => entry.id === 'session-length')).toBe(false)
  })

  it('refuses a translation that drops a Spanish hedge of the article, by the faithfulness rules in Spanish', async () => {
    const assembled = await problemsAfterEdit('es/faq/antidepressants-limits.md', (text) => text.replace(/pero pueden tener efectos secundarios(?=[^\n]*\n?$)/, 'pero tienen efectos secundarios'))
    expect(reported(assembled)).toMatch(/knowledge\/es\/faq\/antidepressants-limits\.md:\d+: the answer drops the article's "puede" from "Los antidepresivos se recetan/)
  })

  it('refuses a translation that leaves out the article\'s driving clause beside its sentence', async () => {
    const assembled = await problemsAfterEdit('es/faq/after-session.md', (text) => text.replace(/\n([^\n]*)\n$/, (_, answer: string) => `\n${answer.replace(/[^.]*manej[^.]*\./gi, '').trim()}\n`))
    expect(reported(assembled)).toMatch(/knowledge\/es\/faq\/after-session\.md:\d+: .*manejar o conducir \(driving\)/)
  })

  it('refuses a Spanish quote that is not in the Spanish article', async () => {
    const assembled = await problemsAfterEdit('es/faq/session-length.md', (text) => text.replace('suele ser de alrededor de 60-90 minutos', 'suele ser de unos 60-90 minutos'))
    expect(reported(assembled)).toMatch(/knowledge\/es\/faq\/session-length\.md:\d+: the quote differs from the article's closest sentence/)
  })

  it('lists an English entry that has no translation yet, as a warning that still serves', async () => {
    const assembled = assembleKnowledge(files.filter((file) => file.name !== 'es/faq/booking.md'))
    expect(assembled.knowledge).toBeDefined()
    expect(reported(assembled)).toContain('knowledge/faq/booking.md:2: warning: no Spanish translation yet: Spanish visitors get this answer in English, with a note saying so')
  })

  it('refuses a Spanish entry that does not say what it translates or whether it was reviewed', async () => {
    const assembled = await problemsAfterEdit('es/faq/booking.md', (text) => text.replace(/^translates: .*\n/m, '').replace(/^translation_review: .*\n/m, ''))
    const text = reported(assembled)
    expect(text).toContain('knowledge/es/faq/booking.md:2: a Spanish entry names the English entry it translates: add a line like translates: booking')
    expect(text).toContain('knowledge/es/faq/booking.md:2: a Spanish entry says whether a fluent reader has checked it')
  })
})
