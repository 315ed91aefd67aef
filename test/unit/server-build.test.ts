import { describe, expect, it } from 'vitest'
import { asciiOnly } from '../../server/build/build-server.js'

const evaluate = (source: string) => new Function(`return ${source}`)() as unknown
const SAMPLES = ['¿qué?', 'la sesión', 'i’m Ana-María', 'i’m Ana', 'señor', '🙂🙂', 'plain']

describe('the compiled server in ASCII alone', () => {
  it('matches what its regular expressions matched, with or without the u flag', () => {
    for (const source of ['/[¿¡ñ]|ci[oó]n\\b/i', '/i’m ([\\p{L}’-]+)/giu', '/^🙂+$/u', '/^[🙂]+$/u']) {
      const escaped = asciiOnly(source, 'test.js')
      expect(escaped).toMatch(/^[\x00-\x7f]*$/)
      const [before, after] = [evaluate(source), evaluate(escaped)] as RegExp[]
      for (const sample of SAMPLES) expect([source, sample, sample.match(after!)]).toEqual([source, sample, sample.match(before!)])
    }
  })

  it('keeps what its strings and templates say', () => {
    for (const source of ['"qué"', '`dónde ${1} 🙂`']) expect(evaluate(asciiOnly(source, 'test.js'))).toBe(evaluate(source))
  })

  it('refuses a character after a backslash, where an escape would change its meaning', () => {
    expect(() => asciiOnly('/\\é/', 'dist/server/main.js')).toThrow(/dist\/server\/main\.js: "é" follows a backslash/)
  })
})
