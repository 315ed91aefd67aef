import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Machine } from './machine.js'

/** A target from the issue, never loosened here: the figure meets it or the report says MISSED. */
export type Target = { text: string; met: boolean }

/** One measured figure; a row without a target is there to explain the others. */
export type Row = { area: string; measure: string; value: string; target?: Target }

export const atMost = (value: number, limit: number, text: string): Target => ({ text, met: value <= limit })
export const atLeast = (value: number, floor: number, text: string): Target => ({ text, met: value >= floor })

export const ms = (value: number) => (Math.abs(value) < 1 ? `${value.toFixed(3)} ms` : Math.abs(value) < 1000 ? `${value.toFixed(1)} ms` : `${(value / 1000).toFixed(2)} s`)
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} KB`
export const bytes = (value: number) => (Math.abs(value) < 1e6 ? `${(value / 1000).toFixed(0)} KB` : `${(value / 1e6).toFixed(1)} MB`)
export const count = (value: number) => Math.round(value).toLocaleString('en-US')

const verdict = (row: Row) => (row.target ? (row.target.met ? 'pass' : 'MISSED') : '')

const COLUMNS = ['Area', 'Measure', 'Value', 'Target', 'Result'] as const
const cells = (row: Row) => [row.area, row.measure, row.value, row.target?.text ?? '', verdict(row)]

export function formatTable(rows: readonly Row[]): string {
  const lines = [[...COLUMNS], ...rows.map(cells)]
  const widths = COLUMNS.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)))
  return lines.map((line) => line.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n')
}

export const missedTargets = (rows: readonly Row[]) => rows.filter((row) => row.target && !row.target.met)

function markdownTable(rows: readonly Row[]): string {
  const escape = (cell: string) => cell.replaceAll('|', '\\|')
  return [
    `| ${COLUMNS.join(' | ')} |`,
    `| ${COLUMNS.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${cells(row).map(escape).join(' | ')} |`),
  ].join('\n')
}

export type Report = { rows: Row[]; notes: string[]; machine: Machine; seconds: number }

export function formatMarkdown({ rows, notes, machine, seconds }: Report): string {
  const missed = missedTargets(rows)
  return `# Benchmark results

Written by \`npm run bench\` (test/bench/bench.ts) on ${machine.date}; the run took ${Math.round(seconds)} s.
Figures are from one machine at one time: compare runs made on the same machine, and re-run when it is quiet.

## Machine

| | |
| --- | --- |
| CPU | ${machine.cpu} |
| Cores | ${machine.cores} |
| RAM | ${machine.ramGb} GB |
| OS | ${machine.os} |
| Node | ${machine.node} |
| Load average (1 min) at start / end | ${machine.loadAtStart} / ${machine.loadAtEnd ?? '?'} |

## Figures

${markdownTable(rows)}

## Targets missed

${missed.length === 0 ? 'None.' : missed.map((row) => `- **${row.area}, ${row.measure}**: ${row.value}, target ${row.target!.text}.`).join('\n')}

## How each figure is measured

${notes.map((note) => `- ${note}`).join('\n')}
`
}

export async function writeReport(path: string, report: Report): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, formatMarkdown(report))
}
