/**
 * Decides, before any retrieval, whether a visitor's message is a crisis.
 *
 * Input is normalise() output. A signal phrase ("kill myself", "can not breathe")
 * is a crisis unless the words around it say otherwise:
 *   - negated:       "i am not suicidal", "i have no chest pain"
 *   - hypothetical:  "what if i stop breathing", "can ketamine make me suicidal",
 *                    "the risk of having a seizure", "people who want to die"
 *   - history:       "i tried to kill myself years ago", "i was suicidal but i am better now"
 *   - chronic:       "i can not catch my breath since covid" (some emergency signals only)
 *   - not acute:     "shortness of breath" with nothing saying it is happening now
 * A self-harm signal ruled out by anything but a negation, and any mention of
 * suicide or self-harm as a subject, makes a 'sensitive-topic': answered, with 988.
 *
 * When a message signals both, the emergency wins: "i took all my pills and can
 * not breathe" needs 911 first, and the emergency screen lists 988 too.
 * The phrases live in safety-self-harm.ts and safety-emergency.ts, the frames
 * around them in safety-frames.ts.
 */
import { EMERGENCY_FAMILIES } from './safety-emergency.js'
import {
  ABOUT_THE_SUBJECT,
  ACUTE,
  CAUSAL_QUESTION,
  CHRONIC,
  CLAUSE_BREAK,
  CONDITIONAL,
  DISTANT_PAST,
  EMBEDDED_QUESTION,
  GENERIC_GROUP,
  GENERIC_SUBJECT,
  IDIOMS,
  NEGATED,
  PAST_TENSE,
  RECURRING,
  RESOLVED,
  SCOPE_BREAK,
  STILL_NOW,
  SUICIDE_TOPIC,
} from './safety-frames.js'
import { SELF_HARM_FAMILIES } from './safety-self-harm.js'
import { literalGate } from './safety-literals.js'
import type { Trigger } from './safety-words.js'

/**
 * Each signal numbered for the gate of required literals (required-literals.ts): a message is
 * tested only against the signals whose strings it holds, a few of hundreds.
 */
let numbered = 0
const FAMILIES = [...SELF_HARM_FAMILIES, ...EMERGENCY_FAMILIES].map((family) => ({
  ...family,
  signals: family.signals.map((signal) => ({ ...signal, number: numbered++ })),
}))
const SIGNAL_GATE = literalGate(FAMILIES.flatMap((family) => family.signals.map((signal) => signal.probe.source)))

export type CrisisCategory = 'self-harm' | 'emergency'

export type SafetyVerdict =
  | { kind: 'crisis'; category: CrisisCategory; reason: string }
  | { kind: 'sensitive-topic'; topic: 'suicidal-ideation' }
  | { kind: 'none' }

/** How the words around a matched signal frame it. */
type Reading = 'present' | 'negated' | 'hypothetical' | 'history' | 'chronic' | 'not-acute'

const NONE: SafetyVerdict = { kind: 'none' }
const SENSITIVE: SafetyVerdict = { kind: 'sensitive-topic', topic: 'suicidal-ideation' }

export function classifySafety(normalisedText: string): SafetyVerdict {
  const text = IDIOMS.reduce((current, idiom) => current.replace(idiom, 'idiom'), normalisedText)
  let aboutSuicide = false
  let selfHarm: SafetyVerdict | undefined
  const mayMatch = SIGNAL_GATE(text)
  for (const family of FAMILIES) {
    if (selfHarm && family.category === 'self-harm') continue
    for (const signal of family.signals) {
      if (!mayMatch(signal.number)) continue
      // Nearly every message matches no signal; a plain test is far cheaper than matchAll's copy of the pattern.
      if (!signal.probe.test(text)) continue
      for (const match of text.matchAll(signal.pattern)) {
        const reading = read(text, match.index ?? 0, signal.trigger, family.category)
        if (reading === 'present' && family.category === 'emergency') return { kind: 'crisis', category: family.category, reason: family.reason }
        if (reading === 'present') selfHarm ??= { kind: 'crisis', category: family.category, reason: family.reason }
        if (family.category === 'self-harm' && reading !== 'negated') aboutSuicide = true
      }
    }
  }
  return selfHarm ?? (aboutSuicide || mentionsSuicide(text) ? SENSITIVE : NONE)
}

