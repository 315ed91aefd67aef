import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { afterEach, describe, expect, it, vi } from 'vitest'

const TSX = 'node_modules/.bin/tsx'
const running: ChildProcess[] = []

afterEach(() => {
  for (const child of running.splice(0)) child.kill()
})

/** Starts the real entry point, as `npm start` does after building, on a free port. */
function startServer(env: Record<string, string> = {}) {
  const child = spawn(TSX, ['server/main.ts'], { env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  running.push(child)
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk))
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk))
  const address = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', () => {
      const match = /http:\/\/localhost:(\d+)/.exec(stdout)
      if (match) resolve(`http://127.0.0.1:${match[1]}`)
    })
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)))
  })
  return { child, address, output: () => ({ stdout, stderr }) }
}

describe('the real entry point', () => {
  it('serves /healthz and answers a question over HTTP', async () => {
    const server = startServer()
    const base = await server.address
    const health = await (await fetch(`${base}/healthz`)).json()
    expect(health).toMatchObject({ status: 'ok' })
    expect(health.entries).toBeGreaterThanOrEqual(30)

    const response = await fetch(`${base}/api/ask`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ question: 'Can I drive home after a session?' }),
    })
    const body = await response.json()
    expect(body.kind).toBe('answer')
    expect(body.answers[0].id).toBe('driving-after')
    expect(body.answers[0].source.url).toMatch(new RegExp(`^${base.replace('127.0.0.1', '(127\\.0\\.0\\.1|localhost)')}/articles/long-covid-ketamine#:~:text=`))

    const article = await fetch(body.answers[0].source.url.replace(/#.*/, ''))
    expect(article.status).toBe(200)
  })

  it('logs requests without what the visitor typed', async () => {
    const server = startServer()
    const base = await server.address
    await fetch(`${base}/api/ask`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ question: 'zebra-marker-7391 is ketamine safe' }),
    })
    await vi.waitFor(() => expect(server.output().stdout).toMatch(/^POST \/api\/ask 200 [\d.]+ms$/m))
    expect(server.output().stdout + server.output().stderr).not.toContain('zebra')
  })

  it('refuses to start on a broken knowledge file, naming the file and line, without a stack trace', async () => {
    const server = startServer({ KNOWLEDGE_DIR: 'test/fixtures/knowledge-broken' })
    server.address.catch(() => {})
    const [code] = await once(server.child, 'exit')
    expect(code).toBe(1)
    const { stderr } = server.output()
    expect(stderr).toContain('test/fixtures/knowledge-broken/faq/driving-home.md:12: "reviewed" must be a date like 2026-01-31, got "last week"')
    expect(stderr).not.toMatch(/^\s+at /m)
  })
})
