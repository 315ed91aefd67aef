import type { Server } from 'node:http'

export type ShutdownOptions = {
  /** How long requests in flight may take to finish before their connections are cut. */
  graceMs: number
  log: (line: string) => void
  /** Releases what else keeps the process alive (the knowledge watcher). */
  onClosed: () => void
}

type ClosableServer = Pick<Server, 'close' | 'closeIdleConnections' | 'closeAllConnections'>

/**
 * On SIGTERM (a deploy, a scale-down) or SIGINT (Ctrl-C): stop accepting
 * connections, let the requests in flight finish, then let the process end
 * with code 0, so a visitor mid-question gets their answer rather than a
 * dropped connection. A request still running after `graceMs` is cut off so
 * shutdown is bounded; a second signal ends the process at once.
 */
export function shutDownGracefully(server: ClosableServer, { graceMs, log, onClosed }: ShutdownOptions) {
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(0)
    stopping = true
    log(`${signal}: finishing requests in flight, then stopping.`)
    // A keep-alive connection goes idle once its last answer is sent; close it then, not when its client lets go.
    const closeIdle = setInterval(() => server.closeIdleConnections(), 50)
    const deadline = setTimeout(() => {
      log(`Requests still running after ${graceMs} ms were cut off.`)
      server.closeAllConnections()
    }, graceMs)
    deadline.unref()
    server.close(() => {
      clearInterval(closeIdle)
      clearTimeout(deadline)
      onClosed()
      log('Stopped.')
    })
    server.closeIdleConnections()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}
