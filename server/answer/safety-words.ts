/**
 * The vocabulary of the safety patterns: how visitors spell themselves, pills,
 * relatives and symptoms (with the misspellings they type on phones), and the
 * helpers the pattern families are written with. Everything runs on
 * normalise() output (lower case, no punctuation, "can't" -> "can not",
 * "im" -> "i am"), so the patterns spell contractions out too.
 */
import type { CrisisCategory } from './safety.js'

/** When a matched signal counts as a crisis (after negation, hypotheticals and history are ruled out). */
export type Trigger =
  | 'always'
  /** A long-standing symptom ("since covid", "when i climb stairs") is a question for the FAQ, not an emergency. */
  | 'unless-chronic'
  /** A symptom name alone is usually a question; it is an emergency only when the message says it is happening now. */
  | 'if-acute'

export interface Signal {
  readonly pattern: RegExp
  /** The same phrase without the global flag: whether it occurs at all, with no lastIndex to reset. */
  readonly probe: RegExp
  readonly trigger: Trigger
}

export interface Family {
  readonly category: CrisisCategory
  readonly reason: string
  readonly signals: readonly Signal[]
}

export const any = (...alternatives: string[]): string => `(?:${alternatives.join('|')})`
/** Global, because every occurrence is judged in its own frame ("i am not suicidal but he is suicidal"). */
export const phrase = (source: string): RegExp => new RegExp(`\\b${source}\\b`, 'g')
export const signals = (trigger: Trigger, ...sources: string[]): Signal[] =>
  sources.map((source) => ({ pattern: phrase(source), probe: new RegExp(`\\b${source}\\b`), trigger }))

// Vocabulary, with the misspellings visitors type on phones.
export const SELF = any('my ?self', 'myslef', 'mysef', 'him ?self', 'her ?self', 'them ?selves', 'them ?self', 'your ?self', 'one ?self')
export const KILL = any('kill?', 'kill?(?:ing|in)', 'kill?ed', 'unalive', 'unaliving', 'off')
// suicide, suicidal, sucide, suicidle, suiside, suicdal, ...; "sewer slide" is the social-media euphemism.
export const SUICIDE = any('su[iaeu]?c?i?[cs]i?d[a-z]*', 'siucid[a-z]*', 'suicial', 'sewer ?slide')
export const BREATHE = any('breathe?', 'breth', 'brethe', 'breate', 'breathing', 'breating', 'brething')
export const SEIZURE = any('seizures?', 'siezures?', 'seisures?', 'seizurs?', 'sezures?', 'convulsions?')
export const INTENT = any(
  'want(?:s|ed)? to', 'wanna', 'going to', 'gonna', 'about to', 'plan(?:ning)? to', 'ready to', 'decided to',
  'need to', 'have to', 'will', 'tempted to', 'urges? to', 'thinking (?:about|of)', 'think (?:about|of)',
)
/** Intent without "will": "i am scared i will overdose" is a fear of an accident, not a plan. */
export const PLAN = any(
  'want(?:s|ed)? to', 'wanna', 'going to', 'gonna', 'about to', 'plan(?:ning)? to', 'ready to', 'decided to',
  'tempted to', 'thinking (?:about|of)',
)
export const RELATIVE = any(
  'husband', 'wife', 'partner', 'spouse', 'son', 'daughter', 'kid', 'child', 'baby', 'teen(?:ager)?', 'mom', 'mum',
  'mother', 'dad', 'father', 'friend', 'boyfriend', 'girlfriend', 'brother', 'sister', 'roommate', 'grandma',
  'grandmother', 'grandpa', 'grandfather', 'aunt', 'uncle', 'fiancee?', 'patient', 'client', 'neighbou?r',
)
/** Someone the writer is with: "he", "my husband", "the patient", "someone here". */
export const OTHER = any('he', 'she', 'they', `(?:my|our|the) ${RELATIVE}`, RELATIVE, 'someone', 'somebody')
export const DEGREE = any(
  'really', 'so', 'very', 'pretty', 'kind of', 'kinda', 'a bit', 'a little', 'quite', 'extremely', 'super', 'still',
  'been', 'feeling', 'getting', 'having', 'some', 'these', 'those', 'constant(?:ly)?', 'bad', 'serious', 'strong',
  'intense', 'recurring', 'frequent', 'passive', 'active', 'dark', 'more', 'always', 'often', 'sometimes', 'also',
  'just', 'actually', 'honestly', 'literally', 'again',
)
export const PILLS = any(
  'pills?', 'meds', 'medications?', 'tablets?', 'sleeping pills', 'painkillers', 'ketamine', 'troches', 'lozenges', 'opioids',
  'oxy', 'oxycodone', 'oxycontin', 'xanax', 'benzos?', 'insulin', 'tylenol', 'paracetamol', 'fentanyl', 'morphine',
)
/** Ways people describe how they would kill themselves. */
export const MEANS = any(
  'jump(?:ing)? (?:off|from|in front of)', 'jump(?:ing)? off', 'the (?:rope|noose|gun|bridge|roof|ledge|tracks)', 'a (?:rope|noose|gun)',
  'my (?:gun|rope)', 'hang(?:ing)? my ?self', 'shoot(?:ing)? my ?self', 'drown(?:ing)? my ?self', 'slit(?:ting)? my wrists?',
  'swerv(?:e|ing) into', 'drive (?:my car |the car )?(?:into|off)', 'crash(?:ing)? (?:my|the) car on purpose', 'in front of a (?:train|truck|bus|car)',
)
export const DOSE = any('dose', 'doses', 'dosage', 'amount', 'pills?', 'tablets?', 'troches?', 'lozenges?', 'sprays?', 'meds', 'medication', 'ketamine')
/** "not responding to my calls", "to treatment": not a body on the floor. */
export const NOT_ABOUT_TREATMENT = `(?! to (?:my |our |the |his |her |their )?(?:treatments?|medications?|meds|ketamine|therapy|antidepressants?|emails?|calls?|messages?|texts?|voicemails?|infusions?|drugs?)\\b)`
export const CHEST_PAIN = any(
  'chest (?:pains?|pressure|tightness|aches?|discomfort)', 'pains? in (?:my|the) chest', 'pressure (?:in|on) (?:my|the) chest',
  'tight(?:ness)? (?:in )?(?:my |the )?chest', 'heavy chest', 'heaviness in (?:my|the) chest',
  'pains? in the (?:middle|centre|center|left side) of (?:my|the) chest',
)
export const PAIN_WORD = any(
  'a', 'an', 'some', 'this', 'these', 'really', 'very', 'so', 'bad', 'severe', 'sharp', 'crushing', 'terrible', 'awful',
  'strong', 'stabbing', 'weird', 'strange', 'horrible', 'intense', 'sudden', 'new', 'massive', 'real', 'serious',
)
export const SESSION = any('dose', 'infusion', 'session', 'injection', 'treatment', 'shot', 'lozenge', 'troche', 'spray', 'ketamine')
