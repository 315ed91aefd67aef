import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { withPhrasing } from '../../server/http/staff/phrasing.js'

const FILE = 'knowledge/faq/session-length.md'
const original = readFileSync(FILE, 'utf8')

describe('adding a phrasing to an entry file', () => {
  it('adds one line after the last phrasing, written like it, and keeps Windows line endings', () => {
    const crlf = original.replaceAll('\n', '\r\n')
    const edited = withPhrasing(FILE, crlf, 'how long is the appointment')
    expect(edited).not.toBeNull()
    const lines = edited!.text.split('\r\n')
    expect(lines[edited!.line - 1]).toBe('  - "how long is the appointment"')
    expect(lines.filter((_, index) => index !== edited!.line - 1).join('\r\n')).toBe(crlf)
  })

  it('quotes a phrasing so YAML reads it back exactly, quotes and colons included', () => {
    const phrasing = 'is it "really" 60: or 90 minutes? # asking'
    const edited = withPhrasing(FILE, original, phrasing)
    expect(edited?.text).toContain(`  - ${JSON.stringify(phrasing)}`)
  })

  it('refuses when the phrasings are written as one flow list, where no line can be added safely', () => {
    const flow = original.replace(/other_phrasings:\n(  - .*\n)+/, 'other_phrasings: ["how long r the sessions", "session duration", "length of each treatment"]\n')
    expect(withPhrasing(FILE, flow, 'how long is the appointment')).toBeNull()
  })
})
