import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { askOver, startServer } from './entry-point.js'

const UNTIL_RELOADED = { timeout: 10_000, interval: 100 }

describe('faults the server survives', () => {
  it('keeps answering from the last good knowledge when an edit breaks a file and then the whole folder goes', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'knowledge-'))
    await cp('knowledge', folder, { recursive: true })
    const server = startServer({ KNOWLEDGE_DIR: folder })
    const base = await server.address
    const answered = async () => ((await (await askOver(base, 'How long is a session?')).json()) as { kind: string }).kind
    const health = async () => (await (await fetch(`${base}/healthz`)).json()) as { lastReloadError?: { problems: string[] } }

    await writeFile(join(folder, 'clinic.yaml'), 'name: [unclosed\n\t- tabs')
    await vi.waitFor(async () => expect((await health()).lastReloadError?.problems[0]).toContain('clinic.yaml'), UNTIL_RELOADED)
    expect(await answered()).toBe('answer')

    await rm(folder, { recursive: true, force: true })
    await vi.waitFor(async () => expect((await health()).lastReloadError?.problems[0]).toContain('could not read the knowledge folder'), UNTIL_RELOADED)
    expect(await answered()).toBe('answer')
    expect(server.child.exitCode).toBeNull()
    expect(server.output().stderr).not.toMatch(/^\s+at /m)
  })
})

describe('a log reader that goes away', () => {
  it('does not stop the server: it keeps answering when its output pipe is closed', async () => {
    const server = startServer()
    const base = await server.address
    server.child.stdout?.destroy()
    server.child.stderr?.destroy()
    for (let request = 0; request < 20; request++) expect((await askOver(base, 'How long is a session?')).status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(server.child.exitCode).toBeNull()
    expect((await askOver(base, 'How long is a session?')).status).toBe(200)
  })
})
