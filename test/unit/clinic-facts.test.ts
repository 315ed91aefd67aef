import { describe, expect, it } from 'vitest'
import { answerQuestion } from '../../server/answer/answer.js'
import { checkKnowledge } from '../../server/knowledge/check.js'
import { formatProblem } from '../../server/knowledge/problems.js'
import { realAnsweringKnowledge, realKnowledgeFiles } from '../helpers.js'

/** Facts a clinic needs that no article holds: hours, parking, payment, referral, the first visit (issue 13). */
const prepared = await realAnsweringKnowledge()
const files = await realKnowledgeFiles()
const CLINIC_FACTS = {
  'clinic-hours': 'What are your opening hours?',
  'clinic-location': 'Where are you, and where can I park?',
  'clinic-payment': 'Which insurance plans and ways of paying do you accept?',
  'clinic-referral': 'Do I need a referral from my doctor?',
  'first-visit': 'What should I bring to my first visit?',
}
const edited = (name: string, edit: (text: string) => string) => files.map((file) => (file.name === name ? { ...file, text: edit(file.text) } : file))
const PAGE = 'articles/our-clinic.md'

describe('clinic facts', () => {
  it.each(Object.entries(CLINIC_FACTS))('%s answers "%s" and each of its phrasings, linking to the clinic facts page', (id, question) => {
    const entry = prepared.knowledge.entries.find((candidate) => candidate.id === id)!
    expect(entry.question).toBe(question)
    expect(entry.other_phrasings.length).toBeGreaterThanOrEqual(6)
    expect(entry.link.url).toMatch(/^\/articles\/our-clinic#:~:text=/)
    for (const asked of [entry.question, ...entry.other_phrasings]) {
      const { response } = answerQuestion(prepared, asked)
      expect(response.answers[0]?.id, asked).toBe(id)
    }
  })

  it('leave the insurance-coverage answer to its own questions', () => {
    expect(answerQuestion(prepared, 'Is ketamine therapy covered by insurance?').response.answers[0]?.id).toBe('cost-insurance')
    expect(answerQuestion(prepared, 'does insurance pay for ketamine').response.answers[0]?.id).toBe('cost-insurance')
  })

  it('are not blocked by the default ask-us-directly topics, which still refer prices to the team', () => {
    const topics = prepared.knowledge.clinic.ask_us_directly.map((topic) => topic.topic)
    expect(topics.some((topic) => /hours|location/.test(topic))).toBe(false)
    expect(answerQuestion(prepared, 'how much is one infusion in dollars').trace.referral).toBe('prices')
  })

  it('skip the faithfulness rules, which are about published text, not the clinic\'s own word', () => {
    const report = checkKnowledge(edited('faq/clinic-hours.md', (text) => text.replace(/\n[^\n]+\n?$/, '\nWe are open Monday to Friday from 8 am to 6 pm, and on Saturdays from 9 am to 1 pm. Call 555 0100 to check on 24 December.\n')), new Date())
    expect(report.problems.filter((problem) => problem.file === 'knowledge/faq/clinic-hours.md').map(formatProblem)).toEqual([])
  })

  it('warn while the shipped example page is not replaced, and not once example: true is removed', () => {
    const warningsAbout = (report: ReturnType<typeof checkKnowledge>) => report.problems.filter((problem) => problem.file === `knowledge/${PAGE}`).map(formatProblem)
    expect(warningsAbout(checkKnowledge(files, new Date())).join('\n')).toMatch(/our-clinic\.md:\d+: warning: this page is example text shipped with the widget/)
    expect(warningsAbout(checkKnowledge(edited(PAGE, (text) => text.replace(/^example: true\n/m, '')), new Date()))).toEqual([])
  })

  it('need their own reviewed date, checked like an entry\'s', () => {
    const missing = checkKnowledge(edited(PAGE, (text) => text.replace(/^reviewed: .*\n/m, '')), new Date())
    expect(missing.problems.map(formatProblem).join('\n')).toContain('a clinic-facts page needs the day its facts were last checked')
    const future = checkKnowledge(edited(PAGE, (text) => text.replace(/^reviewed: .*$/m, `reviewed: ${new Date().getUTCFullYear() + 2}-01-01`)), new Date())
    expect(future.knowledge).toBeUndefined()
    expect(future.problems.map(formatProblem).join('\n')).toMatch(/our-clinic\.md:\d+: "reviewed" is \d{4}-01-01, a date in the future/)
  })
})
