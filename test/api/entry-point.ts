import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

const running: ChildProcess[] = []
const dataDirs: string[] = []

afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL')
  for (const folder of dataDirs.splice(0)) rmSync(folder, { recursive: true, force: true })
})

/** Each server counts insights into a folder of its own, never the project's ./data. */
function freshDataDir() {
  const folder = mkdtempSync(join(tmpdir(), 'server-data-'))
  dataDirs.push(folder)
  return folder
}

/**
 * Starts the real entry point on a free port, as `npm start` does after
 * building. Node runs it directly (tsx as a loader, not a wrapper process), so
 * signals reach the server itself.
 */
export function startServer(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', DATA_DIR: freshDataDir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.push(child)
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk))
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const address = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', () => {
      const match = /http:\/\/localhost:(\d+)/.exec(stdout)
      if (match) resolve(`http://127.0.0.1:${match[1]}`)
    })
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)))
  })
  address.catch(() => {})
  return { child, address, exited, output: () => ({ stdout, stderr }) }
}

export const askOver = (base: string, question: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ question }) })
