/**
 * `npm run train:safety`: retrains the risk model from training/safety/ and
 * writes server/answer/risk-weights.json. Deterministic: run it twice, get the
 * same file. `-- --check` only reports whether the committed file is current.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { readSafetyCorpus } from '../training/safety-corpus.js'
import { trainRiskModel } from '../training/train-risk-model.js'

export const RISK_WEIGHTS_PATH = 'server/answer/risk-weights.json'

const args = process.argv.slice(2)
if (args.includes('--help')) {
  console.log('npm run train:safety            retrain the risk model and write ' + RISK_WEIGHTS_PATH)
  console.log('npm run train:safety -- --check  exit 1 if the committed weights differ from a fresh training')
  process.exit(0)
}

const corpus = await readSafetyCorpus()
const started = performance.now()
const text = `${JSON.stringify(trainRiskModel(corpus))}\n`
const seconds = ((performance.now() - started) / 1000).toFixed(1)

if (args.includes('--check')) {
  const committed = await readFile(RISK_WEIGHTS_PATH, 'utf8').catch(() => '')
  console.log(committed === text ? `${RISK_WEIGHTS_PATH} is current (${corpus.length} messages, ${seconds} s)` : `${RISK_WEIGHTS_PATH} differs from a fresh training: run npm run train:safety`)
  process.exit(committed === text ? 0 : 1)
}
await writeFile(RISK_WEIGHTS_PATH, text)
console.log(`trained on ${corpus.length} messages in ${seconds} s: ${RISK_WEIGHTS_PATH} (${(text.length / 1024).toFixed(0)} KB)`)
