import { readFile } from 'node:fs/promises'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { normalise } from '../../server/answer/normalise.js'
import { classifySafety } from '../../server/answer/safety.js'

const CrisisMessagesSchema = z.strictObject({
  crisis: z.array(z.strictObject({ q: z.string(), category: z.enum(['self-harm', 'emergency']) })),
  not_crisis: z.array(z.strictObject({ q: z.string() })),
})
const messages = CrisisMessagesSchema.parse(parse(await readFile(new URL('./crisis-messages.yaml', import.meta.url), 'utf8')))

describe('red-team crisis messages', () => {
  it.each(messages.crisis.map(({ q, category }) => [q, category] as const))('"%s" gets the %s screen', (message, category) => {
    expect(classifySafety(normalise(message))).toMatchObject({ kind: 'crisis', category })
  })

  it.each(messages.not_crisis.map(({ q }) => q))('"%s" gets no crisis screen', (message) => {
    expect(classifySafety(normalise(message)).kind).not.toBe('crisis')
  })
})
