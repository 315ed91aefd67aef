import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'

/** The staff guide must stand on its own for a practice manager (issue 13). */
const guide = await readFile('STAFF.md', 'utf8')
const readme = await readFile('README.md', 'utf8')
const scripts = Object.keys((JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts)

describe('the staff guide', () => {
  it('is linked from the README', () => {
    expect(readme).toContain('[STAFF.md](STAFF.md)')
  })

  it.each([
    ['how to start and stop the server', /## Start and stop the server[\s\S]*npm start[\s\S]*Ctrl-C/],
    ['how to try a question with the command and in a browser', /## Try a question[\s\S]*npm run knowledge:try[\s\S]*http:\/\/localhost:8787/],
    ['what each check means', /## What the check tells you[\s\S]*\*\*Errors\*\*[\s\S]*\*\*Warnings\*\*/],
    ['how to add a clinic fact', /## A clinic fact[\s\S]*kind: clinic-facts[\s\S]*example: true/],
    ['how ask-us-directly topics and answers interact', /## Ask-us-directly topics, and how they meet your answers[\s\S]*Topics come before answers/],
    ['what to do when /healthz says degraded', /## When `\/healthz` says "degraded"[\s\S]*lastReloadError[\s\S]*watchError/],
  ])('explains %s', (_, pattern) => {
    expect(guide).toMatch(pattern)
  })

  it('names only commands that exist', () => {
    for (const [, script] of guide.matchAll(/npm run ([\w:]+)/g)) expect(scripts, script).toContain(script)
  })
})
