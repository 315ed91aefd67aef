import { parseArgs } from 'node:util'
import { formatSoakReport, runSoak } from './soak.js'

/** `npm run soak [-- --requests 3000 --concurrency 16]`: bounded, loopback only; exits 1 on any 5xx or unanswered request. */
const { values } = parseArgs({ options: { requests: { type: 'string', default: '3000' }, concurrency: { type: 'string', default: '16' } } })
const bounded = (text: string, max: number) => Math.min(max, Math.max(1, Math.floor(Number(text)) || 1))
const report = await runSoak({ requests: bounded(values.requests, 20_000), concurrency: bounded(values.concurrency, 64) })
console.log(formatSoakReport(report))
if (report.serverErrors > 0 || report.noReply > 0) {
  console.error('\nFAILED: the server must answer every request, and never with a 5xx.')
  process.exitCode = 1
}
if (report.flood.visitorAnswered < report.flood.visitorAsked || !report.flood.crisisWhileLimited) {
  console.error("\nFAILED: another site's flood must not cost the visitor questions, and a crisis message must always get the crisis response.")
  process.exitCode = 1
}
