import { describe, expect, it } from 'vitest'
import { assembleKnowledge } from '../../server/knowledge/knowledge.js'
import { readKnowledgeFiles } from '../../server/knowledge/load.js'
import { formatProblem } from '../../server/knowledge/problems.js'

/** The knowledge test/browser/safe-rendering.test.ts serves: HTML in every field the loader lets through. */
const HOSTILE = 'test/fixtures/knowledge-hostile'
const ENTRY = 'faq/session-length.md'

describe('knowledge files that carry HTML', () => {
  it('load when the HTML is only in questions, titles and clinic settings, which the chat shows as text', async () => {
    const { knowledge, problems } = assembleKnowledge(await readKnowledgeFiles(HOSTILE))
    expect(problems.map(formatProblem)).toEqual([])
    expect(knowledge?.entries[0]?.question).toContain('<img src=x onerror=')
  })

  it.each(['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1">', '<svg onload="window.__pwned=1">', '<b>bold?</b>'])(
    'refuse an answer containing %s',
    async (html) => {
      const files = await readKnowledgeFiles(HOSTILE)
      const answerLine = files.find((file) => file.name === ENTRY)!.text.split('\n').indexOf('---', 1) + 2
      const edited = files.map((file) => (file.name === ENTRY ? { ...file, text: `${file.text.trim()} ${html}\n` } : file))
      const { knowledge, problems } = assembleKnowledge(edited)
      expect(knowledge).toBeUndefined()
      expect(problems.map(formatProblem)).toEqual([`${HOSTILE}/${ENTRY}:${answerLine}: the answer contains HTML, which the chat shows as plain text: write plain sentences instead`])
    },
  )
})
