import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { countSentences } from '../../server/knowledge/parse.js'
import { loadKnowledge } from '../../server/knowledge/load.js'
import { formatProblem, InvalidKnowledgeError } from '../../server/knowledge/problems.js'
import { problemsAfterEdit, realKnowledge } from '../helpers.js'

const ENTRY = 'faq/session-length.md'
const ENTRY_PATH = 'knowledge/faq/session-length.md'
const entryLines = (await readFile(ENTRY_PATH, 'utf8')).split('\n')
/** The file line of the entry's first line starting with `start`, so staff edits to the entry do not break these tests. */
const line = (start: string) => entryLines.findIndex((text) => text.startsWith(start)) + 1
const ANSWER_LINE = entryLines.indexOf('---', 1) + 2

async function messagesAfterEdit(name: string, edit: (text: string) => string) {
  const { knowledge, problems } = await problemsAfterEdit(name, edit)
  expect(knowledge, 'a broken edit must not produce knowledge to serve').toBeUndefined()
  return problems.filter((problem) => problem.severity === 'error').map(formatProblem)
}

describe('the real knowledge files', () => {
  it('all load, warning only about answers awaiting clinical sign-off and the example clinic facts', async () => {
    const { warnings } = await loadKnowledge('knowledge')
    expect(warnings.filter((warning) => !/^(?:awaiting clinical sign-off|this page is example text)/.test(warning.message)).map(formatProblem)).toEqual([])
  })

  it('hold at least 30 entries, each with three other phrasings and an answer of one to four sentences', async () => {
    const { entries } = await realKnowledge()
    expect(entries.length).toBeGreaterThanOrEqual(30)
    for (const entry of entries) {
      expect(entry.other_phrasings.length, entry.id).toBeGreaterThanOrEqual(3)
      expect(countSentences(entry.answer), entry.id).toBeGreaterThanOrEqual(1)
      expect(countSentences(entry.answer), entry.id).toBeLessThanOrEqual(4)
    }
  })

  it('cover every section of the article', async () => {
    const { entries, articles } = await realKnowledge()
    const cited = new Set(entries.map((entry) => entry.source.section))
    for (const section of articles[0]!.sections) expect(cited, section.heading).toContain(section.heading)
  })
})

