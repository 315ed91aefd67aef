import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { checkKnowledge } from '../../server/knowledge/check.js'
import type { KnowledgeFile } from '../../server/knowledge/knowledge.js'
import { formatProblem } from '../../server/knowledge/problems.js'
import { realKnowledgeFiles } from '../helpers.js'

/** Messages a practice manager can act on, each one hit while following the staff guide (issue 13). */
const files = await realKnowledgeFiles()
const edited = (name: string, edit: (text: string) => string, all: KnowledgeFile[] = files) =>
  all.map((file) => (file.name === name ? { ...file, text: edit(file.text) } : file))
const added = (name: string, text: string, all: KnowledgeFile[] = files) => [...all, { name, path: `knowledge/${name}`, text }]
const textOf = (name: string) => files.find((file) => file.name === name)!.text
const lineOf = (name: string, start: string) => textOf(name).split('\n').findIndex((line) => line.startsWith(start)) + 1
const reported = (all: KnowledgeFile[]) => checkKnowledge(all, new Date('2026-12-01T12:00:00Z')).problems.map(formatProblem)
const QUOTE = 'The duration of each session can vary but is usually around 60-90 minutes for IV infusion and nasal spray administration.'
const withQuote = (quote: string) => (text: string) => text.replace(/^ {2}quote: .*$/m, `  quote: "${quote}"`)

describe('a duplicate id', () => {
  it('blames the copy, naming both files, whichever sorts first', () => {
    const problems = reported(added('faq/appointments.md', textOf('faq/booking.md')))
    expect(problems).toContain(
      `knowledge/faq/appointments.md:2: the id "booking" is already used by knowledge/faq/booking.md: this file looks like a copy of it; give it its own id, like id: appointments`,
    )
    expect(problems.filter((problem) => problem.startsWith('knowledge/faq/booking.md'))).toEqual([])
    expect(problems.join('\n')).not.toContain('rename the file to booking.md')
  })
})

describe('a quote that is not in the article', () => {
  it('shows the closest sentence and marks a dash written out in words', () => {
    const problems = reported(edited('faq/session-length.md', withQuote(QUOTE.replace('60-90', '60 to 90')))).join('\n')
    expect(problems).toContain(`knowledge/faq/session-length.md:${lineOf('faq/session-length.md', '  quote:')}: the quote differs from the article's closest sentence`)
    expect(problems).toContain('the article has "60-90" where the quote has "60 to 90"')
    expect(problems).toContain(QUOTE)
  })

  it("marks a straight apostrophe where the article has a curly one", () => {
    const problems = reported(edited('faq/booking.md', withQuote("Let us know what you want and we'll do our best to help."))).join('\n')
    expect(problems).toContain('the article has "’" (a curly apostrophe) where the quote has "\'"')
  })

  it('names the section that holds the closest sentence, not the first heading', () => {
    const problems = reported(edited('faq/session-length.md', (text) => withQuote(QUOTE.replace('60-90', '60 to 90'))(text).replace(/^ {2}section: .*$/m, '  section: "Patient Stories: Real-Life Experiences of Ketamine Treatment for Long COVID"'))).join('\n')
    expect(problems).toContain('in section "Ketamine Therapy for Long COVID: What to Expect and How to Prepare"')
  })

  it('suggests the nearest heading for a section that is not one', () => {
    const problems = reported(edited('faq/session-length.md', (text) => text.replace(/^ {2}section: .*$/m, '  section: "What to Expect and How to Prepare"'))).join('\n')
    expect(problems).toContain('copy the heading exactly: the nearest is "Ketamine Therapy for Long COVID: What to Expect and How to Prepare"')
  })
})

describe('a file not saved as UTF-8', () => {
  it('is reported as an encoding problem on its line, with what to do', () => {
    // What Node's UTF-8 reading makes of a Windows-1252 curly apostrophe (byte 0x92).
    const windows1252 = Buffer.from(textOf('faq/booking.md').replace('we’ll', 'we\u0092ll'), 'latin1').toString('utf8')
    const problems = reported(edited('faq/booking.md', () => windows1252)).join('\n')
    expect(problems).toContain(`knowledge/faq/booking.md:${lineOf('faq/booking.md', '  quote:')}: this file is not saved as UTF-8`)
    expect(problems).toContain('save it as UTF-8')
  })
})

describe('phone numbers', () => {
  const withPhone = (phone: string) => edited('clinic.yaml', (text) => text.replace(/^phone: .*$/m, `phone: "${phone}"`))
  it.each(['(555) 234-5678', '555-234-5678', '555.234.5678', '+1 (555) 234-5678', '1-555-234-5678', '+1 555 010 0199'])('accepts %s', (phone) => {
    expect(reported(withPhone(phone)).filter((problem) => problem.includes('"phone"'))).toEqual([])
  })
  it.each([
    ['555-234-567', 'has 9 digits: a US number has 10, like (555) 234-5678'],
    ['1-800-FLOWERS', 'has letters: write the number in digits'],
    ['555 234 5678 ext. 12', 'has letters: write the number in digits'],
    ['(555 234-5678', 'a bracket is not closed'],
  ])('rejects %s, saying why', (phone, reason) => {
    expect(reported(withPhone(phone)).join('\n')).toContain(`"phone" "${phone}" ${reason}`)
  })
})

