import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { dayOf } from '../../server/insights/outcome.js'
import { openSqliteStore } from '../../server/insights/sqlite.js'
import { useTempDataDirs } from './temp-data.js'

const run = promisify(execFile)
const tempDataDir = useTempDataDirs()
const insightsCli = (dataDir: string) => run('npx', ['tsx', 'server/cli/insights.ts'], { env: { ...process.env, DATA_DIR: dataDir } })

describe('npm run insights', () => {
  it('prints the outcome split, the helpful rate, the most asked answers and what went unanswered', async () => {
    const dataDir = tempDataDir()
    const store = openSqliteStore(dataDir)
    const day = dayOf(Date.now())
    const base = { day, language: 'en', knowledgeVersion: 'v1' }
    await store.recordOutcomes([
      { ...base, outcome: 'answer', entryId: 'session-length' },
      { ...base, outcome: 'answer', entryId: 'session-length' },
      { ...base, outcome: 'fallback', text: 'is there a vending machine' },
      { ...base, outcome: 'crisis' },
    ])
    await store.recordFeedback([{ ...base, entryId: 'session-length', helpful: false, text: 'how long is the drive' }])
    store.close()

    const { stdout } = await insightsCli(dataDir)
    expect(stdout).toContain('Questions: 4')
    expect(stdout).toMatch(/answered +2 +50%/)
    expect(stdout).toMatch(/could not answer +1 +25%/)
    expect(stdout).toContain('Rated helpful: 0% of votes')
    expect(stdout).toContain('2  session-length: How long does a session take?')
    expect(stdout).toContain('"is there a vending machine"')
    expect(stdout).toContain('1  session-length: "how long is the drive"')
  })

  it('says there is nothing yet when the server has not created the database', async () => {
    const { stdout } = await insightsCli(tempDataDir())
    expect(stdout).toMatch(/^No insights yet: .*insights\.sqlite does not exist/)
  })
})
