import { execFile } from 'node:child_process'
import { cpSync, existsSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { freePort, spawnCompiled } from './compiled-server.js'
import { copyOfProject } from './temp-copy.js'

const run = promisify(execFile)
const copy = copyOfProject()
afterAll(() => copy.remove())

describe('a production install', () => {
  it(
    'answers from `node dist/server/main.js` after `npm ci --omit=dev`, with no tsx or Vite installed',
    async () => {
      // Built where the dev dependencies are (this checkout's), as a CI job or a developer would before shipping dist/.
      symlinkSync(resolve('node_modules'), `${copy.folder}/node_modules`)
      await run('npm', ['run', 'build'], { cwd: copy.folder })
      rmSync(`${copy.folder}/node_modules`)

      // From npm's cache when it has every package, as it does after this checkout's own `npm ci`. Without install
      // scripts: the only one is better-sqlite3's, which offline compiles SQLite for minutes; its binary for this
      // machine and this Node is the one this checkout's own install fetched, so it is copied instead.
      await run('npm', ['ci', '--omit=dev', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: copy.folder })
      cpSync(resolve('node_modules/better-sqlite3/build'), `${copy.folder}/node_modules/better-sqlite3/build`, { recursive: true })
      expect(existsSync(`${copy.folder}/node_modules/tsx`)).toBe(false)
      expect(existsSync(`${copy.folder}/node_modules/vite`)).toBe(false)

      const port = await freePort()
      const server = spawnCompiled(copy.folder, { PORT: String(port) }, 'dist/server/main.js')
      try {
        const base = await server.address
        const reply = await fetch(`${base}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question: 'Can I drive home after a session?' }) })
        expect(reply.status).toBe(200)
        expect((await reply.json()).answers[0].id).toBe('after-session')
        expect((await fetch(`${base}/widget.js`)).status).toBe(200)
        expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({ status: 'ok', insights: 'ok' })
      } finally {
        await server.stop()
      }
    },
    // The build and the install take a minute or two on a busy 2-core machine.
    5 * 60_000,
  )

  it('reads back, on the next start with the same knowledge, the intent models the first start trained, and trains again when one is damaged', async () => {
    const models = `${copy.folder}/data/models`
    // The knowledge snapshot beside them (knowledge-*.bin) is another test's (knowledge-snapshot.test.ts).
    const modelFiles = () =>
      readdirSync(models)
        .filter((name) => name.startsWith('intent-'))
        .map((name) => ({ name, written: statSync(`${models}/${name}`).mtimeMs }))
    const askAfterStart = async () => {
      const server = spawnCompiled(copy.folder, { PORT: String(await freePort()) }, 'dist/server/main.js')
      try {
        const base = await server.address
        const reply = await fetch(`${base}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question: '¿puedo manejar después de la sesión?' }) })
        return (await reply.json()).answers[0]?.id
      } finally {
        await server.stop()
      }
    }
    // The first test's start trained one model per language.
    const trained = modelFiles()
    expect(trained).toHaveLength(2)

    expect(await askAfterStart()).toBe('after-session')
    expect(modelFiles()).toEqual(trained)

    for (const { name } of trained) writeFileSync(`${models}/${name}`, 'not a model')
    expect(await askAfterStart()).toBe('after-session')
    expect(modelFiles().map(({ name }) => name).sort()).toEqual(trained.map(({ name }) => name).sort())
    expect(statSync(`${models}/${trained[0]!.name}`).size).toBeGreaterThan(1000)
  }, 60_000)
})
