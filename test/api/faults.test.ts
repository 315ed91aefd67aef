import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { connect } from 'node:net'
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
    // The reload problems are in the log only: /healthz is public (issue 14).
    const logged = () => server.output().stdout

    await writeFile(join(folder, 'clinic.yaml'), 'name: [unclosed\n\t- tabs')
    await vi.waitFor(() => expect(logged()).toMatch(/Knowledge edit not loaded[^]*clinic\.yaml/), UNTIL_RELOADED)
    expect(await answered()).toBe('answer')

    await rm(folder, { recursive: true, force: true })
    await vi.waitFor(() => expect(logged()).toContain('could not read the knowledge folder'), UNTIL_RELOADED)
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

describe('a client that sends slowly on purpose', () => {
  it('is disconnected once its headers take over 5 seconds, and the server keeps answering others', async () => {
    const server = startServer()
    const base = await server.address
    const socket = connect(Number(new URL(base).port), '127.0.0.1')
    await new Promise<void>((resolve) => socket.once('connect', resolve))
    let reply = ''
    socket.on('data', (chunk: Buffer) => (reply += chunk))
    const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now())))
    const start = Date.now()
    socket.write('POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n')
    expect((await askOver(base, 'How long is a session?')).status).toBe(200)
    const closedAfter = (await closed) - start
    expect(reply).toMatch(/^HTTP\/1\.1 408 /)
    expect(closedAfter).toBeGreaterThanOrEqual(4_500)
    expect(closedAfter).toBeLessThan(8_000)
  })
})
