/**
 * `npm run safety:literals`: works out the required literals of every safety
 * pattern (answer/required-literals.ts) and writes them to
 * server/answer/safety-literals.json, which the server reads instead of
 * working them out as it starts. Run it after editing a safety rule; a test
 * says when the file is behind the rules.
 */
import { writeFile } from 'node:fs/promises'
import { requiredLiterals } from '../answer/required-literals.js'
import { safetyLiteralsTable } from '../answer/safety-literals.js'
// Importing the rules is what asks for their literals.
import '../answer/safety-assessment.js'

export const SAFETY_LITERALS_PATH = 'server/answer/safety-literals.json'

const table = safetyLiteralsTable(requiredLiterals)
await writeFile(SAFETY_LITERALS_PATH, `${JSON.stringify(table, null, 1)}\n`)
console.log(`${Object.keys(table).length} safety patterns and their literals written to ${SAFETY_LITERALS_PATH}`)
