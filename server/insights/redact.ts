/**
 * Takes out of a visitor's question anything that could identify a person,
 * before it is stored (issue 16): the rest still tells staff what was asked.
 * Pure, so the redaction table in test/unit/redact.test.ts covers it directly.
 *
 * Order matters: an e-mail holds what looks like a link, a date and a street
 * address hold digits, and a phone number is a run of digits with separators.
 */
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?'
const ORDINAL = '\\d{1,2}(?:st|nd|rd|th)?'
const STREET_TYPES = 'street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|parkway|pkwy|highway|hwy|circle|cir'

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, '[email]'],
  [/\b(?:https?:\/\/|www\.)\S+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|edu|gov|io|co|us|info|health|me)\b(?:\/\S*)?/giu, '[link]'],
  // 2026-01-31, 1/31/2026, 31.01.26, March 3rd, 3 March 2026, the 3rd of March
  [/\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g, '[date]'],
  [new RegExp(`\\b(?:${MONTHS})\\.? ${ORDINAL}\\b(?:,? \\d{4})?|\\b${ORDINAL} (?:of )?(?:${MONTHS})\\b\\.?(?:,? \\d{4})?`, 'gi'), '[date]'],
  [new RegExp(`\\b\\d{1,6}(?: [\\p{L}.'-]+){1,4} (?:${STREET_TYPES})\\b\\.?|\\b(?:calle|avenida|av\\.) [\\p{L} ]{1,30}\\d{1,6}`, 'giu'), '[address]'],
  [/(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{2,4}[\s.-])\d{2,4}[\s.-]\d{3,4}\b/g, '[phone]'],
  [/\d{4,}/g, '[number]'],
]

/** "my name is" and "me llamo" are always followed by a name; after "I'm" and "this is" only a capitalised word is one ("I'm Sarah", not "I'm worried"). */
const NAMED = /\b(my name is|my name's|me llamo|mi nombre es|i'm|i’m|im|i am|this is)((?: [\p{L}'’-]+){1,3})/giu
const SURELY_A_NAME = /^(my name|me llamo|mi nombre)/i
const CAPITALISED_WORDS = /^(?: \p{Lu}[\p{L}'’-]*)+/u

function redactName(match: string, lead: string, after: string): string {
  const name = CAPITALISED_WORDS.exec(after)?.[0] ?? (SURELY_A_NAME.test(lead) ? ` ${after.split(' ')[1]}` : '')
  return name ? `${lead} [name]${after.slice(name.length)}` : match
}

export function redact(text: string): string {
  return RULES.reduce((redacted, [pattern, replacement]) => redacted.replace(pattern, replacement), text).replace(NAMED, redactName)
}