function read(text: string, start: number, trigger: Trigger, category: CrisisCategory): Reading {
  const before = text.slice(0, start).trimEnd()
  if (NEGATED.test(before)) return 'negated'
  if (isHypothetical(before, text.slice(start), category)) return 'hypothetical'
  if (isHistory(text, start)) return 'history'
  const acute = ACUTE.test(text)
  if (trigger === 'if-acute' && !acute) return 'not-acute'
  if (trigger === 'unless-chronic' && !acute && CHRONIC.test(text)) return 'chronic'
  return 'present'
}

const EMBEDDING_WORD = /^(?:like|that|if|think|thought)$/
/** "if it fails the rope is ready": a thing with its own verb after the "if" clause is a statement of its own. */
const NEW_STATEMENT = /^(?:the|my) \w+ (?:is|are)\b/

/** "can you tell my mom i love her": a request to the reader, whose "you" is not people in general. */
const REQUEST_TO_READER = /\b(?:can|could|would|will|please) (?:you|u)(?: please)?$/
const REQUESTED = /^(?:tell|let|give|say)\b/

function isHypothetical(before: string, signal: string, category: CrisisCategory): boolean {
  if (REQUEST_TO_READER.test(before) && REQUESTED.test(signal)) return false
  if (CAUSAL_QUESTION.test(before) || ABOUT_THE_SUBJECT.test(before)) return true
  if (category === 'self-harm' ? GENERIC_SUBJECT.test(before) : GENERIC_GROUP.test(before)) return true
  const conditional = CONDITIONAL.exec(before)
  if (conditional === null || EMBEDDED_QUESTION.test(before)) return false
  // "if i feel suicidal" is hypothetical; in "if this does not work i am going to ..."
  // (or "... he is checking out"), the second subject starts a new statement that
  // the "if" no longer governs.
  const governed = (conditional[1] ?? '').trim().split(' ')
  const signalSubject = signal.split(' ', 1)[0] ?? ''
  if (governed.length > 1 && (SCOPE_BREAK.test(signalSubject) || NEW_STATEMENT.test(signal))) return false
  // "if i feel like i can not breathe": a subject after "like" or "that" is still inside the "if".
  return !governed.slice(1).some((word, index) => SCOPE_BREAK.test(word) && !EMBEDDING_WORD.test(governed[index] ?? ''))
}

/**
 * Past and over: a past-tense clause that is distant ("years ago") or that the
 * message then says is resolved ("i am better now"), unless it says it is back.
 * Plain past tense with no distance ("i tried to kill myself", "he took too much")
 * stays a crisis: a recent attempt is the most dangerous time, and we cannot ask.
 */
function isHistory(text: string, start: number): boolean {
  const clause = clauseAround(text, start)
  if (!PAST_TENSE.test(clause) || STILL_NOW.test(clause) || saysItIsBack(text)) return false
  // The resolution has to follow the story: "i feel better now that i decided to ..." is not one.
  return DISTANT_PAST.test(clause) || RESOLVED.test(text.slice(start))
}

/** "it came back" may be the danger returning; "the depression that came back" is an illness returning, which the disclosures handle. */
function saysItIsBack(text: string): boolean {
  return [...text.matchAll(new RegExp(RECURRING.source, 'g'))].some(
    (match) => !ILLNESS_BEFORE.test(text.slice(Math.max(0, (match.index ?? 0) - 40), match.index)),
  )
}
const ILLNESS_BEFORE = /\b(?:depression|anxiety|pain|fatigue|symptoms?|fog|covid|cough|tiredness|exhaustion|headaches?)(?: (?:that|which))?(?: (?:has|had|is|keeps|kept))?(?: (?:a bit|a little|slowly))? $/

function clauseAround(text: string, position: number): string {
  let from = 0
  let to = text.length
  for (const brk of text.matchAll(CLAUSE_BREAK)) {
    const index = brk.index ?? 0
    if (index < position) from = index + brk[0].length
    else if (index > position) {
      to = index
      break
    }
  }
  return text.slice(from, to)
}

function mentionsSuicide(text: string): boolean {
  for (const match of text.matchAll(SUICIDE_TOPIC)) {
    if (!NEGATED.test(text.slice(0, match.index ?? 0).trimEnd())) return true
  }
  return false
}
