import { describe, expect, it } from 'vitest'
import { redact } from '../../server/insights/redact.js'

/** Each pattern issue 16 names, with the words around it kept so staff still see what was asked. */
const TABLE: Array<[string, string, string]> = [
  ['an email address', 'can you email me at jane.doe+faq@example.org about dosing', 'can you email me at [email] about dosing'],
  ['a phone number with a country code', 'call me on +1 555-010-0199 about prices', 'call me on [phone] about prices'],
  ['a phone number in brackets', 'my number is (555) 010 0199', 'my number is [phone]'],
  ['a run of four or more digits', 'my patient number is 48213, is it booked', 'my patient number is [number], is it booked'],
  ['a URL', 'I read https://news.example.com/ketamine?id=7 is it true', 'I read [link] is it true'],
  ['a bare web address', 'saw it on www.somesite.net last week', 'saw it on [link] last week'],
  ['a domain name', 'what about ketaminefacts.com claims', 'what about [link] claims'],
  ['a street address', 'can you come to 42 Elm Tree Road tomorrow', 'can you come to [address] tomorrow'],
  ['an ISO date', 'my appointment on 2026-12-03 is it still on', 'my appointment on [date] is it still on'],
  ['a numeric date', 'born 3/14/1985 can I have it', 'born [date] can I have it'],
  ['a written date', 'I had covid on March 3rd, 2024 still tired', 'I had covid on [date] still tired'],
  ['a day before the month', 'since the 5th of June I cannot sleep', 'since the [date] I cannot sleep'],
  ['a name after "my name is"', 'hi my name is Maria Lopez do you take medicaid', 'hi my name is [name] do you take medicaid'],
  ['a lower-case name after "my name is"', 'my name is maria and I feel foggy', 'my name is [name] and I feel foggy'],
  ['a name after "I\'m"', "I'm Sarah Jones, do you treat teens", "I'm [name], do you treat teens"],
  ['a name after "this is"', 'hello this is Dr Patel from the hospital', 'hello this is [name] from the hospital'],
]

describe('redact', () => {
  it.each(TABLE)('takes out %s', (_, text, expected) => {
    expect(redact(text)).toBe(expected)
  })

  it('keeps the words after "I\'m" and "this is" when they are not a name', () => {
    expect(redact("I'm worried this is normal")).toBe("I'm worried this is normal")
  })

  it('keeps short numbers that say how much or how long', () => {
    expect(redact('is 3 sessions of 60 minutes enough')).toBe('is 3 sessions of 60 minutes enough')
  })
})
