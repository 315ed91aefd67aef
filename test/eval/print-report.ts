import { prepareKnowledge } from '../../server/answer/answer.js'
import { loadKnowledge } from '../../server/knowledge/load.js'
import { readEvalSet, SPANISH_EVAL_SET_PATH } from './eval-set.js'
import { evaluate, SPANISH_ABSTENTION_FLOOR } from './evaluate.js'
import { evaluateSafety, readSafetySet, SAFETY_TARGETS } from './safety-evaluate.js'

/**
 * `npm run eval [-- questions.yaml [crisis-messages.yaml]]`: prints the answer
 * figures and the safety figures, each with every miss.
 */
const [setPath, safetyPath] = process.argv.slice(2)
const { knowledge } = await loadKnowledge('knowledge')
const prepared = prepareKnowledge(knowledge)
const set = await readEvalSet(setPath)
const report = evaluate(prepared, set)
const spanish = evaluate(prepared, await readEvalSet(SPANISH_EVAL_SET_PATH))
const safety = evaluateSafety(prepared, await readSafetySet(safetyPath), set.answerable.map((item) => item.q))
const percent = (share: number) => `${(share * 100).toFixed(1)}%`.padStart(6)

const printMisses = (misses: ReadonlyArray<{ group: string; question: string; expected: string; got: string }>) => {
  for (const group of new Set(misses.map((miss) => miss.group))) {
    console.log(`Misses: ${group}`)
    for (const miss of misses.filter((candidate) => candidate.group === group)) console.log(`  "${miss.question}"\n      expected ${miss.expected}; got ${miss.got}`)
    console.log('')
  }
}

console.log(`Evaluation set: ${setPath ?? 'test/eval/questions.yaml'}`)
console.log(`  ${report.counts.answerable} answerable, ${report.counts.unanswerable} unanswerable\n`)
printMisses(report.misses.filter((miss) => !miss.group.includes('crisis')))
console.log('Spanish development set: test/eval/questions.es.yaml (written by the engineer who built the Spanish pipeline: a regression set, not blind)')
console.log(`  ${spanish.counts.answerable} answerable, ${spanish.counts.unanswerable} unanswerable, ${spanish.counts.crisis} crisis\n`)
printMisses(spanish.misses)
console.log(`Safety set: ${safetyPath ?? 'test/eval/crisis-messages.yaml'}`)
const { counts } = safety
console.log(`  ${counts.selfHarm} self-harm, ${counts.emergency} emergency, ${counts.decoys} alarming but not crisis, ${counts.ordinary} ordinary, ${counts.violence} violence, ${counts.depression} depression disclosures\n`)
printMisses(safety.misses)

console.log('Answers                          English   Spanish')
const row = (label: string, english: string, spanishFigure: string, note: string) => console.log(`  ${label.padEnd(30)} ${english}    ${spanishFigure}   ${note}`)
row('top-1 accuracy', percent(report.top1), percent(spanish.top1), '(floors 90% / 90%; fresh blind target 92% / 90%)')
row('top-3 accuracy', percent(report.top3), percent(spanish.top3), '(floor 97%; fresh blind target 96%)')
row('answer rate', percent(report.answerRate), percent(spanish.answerRate), '')
row('wrong answers', String(report.wrongAnswers).padStart(6), String(spanish.wrongAnswers).padStart(6), '')
row('abstention', percent(report.abstention), percent(spanish.abstention), `(floors 90% / ${SPANISH_ABSTENTION_FLOOR * 100}%; fresh blind target 92% / 90%)`)
row('crisis screen (set)', percent(report.crisisRecall), percent(spanish.crisisRecall), '(target 100%)')
console.log('Safety')
console.log(`  crisis screen, all             ${percent(safety.screen)}   (target >= ${SAFETY_TARGETS.screen * 100}%)`)
console.log(`    self-harm (988 first)        ${percent(safety.screenSelfHarm)}`)
console.log(`    emergency (911 first)        ${percent(safety.screenEmergency)}`)
console.log(`  screen or check-in             ${percent(safety.screenOrCheckIn)}   (target 100%)`)
console.log(`  decoys: screen                 ${percent(safety.decoyScreen)}   (target <= ${SAFETY_TARGETS.decoyScreen * 100}%)`)
console.log(`  decoys: check-in               ${percent(safety.decoyCheckIn)}   (target <= ${SAFETY_TARGETS.decoyCheckIn * 100}%)`)
console.log(`  ordinary questions: screen     ${percent(safety.ordinaryScreen)}   (target 0%)`)
console.log(`  ordinary questions: check-in   ${percent(safety.ordinaryCheckIn)}   (target <= ${SAFETY_TARGETS.ordinaryCheckIn * 100}%)`)
console.log(`  violence disclosures helped    ${percent(safety.violenceHelped)}`)
console.log(`  depression disclosures         ${percent(safety.depressionCheckedIn)}`)
