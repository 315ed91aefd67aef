import { prepareKnowledge } from '../../server/answer/answer.js'
import { loadKnowledge } from '../../server/knowledge/load.js'
import { readEvalSet } from './eval-set.js'
import { evaluate } from './evaluate.js'

/** `npm run eval [-- other-set.yaml]`: prints the evaluation figures and every miss. */
const setPath = process.argv[2]
const { knowledge } = await loadKnowledge('knowledge')
const report = evaluate(prepareKnowledge(knowledge), await readEvalSet(setPath))
const percent = (share: number) => `${(share * 100).toFixed(1)}%`

console.log(`Evaluation set: ${setPath ?? 'test/eval/questions.yaml'}`)
console.log(`  ${report.counts.answerable} answerable, ${report.counts.unanswerable} unanswerable, ${report.counts.crisis} crisis, ${report.counts.notCrisis} alarming but not crisis\n`)
for (const group of new Set(report.misses.map((miss) => miss.group))) {
  console.log(`Misses: ${group}`)
  for (const miss of report.misses.filter((candidate) => candidate.group === group)) {
    console.log(`  "${miss.question}"\n      expected ${miss.expected}; got ${miss.got}`)
  }
  console.log('')
}
console.log(`top-1 accuracy     ${percent(report.top1)}   (goal >= 90%)`)
console.log(`top-3 accuracy     ${percent(report.top3)}   (goal >= 97%)`)
console.log(`answer rate        ${percent(report.answerRate)}`)
console.log(`wrong answers      ${report.wrongAnswers}`)
console.log(`abstention rate    ${percent(report.abstention)}   (goal >= 90%)`)
console.log(`crisis recall      ${percent(report.crisisRecall)}   (goal 100%)`)
console.log(`false crises       ${report.falseCrises}   (goal 0)`)
