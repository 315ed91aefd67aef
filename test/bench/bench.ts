import { spawn } from 'node:child_process'
import { readFile, stat } from 'node:fs/promises'
import { answerQuestion, prepareKnowledge } from '../../server/answer/answer.js'
import { loadKnowledge } from '../../server/knowledge/load.js'
import { formatSize, measureSizes } from '../../widget/build/size-budget.js'
import { readEvalSet } from '../eval/eval-set.js'

/**
 * `npm run bench`: how fast the product is, measured rather than asserted.
 * Loads only 127.0.0.1, with a fixed number of requests; the server logs each request, as in production.
 */
const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0
const ms = (value: number) => `${value.toFixed(3)} ms`
const timed = async <T>(run: () => T | Promise<T>): Promise<[T, number]> => {
  const start = performance.now()
  const result = await run()
  return [result, performance.now() - start]
}

const [loaded, loadMs] = await timed(() => loadKnowledge('knowledge'))
const [prepared, buildMs] = await timed(() => prepareKnowledge(loaded.knowledge))
const set = await readEvalSet()
const questions = [
  ...set.answerable.map((item) => item.q),
  ...set.unanswerable.in_domain,
  ...set.unanswerable.off_topic,
  ...set.crisis.map((item) => item.q),
  ...set.not_crisis.map((item) => item.q),
]

for (const question of questions) answerQuestion(prepared, question)
const ROUNDS = 20
const latencies: number[] = []
for (let round = 0; round < ROUNDS; round++) {
  for (const question of questions) {
    const start = performance.now()
    answerQuestion(prepared, question)
    latencies.push(performance.now() - start)
  }
}
latencies.sort((a, b) => a - b)

console.log('Knowledge')
console.log(`  load and validate ${loaded.knowledge.entries.length} entries   ${ms(loadMs)}`)
console.log(`  build the search index           ${ms(buildMs)}`)
console.log(`\nanswerQuestion(), ${latencies.length} calls over the ${questions.length} evaluation questions`)
console.log(`  p50 ${ms(percentile(latencies, 0.5))}   p95 ${ms(percentile(latencies, 0.95))}   p99 ${ms(percentile(latencies, 0.99))}   max ${ms(latencies.at(-1) ?? 0)}`)

// The server runs in its own process, as in production, so the client's work is not counted as its.
const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  env: { ...process.env, PORT: '0', WATCH_KNOWLEDGE: 'false' },
  stdio: ['ignore', 'pipe', 'inherit'],
})
const port = await new Promise<string>((resolve, reject) => {
  let output = ''
  server.stdout.on('data', (chunk: Buffer) => {
    output += chunk
    const match = /http:\/\/localhost:(\d+)/.exec(output)
    if (match?.[1]) resolve(match[1])
  })
  server.once('exit', (code) => reject(new Error(`the server exited with ${code}`)))
})
/** CPU time the server process has used, from /proc (Linux); the client shares the machine, so wall time alone says little. */
const serverCpuMs = async (): Promise<number | undefined> => {
  const stat = await readFile(`/proc/${server.pid}/stat`, 'utf8').catch(() => undefined)
  const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ')
  return fields ? ((Number(fields[11]) + Number(fields[12])) * 1000) / 100 : undefined
}
const cpuBefore = await serverCpuMs()
const REQUESTS = 3000
const CONCURRENCY = 16
const httpLatencies: number[] = []
let next = 0
const [, httpMs] = await timed(() =>
  Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        const question = questions[next++ % questions.length]
        const start = performance.now()
        const response = await fetch(`http://127.0.0.1:${port}/api/ask`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ question }),
        })
        await response.arrayBuffer()
        if (!response.ok) throw new Error(`POST /api/ask answered ${response.status}`)
        httpLatencies.push(performance.now() - start)
      }
    }),
  ),
)
const cpuAfter = await serverCpuMs()
server.kill()
httpLatencies.sort((a, b) => a - b)
console.log(`\nPOST /api/ask over HTTP on 127.0.0.1, ${REQUESTS} requests, ${CONCURRENCY} at a time`)
console.log(`  ${Math.round(REQUESTS / (httpMs / 1000))} requests/s   p50 ${ms(percentile(httpLatencies, 0.5))}   p95 ${ms(percentile(httpLatencies, 0.95))}  (client and server share this machine)`)
if (cpuBefore !== undefined && cpuAfter !== undefined) {
  console.log(`  server CPU per request ${ms((cpuAfter - cpuBefore) / REQUESTS)} (so about ${Math.round(REQUESTS / ((cpuAfter - cpuBefore) / 1000))} requests/s per core)`)
}

const built = await stat('dist/widget/widget.js').then(() => true, () => false)
console.log('\nWidget sizes')
if (built) for (const report of await measureSizes('dist/widget')) console.log(`  ${formatSize(report)}`)
else console.log('  run `npm run build` first (the build also checks the size budget)')
