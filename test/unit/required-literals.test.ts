import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { normalise } from '../../server/answer/normalise.js'
import { LiteralFinder, requiredLiterals } from '../../server/answer/required-literals.js'
import '../../server/answer/safety-assessment.js'
import { safetyLiteralsTable, SOURCES_ASKED } from '../../server/answer/safety-literals.js'
import { readSafetyCorpus } from '../../server/training/safety-corpus.js'
import { readEvalSet } from '../eval/eval-set.js'
import { readSafetySet } from '../eval/safety-evaluate.js'

describe('the literals a pattern requires', () => {
  it.each([
    ['kill (?:my ?self|him ?self)', ['kill my self', 'kill myself', 'kill him self', 'kill himself']],
    ['end it(?! (?:with|early)\\b)', ['end it']],
    ['\\bsu[iy]cide\\b', ['suicide', 'suycide']],
    ['(?:took|swallowed) \\d+ pills', [' pills']],
    ['[a-z]+ly sad', ['ly sad']],
    ['(?<=\\bgoodbye\\b.*)(?:gun|rope)s?', ['gun', 'rope']],
    ['(?:want|wanna) die|ready to go', ['want die', 'wanna die', 'ready to go']],
  ])('reads %s as needing one of %j', (source, literals) => {
    expect(requiredLiterals(source)).toEqual(literals)
  })

  it.each([
    ['a letter too short to be worth checking', 'x\\w+'],
    ['a part that may be absent', '(?:hurt)? \\w+'],
    ['a backreference it does not read', '(\\w+) \\1'],
    ['a negated class', '[^a-z]+'],
  ])('asks nothing of %s', (_, source) => {
    expect(requiredLiterals(source)).toBeUndefined()
  })

  it('finds which of many literals a text holds, in one pass', () => {
    const found = new LiteralFinder(['end it', 'rope', 'noose', 'it all']).find('i will end it all with the rope')
    expect([...found]).toEqual([1, 1, 0, 1])
  })
})

describe('the safety rules with their literals', () => {
  it('never skip a pattern on a message it matches: every message of the safety sets, the questions and the corpus', async () => {
    const safety = await readSafetySet()
    const messages = [
      ...[...safety.crisis, ...safety.decoys, ...safety.ordinary, ...safety.violence, ...safety.depression_disclosure].map((item) => item.q),
      ...(await readEvalSet()).answerable.map((item) => item.q),
      ...(await readSafetyCorpus()).map((item) => item.text),
    ].map(normalise)
    const skipped: string[] = []
    for (const [source, literals] of Object.entries(safetyLiteralsTable(requiredLiterals))) {
      if (!literals) continue
      const pattern = new RegExp(source)
      for (const text of messages) if (!literals.some((literal) => text.includes(literal)) && pattern.test(text)) skipped.push(`${source} on "${text}"`)
    }
    expect(skipped).toEqual([])
    expect(SOURCES_ASKED.length).toBeGreaterThan(400)
  })

  it('are read from safety-literals.json as npm run safety:literals wrote it for today\'s rules', async () => {
    const stored = JSON.parse(await readFile('server/answer/safety-literals.json', 'utf8'))
    expect(stored, 'safety-literals.json is behind the rules: run npm run safety:literals').toEqual(safetyLiteralsTable(requiredLiterals))
  })
})
