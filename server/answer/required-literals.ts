/**
 * A cheap necessary condition for a regular expression: strings of which any
 * match must contain at least one. "\bkill (?:my ?self|him ?self)\b" cannot match
 * a message without "kill my" or "kill him" in it, so the safety rules test only
 * the few hundred of their patterns whose words are in the message, instead of
 * every pattern on every message (V8 compiles each pattern the first time it
 * runs, which was half a second of every start, and most of the rules' time after).
 *
 * Sound by construction, or silent: what the reading below does not understand
 * (a backreference, a syntax it has no case for) gives no condition, and the
 * pattern is then tested on every message, as before. A test checks the
 * condition on every message of the safety sets and corpus.
 */

/** An exact set of the strings a part can match (when few), or else strings one of which it must contain; null: no condition. */
type Reading = { exact: ReadonlySet<string> | null; some: ReadonlySet<string> | null }

/** Beyond this many alternatives an exact reading is given up for a necessary one. */
const MOST_EXACT = 16
const ANYTHING: Reading = { exact: null, some: null }
const EMPTY: Reading = exactly([''])

function exactly(strings: Iterable<string>): Reading {
  const exact = new Set(strings)
  return { exact, some: exact.has('') ? null : exact }
}

/** The condition that rules out more messages: the one whose shortest string is longer. */
function stricter(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): ReadonlySet<string> | null {
  if (a === null || b === null) return a ?? b
  return shortest(b) > shortest(a) || (shortest(b) === shortest(a) && b.size < a.size) ? b : a
}

function shortest(strings: ReadonlySet<string>): number {
  let length = Infinity
  for (const string of strings) length = Math.min(length, string.length)
  return length
}

/** The one string a reading matches, if it matches exactly one. */
function single(reading: Reading): string | undefined {
  return reading.exact?.size === 1 ? reading.exact.values().next().value : undefined
}

function sequence(a: Reading, b: Reading): Reading {
  if (a.exact && b.exact && a.exact.size * b.exact.size <= MOST_EXACT) {
    return exactly([...a.exact].flatMap((first) => [...b.exact!].map((second) => first + second)))
  }
  return { exact: null, some: stricter(a.some, b.some) }
}

function alternatives(readings: readonly Reading[]): Reading {
  if (readings.every((reading) => reading.exact) && readings.reduce((size, reading) => size + reading.exact!.size, 0) <= MOST_EXACT) {
    return exactly(readings.flatMap((reading) => [...reading.exact!]))
  }
  if (readings.some((reading) => reading.some === null)) return ANYTHING
  return { exact: null, some: new Set(readings.flatMap((reading) => [...reading.some!])) }
}

function repeated(reading: Reading, least: number, most: number): Reading {
  if (least === 1 && most === 1) return reading
  if (least === 0 && most === 1 && reading.exact && reading.exact.size < MOST_EXACT) return exactly([...reading.exact, ''])
  return least === 0 ? ANYTHING : { exact: null, some: reading.some }
}

class Unreadable extends Error {}

const BRACES = /\{(\d+)(,(\d*))?\}/y
const GROUP_OPENING = /\?(?::|=|!|<=|<!|<[A-Za-z]\w*>)/y
/** Readings of groups, by their text: the same text always reads the same. */
const GROUPS_READ = new Map<string, Reading>()

/** A recursive reading of the pattern language the rules are written in; anything else is Unreadable. */
class PatternReader {
  private at = 0
  constructor(private readonly source: string) {}

  read(): Reading {
    const reading = this.alternation()
    if (this.at !== this.source.length) throw new Unreadable()
    return reading
  }

  private alternation(): Reading {
    const branches = [this.branch()]
    while (this.source[this.at] === '|') {
      this.at++
      branches.push(this.branch())
    }
    return branches.length === 1 ? branches[0]! : alternatives(branches)
  }

