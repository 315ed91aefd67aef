import { describe, expect, it } from 'vitest'
import { formatProblem } from '../../server/knowledge/problems.js'
import { problemsAfterEdit } from '../helpers.js'

const bookingUrl = (value: string) => problemsAfterEdit('clinic.yaml', (text) => text.replace(/^booking_url: .*$/m, `booking_url: ${JSON.stringify(value)}`))

describe('links in the clinic settings (issue 14)', () => {
  it.each(['/\\evil.example/book', '//evil.example/book', '/\t/evil.example', 'http://example.com/book', 'https://clinic@evil.example/book', 'javascript:alert(1)', 'https:evil.example'])(
    'refuses booking_url %j, which a browser opens as another site or unsafely',
    async (value) => {
      const { knowledge, problems } = await bookingUrl(value)
      expect(knowledge).toBeUndefined()
      expect(problems.map(formatProblem)).toEqual([
        'knowledge/clinic.yaml:17: "booking_url" must be a web address starting with https:// (or a path on this server starting with a single /), like booking_url: https://your-clinic.example/book',
      ])
    },
  )

  it.each(['https://example.com/book', '/book', '/book?with=query#and-fragment'])('accepts booking_url %j', async (value) => {
    const { knowledge } = await bookingUrl(value)
    expect(knowledge?.clinic.booking_url).toBe(value)
  })
})
