import { execFile } from 'node:child_process'
import { appendFile, cp, mkdtemp, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApp } from '../../server/app.js'
import { loadKnowledge } from '../../server/knowledge/load.js'
import { watchKnowledge, type LiveKnowledgeStore, type WatchOptions } from '../../server/knowledge/watch.js'

/**
 * Every way an editor, a tool or git saves a file must reach the running server (issue 13).
 * Real folders in the temp directory; each wait is bounded, and generous, since a loaded
 * 2-core machine may take a while to deliver file events and rebuild the index.
 */
const run = promisify(execFile)
const UNTIL_RELOADED = { timeout: 10_000, interval: 50 }

let root: string
let folder: string
let store: LiveKnowledgeStore | undefined
let app: ReturnType<typeof createApp>
const logged: string[] = []

async function follow(options: WatchOptions = {}) {
  store = watchKnowledge(folder, await loadKnowledge(folder), { log: (line) => logged.push(line), settleMs: 50, ...options })
  app = createApp({ knowledge: store, log: null, rateLimitPerMinute: 0 })
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'knowledge-saves-'))
  folder = join(root, 'knowledge')
  await cp('knowledge', folder, { recursive: true })
})

afterEach(async () => {
  store?.close()
  store = undefined
  logged.length = 0
  await rm(root, { recursive: true, force: true })
})