describe('a broken knowledge edit is reported as file:line with what to fix', () => {
  it.each([
    ['a missing reviewed date', (text: string) => text.replace(/^reviewed: .*\n/m, ''), `${ENTRY_PATH}:${line('id:')}: "reviewed" is missing: add a line like reviewed: 2026-01-31`],
    ['a reviewed date that is not a date', (text: string) => text.replace(/^reviewed: .*$/m, 'reviewed: last week'), `${ENTRY_PATH}:${line('reviewed:')}: "reviewed" must be a date like 2026-01-31, got "last week"`],
    ['an impossible date', (text: string) => text.replace(/^reviewed: .*$/m, 'reviewed: 2026-02-30'), `${ENTRY_PATH}:${line('reviewed:')}: "reviewed" must be a date like 2026-01-31, got "2026-02-30"`],
    ['a misspelt key', (text: string) => text.replace(/^question:/m, 'queston:'), `${ENTRY_PATH}:${line('question:')}: unknown key "queston": check the spelling`],
    ['a bad id', (text: string) => text.replace(/^id: .*$/m, 'id: Session Length'), `${ENTRY_PATH}:${line('id:')}: "id" must be lower-case words joined by hyphens`],
    ['too few other phrasings', (text: string) => text.replace(/(other_phrasings:\n)(?: {2}- .*\n)+/, '$1  - "how long is it"\n'), `${ENTRY_PATH}:${line('other_phrasings:')}: "other_phrasings" needs at least three`],
    ['unquoted text with a colon', (text: string) => text.replace(/^question: .*$/m, 'question: Sessions: how long?'), `${ENTRY_PATH}:${line('question:')}: this is not valid YAML`],
    ['a quote that is not in the article', (text: string) => text.replace(/^ {2}quote: .*$/m, '  quote: "Sessions last exactly two hours."'), `${ENTRY_PATH}:${line('  quote:')}: the quote is not in section`],
    ['a quote in another section', (text: string) => text.replace(/^ {2}section: .*$/m, '  section: "Patient Stories: Real-Life Experiences of Ketamine Treatment for Long COVID"'), `${ENTRY_PATH}:${line('  quote:')}: the quote is in section "Ketamine Therapy for Long COVID: What to Expect and How to Prepare"`],
    ['a section that is not a heading', (text: string) => text.replace(/^ {2}section: .*$/m, '  section: "Sessions"'), `${ENTRY_PATH}:${line('  section:')}: section "Sessions" is not a heading of knowledge/articles/long-covid-ketamine.md`],
    ['an unknown article', (text: string) => text.replace(/^ {2}article: .*$/m, '  article: other-article'), `${ENTRY_PATH}:${line('  article:')}: source article "other-article" is not in the articles folder`],
    ['an empty answer', (text: string) => text.replace(/---\n[^-]*$/, '---\n'), `${ENTRY_PATH}:${ANSWER_LINE}: the answer is empty`],
    ['an answer of five sentences', (text: string) => `${text.trim()} One. Two. Three. Four.\n`, `${ENTRY_PATH}:${ANSWER_LINE}: the answer has 5 sentences`],
    ['HTML in the answer', (text: string) => `${text.trim()} <b>Bold</b>\n`, `${ENTRY_PATH}:${ANSWER_LINE}: the answer contains HTML`],
    ['no closing --- line', (text: string) => text.replace(/\n---\n(?=[^\n]*\n?$)/, '\n'), `${ENTRY_PATH}:1: the settings at the top are never closed`],
  ])('%s', async (_, edit, expected) => {
    const messages = await messagesAfterEdit(ENTRY, edit)
    expect(messages.join('\n')).toContain(expected)
  })

  it('a duplicate id, at the copy', async () => {
    const messages = await messagesAfterEdit('faq/side-effects.md', (text) => text.replace(/^id: .*$/m, 'id: session-length'))
    expect(messages).toContain('knowledge/faq/side-effects.md:2: the id "session-length" is already used by knowledge/faq/session-length.md: this file looks like a copy of it; give it its own id, like id: side-effects')
  })

  it('a clinic setting that is not a web address', async () => {
    const messages = await messagesAfterEdit('clinic.yaml', (text) => text.replace(/^booking_url: .*$/m, 'booking_url: "call us"'))
    const bookingLine = (await readFile('knowledge/clinic.yaml', 'utf8')).split('\n').findIndex((text) => text.startsWith('booking_url:')) + 1
    expect(messages.join('\n')).toContain(`knowledge/clinic.yaml:${bookingLine}: "booking_url" must be a web address starting with https://`)
  })

  it('a missing clinic setting', async () => {
    const messages = await messagesAfterEdit('clinic.yaml', (text) => text.replace(/^phone: .*\n/m, ''))
    expect(messages.join('\n')).toContain('"phone" is missing: add a line like phone: "+1 555 010 0199"')
  })

  it('a crisis resource without a number or address', async () => {
    const messages = await messagesAfterEdit('clinic.yaml', (text) => text.replace('        phone: "911"\n', ''))
    expect(messages.join('\n')).toContain('this resource needs a phone, an sms number or a url')
  })

  it('stops loading a broken folder with every problem, and no stack trace in the message', async () => {
    const error = await loadKnowledge('test/fixtures/knowledge-broken').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(InvalidKnowledgeError)
    expect((error as Error).message).toBe('test/fixtures/knowledge-broken/faq/driving-home.md:12: "reviewed" must be a date like 2026-01-31, got "last week"')
  })
})
