import type { ChildProcess } from 'node:child_process'

/** A server process a test started (Redis, PostgreSQL), on 127.0.0.1. */
export type Service = {
  url: string
  port: number
  /** Stops it and removes its folder; safe to call twice. */
  stop: () => Promise<void>
}

const running = new Set<ChildProcess>()
// If the test process ends without stopping them (a crash, Ctrl-C), they end with it.
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')))

const START_TIMEOUT_MS = 30_000

/** Resolves once the process prints `ready` (on stdout or stderr); rejects with what it printed if it exits or takes too long. */
export function untilPrinted(
  child: ChildProcess,
  ready: RegExp,
  { url, port, stopSignal, cleanUp }: { url: string; port: number; stopSignal: NodeJS.Signals; cleanUp: () => void },
): Promise<Service> {
  running.add(child)
  let printed = ''
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(stopSignal)
      await exited
    }
    running.delete(child)
    cleanUp()
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => void stop().then(() => reject(new Error(`not ready within ${START_TIMEOUT_MS / 1000} s:\n${printed}`))), START_TIMEOUT_MS)
    const onOutput = (chunk: Buffer) => {
      printed += chunk
      if (!ready.test(printed)) return
      clearTimeout(timer)
      resolve({ url, port, stop })
    }
    child.stdout?.on('data', onOutput)
    child.stderr?.on('data', onOutput)
    child.once('exit', (code) => {
      clearTimeout(timer)
      cleanUp()
      reject(new Error(`exited with ${code} before it was ready:\n${printed}`))
    })
  })
}
