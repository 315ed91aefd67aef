import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * A reason the server cannot start that whoever runs it must fix: main.ts
 * prints its message as one plain line and exits 1, never a stack trace
 * (issue 17), since the reader is an operator, not a developer.
 */
export class StartFault extends Error {
  override name = 'StartFault'
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).name

/** What a failed listen means for the one running the server, or undefined for a fault no setting explains. */
export function listenFault(error: unknown, port: number): StartFault | undefined {
  const code = codeOf(error)
  if (code === 'EADDRINUSE') return new StartFault(`port ${port} is in use: stop the other server or set PORT`)
  if (code === 'EACCES' || code === 'EPERM') {
    return new StartFault(
      `port ${port} needs permission this user lacks (ports below 1024 do): set PORT to 1024 or above and let a proxy serve port ${port}, or grant the server CAP_NET_BIND_SERVICE`,
    )
  }
  return undefined
}

/**
 * Insights in SQLite need a folder the server can write. Checked before
 * listening, with a file written and removed, since a folder can be there and
 * still refuse writes (a read-only mount, another user's folder).
 */
export function checkWritable(dataDir: string) {
  try {
    mkdirSync(dataDir, { recursive: true })
    const probe = join(dataDir, `.write-check-${process.pid}`)
    writeFileSync(probe, '')
    rmSync(probe)
  } catch (error) {
    throw new StartFault(
      `DATA_DIR ${dataDir} cannot be written (${codeOf(error)}): let the server's user write there, set DATA_DIR to a folder it can write, or set INSIGHTS=off`,
    )
  }
}
