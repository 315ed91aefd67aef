import { execFile } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { checkKnowledge } from '../../server/knowledge/check.js'
import { formatProblem } from '../../server/knowledge/problems.js'
import { realKnowledgeFiles } from '../helpers.js'

const TODAY = new Date('2026-12-01T12:00:00Z')
const files = await realKnowledgeFiles()
const edited = (name: string, edit: (text: string) => string) => files.map((file) => (file.name === name ? { ...file, text: edit(file.text) } : file))
const lineOf = (name: string, start: string) => files.find((file) => file.name === name)!.text.split('\n').findIndex((text) => text.startsWith(start)) + 1
const reported = (report: ReturnType<typeof checkKnowledge>) => report.problems.map(formatProblem).join('\n')
const addPhrasing = (phrasing: string) => (text: string) => text.replace('other_phrasings:\n', `other_phrasings:\n  - "${phrasing}"\n`)

describe('knowledge check', () => {
  it('passes the real knowledge files with no errors, warning only about answers awaiting clinical sign-off and the example clinic facts', () => {
    const report = checkKnowledge(files, TODAY)
    expect(report.problems.filter((problem) => !/^(?:awaiting clinical sign-off|this page is example text)/.test(problem.message)).map(formatProblem)).toEqual([])
    expect(report.entries).toBeGreaterThanOrEqual(30)
  })

  it('reports a phrasing that leads to another entry, so this entry would never be reached by it', () => {
    const report = checkKnowledge(edited('faq/session-length.md', addPhrasing('is ketamine safe for me')), TODAY)
    expect(reported(report)).toContain(
      `knowledge/faq/session-length.md:${lineOf('faq/session-length.md', 'other_phrasings:') + 1}: warning: "is ketamine safe for me" is answered by knowledge/faq/safety.md (safety) instead of this entry`,
    )
  })

  it('reports a phrasing that reads almost exactly like another entry\'s, which the intent model would learn for this one', () => {
    const report = checkKnowledge(edited('faq/session-length.md', addPhrasing('can i drive home after my session')), TODAY)
    expect(reported(report)).toContain(
      `knowledge/faq/session-length.md:${lineOf('faq/session-length.md', 'other_phrasings:') + 1}: warning: "can i drive home after my session" reads almost exactly like "Can I drive home after a session?" of knowledge/faq/after-session.md (after-session)`,
    )
  })

  it('reports a phrasing the widget would not answer at all', () => {
    const report = checkKnowledge(edited('faq/session-length.md', addPhrasing('what is it about')), TODAY)
    expect(reported(report)).toContain('"what is it about" gets no answer')
  })

  it('reports the same question in two entries', () => {
    const report = checkKnowledge(edited('faq/dosage.md', addPhrasing('How long does a session take?')), TODAY)
    expect(reported(report)).toMatch(/knowledge\/faq\/session-length\.md:\d+: "How long does a session take\?" is also asked in knowledge\/faq\/dosage\.md \(dosage\): keep it in one entry only/)
  })

  it('reports two entries whose answers say nearly the same, since they compete', async () => {
    const answer = (await readFile('knowledge/faq/safety.md', 'utf8')).split('---\n')[2]!
    const report = checkKnowledge(edited('faq/side-effects.md', (text) => `${text.split('---\n').slice(0, 2).join('---\n')}---\n${answer}`), TODAY)
    expect(reported(report)).toMatch(/knowledge\/faq\/side-effects\.md:\d+: warning: this answer says nearly the same as knowledge\/faq\/safety\.md \(safety\)/)
  })

  it('reports a reviewed date in the future as an error', () => {
    const report = checkKnowledge(edited('faq/dosage.md', (text) => text.replace(/^reviewed: .*$/m, 'reviewed: 2027-03-01')), TODAY)
    expect(reported(report)).toContain(`knowledge/faq/dosage.md:${lineOf('faq/dosage.md', 'reviewed:')}: "reviewed" is 2027-03-01, a date in the future`)
    expect(report.errors).toBe(1)
  })

  it('warns, without failing, about an entry not reviewed in over a year', () => {
    const report = checkKnowledge(edited('faq/dosage.md', (text) => text.replace(/^reviewed: .*$/m, 'reviewed: 2025-06-30')), TODAY)
    expect(reported(report)).toContain(`knowledge/faq/dosage.md:${lineOf('faq/dosage.md', 'reviewed:')}: warning: last reviewed 2025-06-30, over a year ago`)
    expect(report.errors).toBe(0)
    expect(report.problems.filter((problem) => problem.message.startsWith('last reviewed'))).toHaveLength(1)
  })

  it('reports the loading errors too: unknown keys and schema problems', () => {
    const report = checkKnowledge(edited('faq/dosage.md', (text) => text.replace(/^question:/m, 'qestion:')), TODAY)
    expect(reported(report)).toContain(`knowledge/faq/dosage.md:${lineOf('faq/dosage.md', 'question:')}: unknown key "qestion"`)
    expect(reported(report)).toContain('"question" is missing')
  })
})