const entryFile = (name = 'session-length.md') => join(folder, 'faq', name)
const withAnswer = (text: string, answer: string) => text.replace(/\n[^\n]+\n?$/, `\n${answer}\n`)
const ask = async (question: string) => {
  const response = await app.request('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question }) })
  return (await response.json()) as { answers: Array<{ id: string; text: string }> }
}
const sessionAnswer = async () => (await ask('How long does a session take?')).answers[0]?.text
const health = async () => (await app.request('/healthz')).json()
const servesSessionAnswer = (text: string) => vi.waitFor(async () => expect(await sessionAnswer()).toBe(text), UNTIL_RELOADED)

/** A save as vim, `git checkout` and sync clients do it: a new file renamed over the old one. */
async function saveByRename(path: string, text: string) {
  const temporary = join(folder, 'faq', `.save-${Math.random().toString(36).slice(2)}.tmp`)
  await writeFile(temporary, text)
  await rename(temporary, path)
}

describe('live reload follows every way of saving, as it happens', () => {
  // The backstop check of file times is pushed out of reach here: these must come from the file events alone.
  beforeEach(() => follow({ pollMs: 600_000 }))

  it('a save that renames a temporary file over the entry, again and again, then an in-place save', async () => {
    const original = await readFile(entryFile(), 'utf8')
    await saveByRename(entryFile(), withAnswer(original, 'First replace-save.'))
    await servesSessionAnswer('First replace-save.')
    await saveByRename(entryFile(), withAnswer(original, 'Second replace-save.'))
    await servesSessionAnswer('Second replace-save.')
    await writeFile(entryFile(), withAnswer(original, 'In-place save after replace-saves.'))
    await servesSessionAnswer('In-place save after replace-saves.')
  })

  it('sed -i, twice, then an append', async () => {
    const original = await readFile(entryFile(), 'utf8')
    const lastLine = original.trimEnd().split('\n').at(-1)!
    await run('sed', ['-i', `s/^${lastLine.slice(0, 20)}.*$/Changed by sed once./`, entryFile()])
    await servesSessionAnswer('Changed by sed once.')
    await run('sed', ['-i', 's/^Changed by sed once\\.$/Changed by sed twice./', entryFile()])
    await servesSessionAnswer('Changed by sed twice.')
    await appendFile(entryFile(), 'Appended.\n')
    await servesSessionAnswer('Changed by sed twice.\nAppended.')
  })

  it('a file deleted and written anew', async () => {
    const original = await readFile(entryFile(), 'utf8')
    await unlink(entryFile())
    await writeFile(entryFile(), withAnswer(original, 'Deleted and recreated.'))
    await servesSessionAnswer('Deleted and recreated.')
  })

  it('a new entry, and a deleted one', async () => {
    const entries = (await health()).entries
    const copy = (await readFile(entryFile(), 'utf8'))
      .replace(/^id: .*$/m, 'id: walk-ins')
      .replace(/^question: .*$/m, 'question: "Do you take walk-in zebra visits?"')
      .replace(/other_phrasings:\n(?: {2}- .*\n)+/, 'other_phrasings:\n  - "walk in zebra"\n  - "zebra walk-ins"\n  - "no appointment zebra"\n')
    await writeFile(entryFile('walk-ins.md'), copy)
    await vi.waitFor(async () => expect((await health()).entries).toBe(entries + 1), UNTIL_RELOADED)
    await unlink(entryFile('walk-ins.md'))
    await vi.waitFor(async () => expect((await health()).entries).toBe(entries), UNTIL_RELOADED)
  })

  it('a renamed file, and then an edit to it under its new name', async () => {
    const original = await readFile(entryFile(), 'utf8')
    await rename(entryFile(), entryFile('how-long.md'))
    await writeFile(entryFile('how-long.md'), withAnswer(original, 'Edited under its new name.'))
    await servesSessionAnswer('Edited under its new name.')
  })

  it('the faq folder replaced by another (git checkout of another commit), and then an edit in the new folder', async () => {
    const original = await readFile(entryFile(), 'utf8')
    const other = join(root, 'faq-from-another-commit')
    await cp(join(folder, 'faq'), other, { recursive: true })
    await writeFile(join(other, 'session-length.md'), withAnswer(original, 'From the other commit.'))
    await rm(join(folder, 'faq'), { recursive: true })
    await rename(other, join(folder, 'faq'))
    await servesSessionAnswer('From the other commit.')
    await writeFile(entryFile(), withAnswer(original, 'Edited in the new folder.'))
    await servesSessionAnswer('Edited in the new folder.')
  })

  it("ignores editors' backup and swap files, whatever they hold", async () => {
    const before = await health()
    const junk = '\0\u0001 not a knowledge file: ]]}'
    await writeFile(entryFile('.session-length.md.swp'), junk)
    await writeFile(entryFile('session-length.md~'), junk)
    await writeFile(entryFile('._session-length.md'), junk)
    await writeFile(entryFile('#session-length.md#'), junk)
    await writeFile(join(folder, 'faq', '.DS_Store'), junk)
    await writeFile(join(folder, '.DS_Store'), junk)
    const original = await readFile(entryFile(), 'utf8')
    await writeFile(entryFile(), withAnswer(original, 'Saved beside the swap files.'))
    await servesSessionAnswer('Saved beside the swap files.')
    const after = await health()
    expect(after.lastReloadError).toBeUndefined()
    expect(after.entries).toBe(before.entries)
  })
})

describe('the periodic check of file times and sizes', () => {
  it('picks up a knowledge folder replaced as a whole, and edits in it afterwards', async () => {
    await follow({ pollMs: 200 })
    const original = await readFile(entryFile(), 'utf8')
    const other = join(root, 'knowledge-next')
    await cp(folder, other, { recursive: true })
    await writeFile(join(other, 'faq', 'session-length.md'), withAnswer(original, 'From the replaced folder.'))
    await rename(folder, join(root, 'knowledge-previous'))
    await rename(other, folder)
    await servesSessionAnswer('From the replaced folder.')
    await writeFile(entryFile(), withAnswer(original, 'Edited in the replaced folder.'))
    await servesSessionAnswer('Edited in the replaced folder.')
  })

  it('keeps edits flowing when the system cannot watch folders, and says so in the log and /healthz', async () => {
    await follow({
      pollMs: 200,
      watchDirectory: () => {
        throw Object.assign(new Error('ENOSPC: System limit for number of file watchers reached'), { code: 'ENOSPC' })
      },
    })
    await vi.waitFor(() => expect(logged.join('\n')).toContain('System limit for number of file watchers reached'), UNTIL_RELOADED)
    // /healthz says degraded; what is wrong is in the log and the store's status, since /healthz is public (issue 14).
    expect((await (await app.request('/healthz')).json()).status).toBe('degraded')
    expect(store?.status().watchError?.problem).toContain(`Not following edits to ${folder} as they happen`)
    const original = await readFile(entryFile(), 'utf8')
    await writeFile(entryFile(), withAnswer(original, 'Found by the periodic check.'))
    await servesSessionAnswer('Found by the periodic check.')
  })
})
