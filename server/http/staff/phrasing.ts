import { randomBytes } from 'node:crypto'
import { readFile, rename, unlink, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { answerQuestion, prepareKnowledge } from '../../answer/answer.js'
import { checkKnowledge } from '../../knowledge/check.js'
import { readKnowledgeFiles } from '../../knowledge/load.js'
import { parseFaqFile } from '../../knowledge/parse.js'
import { formatProblem, type KnowledgeProblem } from '../../knowledge/problems.js'

export type PhrasingResult = { added: true; file: string; line: number } | { added: false; problems: string[] }

/**
 * The file's text with one more line under `other_phrasings`, written like
 * the line above it; every other byte stays as it was (line endings included).
 * Null when the entry's phrasings are not one-per-line, so no safe place exists.
 */
export function withPhrasing(file: string, text: string, phrasing: string): { text: string; line: number } | null {
  const entry = parseFaqFile(file, text).value
  const lastLine = entry?.lines.otherPhrasings.at(-1)
  if (!entry || !lastLine) return null
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  const lines = text.split(newline)
  const prefix = /^\s*-\s*/.exec(lines[lastLine - 1] ?? '')?.[0]
  if (prefix === undefined) return null
  // JSON's escapes are YAML double-quoted escapes, so any phrasing round-trips.
  lines.splice(lastLine, 0, `${prefix}${JSON.stringify(phrasing)}`)
  const edited = lines.join(newline)
  const reread = parseFaqFile(file, edited).value
  const expected = [...entry.other_phrasings, phrasing]
  if (!reread || reread.other_phrasings.length !== expected.length || reread.other_phrasings.some((item, index) => item !== expected[index])) return null
  return { text: edited, line: lastLine + 1 }
}

/**
 * Errors, and warnings about the new phrasing itself (it reads like another entry's, or leads elsewhere),
 * keyed without their line, so lines shifted by the inserted one still count as the same problem.
 */
const problemKeys = (problems: readonly KnowledgeProblem[], phrasing: string) =>
  new Map(
    problems
      .filter((problem) => problem.severity === 'error' || problem.message.startsWith(`"${phrasing}"`))
      .map((problem) => [`${problem.file}: ${problem.message}`, problem]),
  )

/**
 * "Add as a phrasing of…" from the staff page: refused, with knowledge:check's
 * own messages, when the phrasing would add an error (it leads to another
 * entry, is already asked elsewhere, reads as a crisis); otherwise written
 * atomically (a temporary file renamed over the entry), so the watcher and
 * visitors never see half a file.
 */
export async function addPhrasing(knowledgeDir: string, entryId: string, phrasing: string, today: Date): Promise<PhrasingResult> {
  const files = await readKnowledgeFiles(knowledgeDir)
  const target = files.find((file) => file.name === `faq/${entryId}.md`)
  if (!target) return { added: false, problems: [`There is no entry "${entryId}" in ${knowledgeDir}/faq/.`] }
  const edit = withPhrasing(target.path, target.text, phrasing)
  if (!edit) return { added: false, problems: [`${target.path}: its other_phrasings are not one per line, so the page cannot add to them safely: edit the file by hand.`] }

  // Asked of the knowledge as it is now: once added, the intent model would learn the phrasing for this entry
  // whatever it means, so the knowledge after the edit cannot tell that it belongs elsewhere.
  const verdictNow = checkKnowledge(files, today)
  if (verdictNow.knowledge) {
    const answeredBy = answerQuestion(prepareKnowledge(verdictNow.knowledge), phrasing).response
    const other = answeredBy.kind === 'answer' ? answeredBy.answers[0]?.id : undefined
    if (other && other !== entryId) {
      const otherFile = verdictNow.knowledge.entries.find((entry) => entry.id === other)?.file ?? other
      return { added: false, problems: [`${target.path}: "${phrasing}" is answered by ${otherFile} (${other}) instead of this entry: add it there, or reword it`] }
    }
  }
  const before = problemKeys(verdictNow.problems, phrasing)
  const after = problemKeys(checkKnowledge(files.map((file) => (file === target ? { ...file, text: edit.text } : file)), today).problems, phrasing)
  const added = [...after].filter(([key]) => !before.has(key)).map(([, problem]) => formatProblem(problem))
  if (added.length > 0) return { added: false, problems: added }

  // Someone may have saved the file in an editor meanwhile: write over nothing we have not checked.
  if ((await readFile(target.path, 'utf8')) !== target.text) return { added: false, problems: [`${target.path} changed while checking: try again.`] }
  const temporary = join(dirname(target.path), `.${entryId}.md.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, edit.text, 'utf8')
    await rename(temporary, target.path)
  } catch (error) {
    await unlink(temporary).catch(() => {})
    throw error
  }
  return { added: true, file: target.path, line: edit.line }
}
