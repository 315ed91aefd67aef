import { checkKnowledge } from '../knowledge/check.js'
import { readKnowledgeFiles } from '../knowledge/load.js'
import { formatProblem } from '../knowledge/problems.js'

/** `npm run knowledge:check`: every problem as path:line, then a summary; exits 1 on any error. */
const HELP = `Usage: npm run knowledge:check [-- <folder>]

Checks every knowledge file the way the server loads it, and lists each problem
as file:line with what to change. The folder is KNOWLEDGE_DIR, or knowledge/.

  error    the server refuses this version and keeps serving the last good one
           until it is fixed; npm start does not start. Exits 1.
  warning  the server serves it, but visitors may be served less well (a phrasing
           that leads to another answer, a review over a year old, example text).

The staff guide, STAFF.md, explains each message.`

const argument = process.argv[2]
if (argument === '--help' || argument === '-h') {
  console.log(HELP)
  process.exit(0)
}
if (argument?.startsWith('-')) {
  console.log(`Unknown option ${argument}.\n\n${HELP}`)
  process.exit(2)
}
const folder = argument ?? process.env.KNOWLEDGE_DIR ?? 'knowledge'
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