describe('npm run knowledge:check', () => {
  const run = promisify(execFile)

  it('prints each problem as path:line, a summary, and exits 1 on errors', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'knowledge-check-'))
    try {
      await cp('knowledge', folder, { recursive: true })
      const entry = join(folder, 'faq', 'dosage.md')
      await writeFile(entry, (await readFile(entry, 'utf8')).replace(/^reviewed: .*$/m, 'reviewed: yesterday'))
      const failure = await run('node_modules/.bin/tsx', ['server/cli/knowledge-check.ts', folder]).catch((error: { code: number; stdout: string }) => error)
      expect('code' in failure && failure.code).toBe(1)
      expect(failure.stdout).toContain(`${entry}:${lineOf('faq/dosage.md', 'reviewed:')}: "reviewed" must be a date like 2026-01-31, got "yesterday"`)
      expect(failure.stdout).toContain(`${files.length} files read in ${folder}/, 1 with errors (${entry}), so the server refuses this version: 1 error, 0 warnings.`)
      expect(failure.stdout).not.toContain('0 entries checked')
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})

describe('npm run knowledge:try', () => {
  it('explains the decision, the ranked entries with their matched words, and the source link', async () => {
    const { stdout } = await promisify(execFile)('node_modules/.bin/tsx', ['server/cli/knowledge-try.ts', 'how long r the sesions'])
    expect(stdout).toContain('Typos:     sesions -> sessions')
    expect(stdout).toMatch(/Decision: {2}ANSWER, because session-length/)
    expect(stdout).toMatch(/1\. session-length +score +[\d.]+ +covers +\d+% +phrasing +\d+%/)
    expect(stdout).toMatch(/matched: .*sesions/)
    expect(stdout).toContain('Source:    From Despair to Relief')
    expect(stdout).toMatch(/http:\/\/localhost:8787\/articles\/long-covid-ketamine#:~:text=/)
  })

  it('shows a crisis decision before any search', async () => {
    const { stdout } = await promisify(execFile)('node_modules/.bin/tsx', ['server/cli/knowledge-try.ts', 'i want to end my life'])
    expect(stdout).toContain('Safety:    crisis (self-harm')
    expect(stdout).toContain('Decision:  CRISIS')
    expect(stdout).toMatch(/Resource: +988 Suicide & Crisis Lifeline/)
  })
})

describe('knowledge check and ask-us-directly topics', () => {
  it('reports a phrasing that the clinic refers to its team, since the entry would never answer it', () => {
    const report = checkKnowledge(edited('faq/cost-insurance.md', addPhrasing('what is the price in dollars')), TODAY)
    expect(reported(report)).toContain('"what is the price in dollars" touches the ask-us-directly topic "prices" in clinic.yaml')
  })
})
