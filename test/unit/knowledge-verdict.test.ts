import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkKnowledge } from '../../server/knowledge/check.js'
import { loadKnowledge } from '../../server/knowledge/load.js'
import { formatProblem, InvalidKnowledgeError, type KnowledgeProblem } from '../../server/knowledge/problems.js'
import { realKnowledgeFiles } from '../helpers.js'

/**
 * One verdict for `knowledge:check` and the server (issue 13): an edit the checker
 * calls an error the server refuses; anything else is a warning in both.
 */
const files = await realKnowledgeFiles()
const addPhrasing = (phrasing: string) => (text: string) => text.replace('other_phrasings:\n', `other_phrasings:\n  - "${phrasing}"\n`)
const sameAnswerAs = async (name: string) => {
  const answer = (await readFile(`knowledge/${name}`, 'utf8')).split('---\n')[2]!
  return (text: string) => `${text.split('---\n').slice(0, 2).join('---\n')}---\n${answer}`
}
const farFuture = `${new Date().getUTCFullYear() + 2}-03-01`

/** What the server does with the real knowledge folder after one staff edit. */
async function serverAfterEdit(name: string, edit: (text: string) => string) {
  const folder = await mkdtemp(join(tmpdir(), 'knowledge-verdict-'))
  try {
    await cp('knowledge', folder, { recursive: true })
    const path = join(folder, name)
    await writeFile(path, edit(await readFile(path, 'utf8')))
    const loaded = await loadKnowledge(folder).catch((error: unknown) => error)
    // Messages name files by path: the copy's paths read as the real folder's, to compare the two.
    const messages = (problems: KnowledgeProblem[]) => problems.map((problem) => problem.message.replaceAll(folder, 'knowledge'))
    if (loaded instanceof InvalidKnowledgeError) return { refused: true, problems: messages(loaded.problems) }
    if (loaded instanceof Error) throw loaded
    return { refused: false, problems: messages((loaded as Awaited<ReturnType<typeof loadKnowledge>>).warnings) }
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

describe('the checker and the server give one verdict', () => {
  it.each([
    ['the same question in two entries', 'faq/dosage.md', async () => addPhrasing('How long does a session take?'), 'error', 'is also asked in'],
    ['a review date in the future', 'faq/dosage.md', async () => (text: string) => text.replace(/^reviewed: .*$/m, `reviewed: ${farFuture}`), 'error', 'a date in the future'],
    ['a phrasing the widget would not answer', 'faq/session-length.md', async () => addPhrasing('what is it about'), 'warning', 'gets no answer'],
    ['a phrasing that is an ask-us-directly topic', 'faq/cost-insurance.md', async () => addPhrasing('what is the price in dollars'), 'warning', 'touches the ask-us-directly topic "prices"'],
    ['two answers that say nearly the same', 'faq/side-effects.md', () => sameAnswerAs('faq/safety.md'), 'warning', 'says nearly the same as'],
  ] as const)('%s: %s in both', async (_, name, makeEdit, severity, message) => {
    const edit = await makeEdit()
    const report = checkKnowledge(files.map((file) => (file.name === name ? { ...file, text: edit(file.text) } : file)), new Date())
    const found = report.problems.find((problem) => problem.message.includes(message))
    expect(found?.severity, report.problems.map(formatProblem).join('\n')).toBe(severity)
    expect(report.knowledge === undefined).toBe(severity === 'error')

    const server = await serverAfterEdit(name, edit)
    expect(server.refused).toBe(severity === 'error')
    expect(server.problems).toContain(found?.message)
  })
})

describe('the checker summary', () => {
  it('says how many files were read and which ones failed, never "0 entries checked"', () => {
    const broken = files.map((file) => (file.name === 'faq/dosage.md' ? { ...file, text: file.text.replace(/^reviewed: .*$/m, 'reviewed: soon') } : file))
    const report = checkKnowledge(broken, new Date())
    expect(report.filesRead).toBe(files.length)
    expect(report.failedFiles).toEqual(['knowledge/faq/dosage.md'])
  })
})

describe('a file saved as Windows-1252', () => {
  it('is refused as an encoding problem when read from disk, naming its line', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'knowledge-encoding-'))
    try {
      await cp('knowledge', folder, { recursive: true })
      const path = join(folder, 'faq', 'booking.md')
      const text = await readFile(path, 'utf8')
      // Windows-1252 writes the curly apostrophe as the single byte 0x92, which is no UTF-8.
      const bytes = Buffer.concat(text.split('’').flatMap((part, index) => (index === 0 ? [Buffer.from(part)] : [Buffer.from([0x92]), Buffer.from(part)])))
      await writeFile(path, bytes)
      const error = await loadKnowledge(folder).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(InvalidKnowledgeError)
      const firstCurly = text.split('\n').findIndex((line) => line.includes('’')) + 1
      expect((error as Error).message).toContain(`${path}:${firstCurly}: this file is not saved as UTF-8`)
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})
