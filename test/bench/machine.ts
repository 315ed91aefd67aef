import { cpus, loadavg, release, totalmem, type } from 'node:os'

/** What the figures were measured on: they mean little without it. */
export type Machine = { cpu: string; cores: number; ramGb: string; os: string; node: string; date: string; loadAtStart: string; loadAtEnd?: string }

export const currentLoad = () => loadavg()[0]!.toFixed(2)

export function describeMachine(): Machine {
  const processors = cpus()
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    ramGb: (totalmem() / 1e9).toFixed(1),
    os: `${type()} ${release()}`,
    node: process.version,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    loadAtStart: currentLoad(),
  }
}