  private branch(): Reading {
    const parts: Reading[] = []
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const part = this.quantified()
      const last = parts.at(-1)
      // Runs of plain letters join into one string first: "kill my" is one step, not seven.
      if (last && single(last) !== undefined && single(part) !== undefined) parts[parts.length - 1] = exactly([single(last)! + single(part)!])
      else parts.push(part)
    }
    return parts.reduce(sequence, EMPTY)
  }

  private quantified(): Reading {
    const atom = this.atom()
    const next = this.source[this.at]
    let bounds: [number, number] | undefined
    if (next === '?') bounds = [0, 1]
    else if (next === '*') bounds = [0, Infinity]
    else if (next === '+') bounds = [1, Infinity]
    else if (next === '{') {
      BRACES.lastIndex = this.at
      const braces = BRACES.exec(this.source)
      if (!braces) throw new Unreadable()
      const least = Number(braces[1])
      bounds = [least, braces[2] === undefined ? least : braces[3] ? Number(braces[3]) : Infinity]
      this.at += braces[0].length - 1
    }
    if (!bounds) return atom
    this.at++
    if (this.source[this.at] === '?') this.at++ // lazy: matches the same strings
    return repeated(atom, ...bounds)
  }

  private atom(): Reading {
    const char = this.source[this.at++]!
    if (char === '(') return this.group()
    if (char === '[') return this.characterClass()
    if (char === '\\') return this.escape()
    if (char === '.') return ANYTHING
    if (char === '^' || char === '$') return EMPTY
    if ('*+?{}])'.includes(char)) throw new Unreadable()
    return exactly([char])
  }

  private group(): Reading {
    // The rules' vocabulary (relatives, pills, intent words) recurs in hundreds of patterns: each group is read once.
    const end = this.closingParenthesis()
    const text = this.source.slice(this.at, end)
    let reading = GROUPS_READ.get(text)
    if (!reading) {
      GROUP_OPENING.lastIndex = this.at
      const opening = GROUP_OPENING.exec(this.source)?.[0] ?? ''
      this.at += opening.length
      const inside = this.alternation()
      if (this.at !== end) throw new Unreadable()
      // A lookaround matches no characters; what it asks of its neighbours is left out, which only weakens the condition.
      reading = ['?=', '?!', '?<=', '?<!'].includes(opening) ? EMPTY : inside
      GROUPS_READ.set(text, reading)
    }
    this.at = end + 1
    return reading
  }

  private closingParenthesis(): number {
    let depth = 1
    for (let at = this.at; at < this.source.length; at++) {
      const char = this.source[at]
      if (char === '\\') at++
      else if (char === '[') while (at < this.source.length && this.source[at] !== ']') at += this.source[at] === '\\' ? 2 : 1
      else if (char === '(') depth++
      else if (char === ')' && --depth === 0) return at
    }
    throw new Unreadable()
  }

  private escape(): Reading {
    const char = this.source[this.at++]
    if (char === undefined) throw new Unreadable()
    if (char === 'b' || char === 'B') return EMPTY
    if ('dDwWsS'.includes(char)) return ANYTHING
    if (/[0-9kpPuxcnrtfv]/.test(char)) throw new Unreadable()
    return exactly([char])
  }

  private characterClass(): Reading {
    const members: string[] = []
    if (this.source[this.at] === '^') throw new Unreadable()
    while (this.source[this.at] !== ']') {
      let char = this.source[this.at++]
      if (char === undefined) throw new Unreadable()
      if (char === '\\') {
        char = this.source[this.at++]
        if (char === undefined || /[0-9a-zA-Z]/.test(char)) throw new Unreadable()
      }
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']') {
        const last = this.source[this.at + 1]!
        this.at += 2
        if (last === '\\' || last.charCodeAt(0) - char.charCodeAt(0) > 8) return this.skipClass()
        for (let code = char.charCodeAt(0); code <= last.charCodeAt(0); code++) members.push(String.fromCharCode(code))
      } else members.push(char)
    }
    this.at++
    return exactly(members)
  }

  /** A class too wide to list ("[a-z]"): any character, read to its end. */
  private skipClass(): Reading {
    while (this.source[this.at] !== ']') {
      if (this.source[this.at] === '\\') this.at++
      if (this.at++ >= this.source.length) throw new Unreadable()
    }
    this.at++
    return ANYTHING
  }
}

/**
 * Strings one of which every match of `source` contains, or undefined when
 * there is no such condition worth checking (a string shorter than two letters).
 */
export function requiredLiterals(source: string): string[] | undefined {
  let reading: Reading
  try {
    reading = new PatternReader(source).read()
  } catch (error) {
    if (error instanceof Unreadable) return undefined
    throw error
  }
  const some = reading.some
  if (!some || [...some].some((string) => string.length < 2)) return undefined
  // A string that holds another is implied by it: keep the shorter.
  return [...some].filter((string) => ![...some].some((other) => other !== string && string.includes(other)))
}

/** Finds which of many strings occur in a text, in one pass over it, keyed by their first two letters. */
export class LiteralFinder {
  private readonly byFirstTwo = new Map<number, number[]>()

  constructor(private readonly literals: readonly string[]) {
    literals.forEach((literal, id) => {
      const key = literal.charCodeAt(0) * 65_536 + literal.charCodeAt(1)
      const bucket = this.byFirstTwo.get(key)
      if (bucket) bucket.push(id)
      else this.byFirstTwo.set(key, [id])
    })
  }

  /** found[id] is 1 when literal id occurs in the text. */
  find(text: string): Uint8Array {
    const found = new Uint8Array(this.literals.length)
    for (let at = 0; at < text.length - 1; at++) {
      const bucket = this.byFirstTwo.get(text.charCodeAt(at) * 65_536 + text.charCodeAt(at + 1))
      if (bucket) for (const id of bucket) if (!found[id] && text.startsWith(this.literals[id]!, at)) found[id] = 1
    }
    return found
  }
}
