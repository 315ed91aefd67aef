import { spawn } from 'node:child_process'
import { createServer } from 'node:net'

export type RunningServer = {
  /** http://127.0.0.1:port once the server says it listens; rejects if it exits first. */
  address: Promise<string>
  exited: Promise<number | null>
  output: () => { stdout: string; stderr: string }
  /** SIGTERM, then waits for the exit (the server drains first). */
  stop: () => Promise<void>
}

/**
 * A server process: the compiled entry (`dist/server/main.js`) with plain
 * node, or the TypeScript one through tsx as a loader. Signals reach the
 * server itself, not a wrapper.
 */
export function spawnCompiled(cwd: string, env: Record<string, string>, entry: 'dist/server/main.js' | 'server/main.ts', as: { uid?: number; gid?: number } = {}): RunningServer {
  const args = entry.endsWith('.ts') ? ['--import', 'tsx', entry] : [entry]
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], ...as })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const address = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /http:\/\/localhost:(\d+)/.exec(stdout)
      if (match) resolve(`http://127.0.0.1:${match[1]}`)
    })
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)))
  })
  address.catch(() => {})
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    await exited
  }
  return { address, exited, output: () => ({ stdout, stderr }), stop }
}

/** Holds a port open on 127.0.0.1, as another server would; resolves to its port and a release. */
export function occupyPort(): Promise<{ port: number; release: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const holder = createServer()
    holder.once('error', reject)
    holder.listen(0, () => {
      const { port } = holder.address() as { port: number }
      resolve({ port, release: () => new Promise((done) => holder.close(() => done())) })
    })
  })
}

/** A port free right now on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const { port, release } = await occupyPort()
  await release()
  return port
}
