import { checkKnowledge } from '../knowledge/check.js'
import { readKnowledgeFiles } from '../knowledge/load.js'
import { formatProblem } from '../knowledge/problems.js'

/** `npm run knowledge:check`: every problem as path:line, then a summary; exits 1 on any error. */
const folder = process.argv[2] ?? process.env.KNOWLEDGE_DIR ?? 'knowledge'
const report = checkKnowledge(await readKnowledgeFiles(folder), new Date())

for (const problem of report.problems) console.log(formatProblem(problem))
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
const read = `${plural(report.filesRead, 'file')} read in ${folder}/`
const outcome =
  report.failedFiles.length > 0
    ? `${report.failedFiles.length} with errors (${report.failedFiles.join(', ')}), so the server refuses this version`
    : `${plural(report.entries, 'entry').replace('entrys', 'entries')} ready to serve`
const summary = `${read}, ${outcome}: ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}.`
console.log(report.problems.length > 0 ? `\n${summary}` : summary)
if (report.errors > 0) {
  console.log('Fix the errors above; the server keeps answering from the last good version until you do.')
  process.exitCode = 1
}