describe('text cut off by an unquoted #', () => {
  it('is caught, naming the words that were dropped', () => {
    const problems = reported(edited('faq/session-length.md', (text) => text.replace(/^question: .*$/m, 'question: How long does session #1 take?'))).join('\n')
    expect(problems).toContain(`knowledge/faq/session-length.md:${lineOf('faq/session-length.md', 'question:')}: everything from "#1 take?" on was dropped, since # starts a comment: put the whole text in double quotes`)
  })
})

describe('files that will never load', () => {
  it.each([['faq/walk-ins.md.txt', 'walk-ins.md'], ['faq/parking.MD', 'parking.md'], ['articles/clinic.txt', 'clinic.md']])('warns about %s', (name, suggested) => {
    const problems = reported(added(name, textOf('faq/booking.md')))
    expect(problems).toContain(`knowledge/${name}:1: warning: this file is never loaded, since only files ending in .md are read here: rename it to ${suggested}`)
  })
})

describe('YAML jargon', () => {
  it.each([
    ['question "How long?"\nid: x', 'use "key: value", with a colon and a space after the key'],
    ['other_phrasings:\n\t- "how long"', 'indent with spaces, not tabs'],
    ['question: "How long?\nid: x', 'a closing double quote is missing'],
  ])('adds a plain sentence to %j', (front, plain) => {
    const problems = reported(edited('faq/session-length.md', (text) => text.replace(/^question: .*$/m, front))).join('\n')
    expect(problems).toContain(plain)
  })
})

describe('links', () => {
  it.each(['[book here](javascript:alert(1))', '[our prices](/prices)', 'see www.example.com/prices'])('warns about %s in an answer', (link) => {
    const problems = reported(edited('faq/booking.md', (text) => `${text.trimEnd()} ${link}\n`)).join('\n')
    expect(problems).toMatch(/knowledge\/faq\/booking\.md:\d+: warning: the link ".+" (?:runs a script|is not a full web address)/)
  })

  it('warns about a booking_url that is a path, which breaks on the clinic\'s own site', () => {
    const problems = reported(edited('clinic.yaml', (text) => text.replace(/^booking_url: .*$/m, 'booking_url: "/book"'))).join('\n')
    expect(problems).toContain('warning: "booking_url" is "/book", a path on this server')
  })
})

describe('synonyms', () => {
  it('warns about a synonym whose words no answer or phrasing uses, and about capitals in a key', () => {
    const problems = reported(edited('synonyms.yaml', (text) => `${text}\nzebra crossing: quokka\nDrip Bag: iv infusion\n`)).join('\n')
    expect(problems).toMatch(/knowledge\/synonyms\.yaml:\d+: warning: "zebra crossing" leads to "quokka", which no question, phrasing or answer uses/)
    expect(problems).toMatch(/knowledge\/synonyms\.yaml:\d+: warning: "Drip Bag" has capitals/)
  })
})

describe('the command line tools', () => {
  const run = promisify(execFile)
  it('knowledge:check --help explains itself instead of crashing', async () => {
    const { stdout } = await run('node_modules/.bin/tsx', ['server/cli/knowledge-check.ts', '--help'])
    expect(stdout).toContain('Usage: npm run knowledge:check')
    expect(stdout).not.toMatch(/\n\s+at /)
  })
  it('knowledge:try --help explains itself instead of answering "help"', async () => {
    const { stdout } = await run('node_modules/.bin/tsx', ['server/cli/knowledge-try.ts', '--help'])
    expect(stdout).toContain('Usage: npm run knowledge:try')
    expect(stdout).not.toContain('Decision:')
  })
  it('knowledge:try links to the server at PUBLIC_URL, or at PORT', async () => {
    const { PUBLIC_URL: _, ...withoutPublicUrl } = process.env
    const atPort = await run('node_modules/.bin/tsx', ['server/cli/knowledge-try.ts', 'how long does a session take'], { env: { ...withoutPublicUrl, PORT: '9123' } })
    expect(atPort.stdout).toContain('http://localhost:9123/articles/')
    const atUrl = await run('node_modules/.bin/tsx', ['server/cli/knowledge-try.ts', 'how long does a session take'], { env: { ...process.env, PUBLIC_URL: 'https://faq.example-clinic.org' } })
    expect(atUrl.stdout).toContain('https://faq.example-clinic.org/articles/')
  })
})
