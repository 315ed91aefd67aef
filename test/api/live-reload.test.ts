import { watch, type FSWatcher } from 'node:fs'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApp } from '../../server/app.js'
import { loadKnowledge } from '../../server/knowledge/load.js'
import { watchKnowledge, type LiveKnowledgeStore } from '../../server/knowledge/watch.js'

let folder: string
let store: LiveKnowledgeStore
let app: ReturnType<typeof createApp>
const logged: string[] = []

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'knowledge-'))
  await cp('knowledge', folder, { recursive: true })
  store = watchKnowledge(folder, await loadKnowledge(folder), { log: (line) => logged.push(line), settleMs: 50 })
  app = createApp({ knowledge: store, log: null, rateLimitPerMinute: 0 })
})

afterEach(async () => {
  store.close()
  logged.length = 0
  await rm(folder, { recursive: true, force: true })
})

const entryFile = () => join(folder, 'faq', 'session-length.md')
const sessionAnswer = async () => {
  const response = await app.request('/api/ask', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ question: 'How long does a session take?' }),
  })
  expect(response.status).toBe(200)
  const body = await response.json()
  return body.answers[0].text as string
}
// The store's own status, for the problems (/healthz shows none publicly, issue 14), with /healthz's own ok or degraded.
const health = async () => ({
  ...(store.status() as ReturnType<LiveKnowledgeStore['status']> & { lastReloadError: { problems: string[] } }),
  status: ((await (await app.request('/healthz')).json()) as { status: string }).status,
})
const UNTIL_RELOADED = { timeout: 10_000, interval: 25 }

describe('live reload of the knowledge folder', () => {
  it('serves a good edit within a second or two, without a restart', async () => {
    const before = await health()
    const original = await readFile(entryFile(), 'utf8')
    await writeFile(entryFile(), original.replace(/\n[^\n]+\n?$/, '\nEdited answer for the live reload test.\n'))

    await vi.waitFor(async () => expect(await sessionAnswer()).toBe('Edited answer for the live reload test.'), UNTIL_RELOADED)
    const after = await health()
    expect(after.version).not.toBe(before.version)
    expect(after.lastReloadError).toBeUndefined()
  })

  it('keeps serving the last good knowledge on a broken edit, reports it, and recovers when fixed', async () => {
    const original = await readFile(entryFile(), 'utf8')
    const goodAnswer = await sessionAnswer()
    const goodVersion = (await health()).version

    await writeFile(entryFile(), original.replace(/^reviewed: .*$/m, 'reviewed: soon'))
    await vi.waitFor(async () => expect((await health()).lastReloadError).toBeDefined(), UNTIL_RELOADED)
    const brokenResponse = await app.request('/healthz')
    expect(brokenResponse.status).toBe(200)
    const broken = await brokenResponse.json()
    expect(broken.status).toBe('degraded')
    expect(broken.version).toBe(goodVersion)
    const reviewedLine = original.split('\n').findIndex((line) => line.startsWith('reviewed:')) + 1
    expect(broken).toEqual({ status: 'degraded', version: goodVersion, entries: expect.any(Number), insights: 'off', rateLimit: 'memory' })
    expect((await health()).lastReloadError.problems).toEqual([`${entryFile()}:${reviewedLine}: "reviewed" must be a date like 2026-01-31, got "soon"`])
    expect(await sessionAnswer()).toBe(goodAnswer)
    expect(logged.join('\n')).toContain('"reviewed" must be a date like 2026-01-31, got "soon"')

    await writeFile(entryFile(), original.replace(/\n[^\n]+\n?$/, '\nFixed answer.\n'))
    await vi.waitFor(async () => expect(await sessionAnswer()).toBe('Fixed answer.'), UNTIL_RELOADED)
    const fixed = await health()
    expect(fixed.status).toBe('ok')
    expect(fixed.lastReloadError).toBeUndefined()
  })

  it('refuses at reload what knowledge:check calls an error: the same question in two entries', async () => {
    const goodAnswer = await sessionAnswer()
    const dosage = join(folder, 'faq', 'dosage.md')
    await writeFile(dosage, (await readFile(dosage, 'utf8')).replace('other_phrasings:\n', 'other_phrasings:\n  - "How long does a session take?"\n'))
    await vi.waitFor(async () => expect((await health()).lastReloadError?.problems.join('\n')).toContain('"How long does a session take?" is also asked in'), UNTIL_RELOADED)
    expect((await health()).status).toBe('degraded')
    expect(await sessionAnswer()).toBe(goodAnswer)
  })

  it('answers every request while edits are swapped in, each from one whole version', async () => {
    const original = await readFile(entryFile(), 'utf8')
    const answers = new Set<string>()
    let editing = true
    const edits = (async () => {
      for (let round = 0; round < 5; round++) {
        await writeFile(entryFile(), original.replace(/\n[^\n]+\n?$/, `\nRound ${round} answer.\n`))
        await store.reload()
      }
      editing = false
    })()
    while (editing) {
      const batch = await Promise.all(Array.from({ length: 10 }, () => sessionAnswer()))
      for (const text of batch) answers.add(text)
      // In-process requests resolve without I/O; let the file writes and the reload run in between.
      await new Promise((resolve) => setImmediate(resolve))
    }
    await edits
    for (const text of answers) expect(text).toMatch(/^(?:The duration of each session|Round [0-4] answer\.)/)
    expect(await sessionAnswer()).toBe('Round 4 answer.')
  })
})

describe('when a folder watcher fails', () => {
  it('keeps serving, says so, watches again and picks up the edits made meanwhile', async () => {
    const watchers: FSWatcher[] = []
    const lines: string[] = []
    const failing = watchKnowledge(folder, await loadKnowledge(folder), {
      log: (line) => lines.push(line),
      settleMs: 50,
      pollMs: 100,
      watchDirectory: (path, onEvent) => {
        const watcher = watch(path, (_event, file) => onEvent(file))
        if (path === folder) watchers.push(watcher)
        return watcher
      },
    })
    const failingApp = createApp({ knowledge: failing, log: null, rateLimitPerMinute: 0 })
    try {
      const answer = async () => (await (await failingApp.request('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question: 'How long does a session take?' }) })).json()).answers[0].text
      const original = await readFile(entryFile(), 'utf8')
      await vi.waitFor(() => expect(watchers).toHaveLength(1), UNTIL_RELOADED)

      watchers[0]?.emit('error', Object.assign(new Error("ENOENT: no such file or directory, scandir 'faq/old'"), { code: 'ENOENT' }))
      expect(lines.join('\n')).toContain(`Stopped following edits in ${folder}`)
      await writeFile(entryFile(), original.replace(/\n[^\n]+\n?$/, '\nEdited while unwatched.\n'))
      await vi.waitFor(async () => expect(await answer()).toBe('Edited while unwatched.'), UNTIL_RELOADED)
      await vi.waitFor(() => expect(watchers).toHaveLength(2), UNTIL_RELOADED)

      await writeFile(entryFile(), original.replace(/\n[^\n]+\n?$/, '\nEdited once watched again.\n'))
      await vi.waitFor(async () => expect(await answer()).toBe('Edited once watched again.'), UNTIL_RELOADED)
    } finally {
      failing.close()
    }
  })
})
