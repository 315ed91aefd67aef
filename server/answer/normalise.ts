/**
 * Turns what a visitor typed into plain lower-case words: accents folded,
 * contractions and texting shorthand spelled out, punctuation dropped.
 * Safety classification and search both start from this text.
 */

// A Map, not an object: a visitor's "constructor" must not find Object.prototype's.
const SPELLED_OUT: ReadonlyMap<string, string> = new Map(Object.entries({
  cant: 'can not',
  cannot: 'can not',
  wont: 'will not',
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  isnt: 'is not',
  arent: 'are not',
  wasnt: 'was not',
  werent: 'were not',
  havent: 'have not',
  hasnt: 'has not',
  shouldnt: 'should not',
  wouldnt: 'would not',
  couldnt: 'could not',
  aint: 'is not',
  im: 'i am',
  ive: 'i have',
  youre: 'you are',
  hes: 'he is',
  shes: 'she is',
  theyre: 'they are',
  whats: 'what is',
  wats: 'what is',
  hows: 'how is',
  thats: 'that is',
  theres: 'there is',
  r: 'are',
  u: 'you',
  ur: 'your',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  w: 'with',
  b4: 'before',
  abt: 'about',
  bc: 'because',
  cuz: 'because',
  wat: 'what',
  wut: 'what',
  ppl: 'people',
  rn: 'right now',
  kms: 'kill myself',
  kys: 'kill yourself',
  od: 'overdose',
  oding: 'overdosing',
  idk: 'i do not know',
  tbh: 'to be honest',
  gonna: 'going to',
  wanna: 'want to',
  lyfe: 'life',
  lyf: 'life',
  gotta: 'got to',
  appt: 'appointment',
  appts: 'appointments',
  dr: 'doctor',
  doc: 'doctor',
  docs: 'doctors',
  drs: 'doctors',
  psych: 'psychological',
  eval: 'evaluation',
  meds: 'medications',
  med: 'medication',
  info: 'information',
  hr: 'hour',
  hrs: 'hours',
  min: 'minutes',
  mins: 'minutes',
  yr: 'year',
  yrs: 'years',
  tmrw: 'tomorrow',
  thru: 'through',
}))

const CONTRACTION_SUFFIXES: ReadonlyArray<[RegExp, string]> = [
  [/\bcan't\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/\bain't\b/g, 'is not'],
  [/n't\b/g, ' not'],
  [/'re\b/g, ' are'],
  [/'m\b/g, ' am'],
  [/'ll\b/g, ' will'],
  [/'ve\b/g, ' have'],
  // "rn" is "right now" in a text, but "an RN" is a nurse.
  [/\b(a|an|the|my|our|your|fellow|icu|er|as an) rn\b/g, '$1 nurse'],
  // "OD'd" is an overdose that happened, not "OD would".
  [/\bod'd\b/g, 'overdosed'],
  [/'d\b/g, ' would'],
  // "'s" is either "is" or a possessive; neither carries meaning for retrieval.
  [/'s\b/g, ''],
  // "$500", "ballpark $": a price. "usd" belongs to neither language, so a Spanish question stays Spanish; clinic.yaml's prices topics list it.
  [/\$/g, ' usd '],
]

/** "im" is "I'm" in a text message, but "IM" (intramuscular) next to an injection word or in capitals. */
const INTRAMUSCULAR_CONTEXT = /\bim(?= (?:injections?|shots?|jabs?|route|method|ketamine))|(?<=\b(?:iv|vs|versus) )im\b/g

export function normalise(text: string): string {
  const shouting = text === text.toUpperCase()
  let folded = (shouting ? text : text.replace(/\bIM\b/g, 'intramuscular'))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
  for (const [pattern, replacement] of CONTRACTION_SUFFIXES) folded = folded.replace(pattern, replacement)
  return folded
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(INTRAMUSCULAR_CONTEXT, 'intramuscular')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0)
    .map((word) => SPELLED_OUT.get(word) ?? word)
    .join(' ')
}

/** Accents folded ("sesión" → "sesion", "niño" → "nino"), lower case, and only letters and digits, one space apart: the start of every language's analysis. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

export function words(normalised: string): string[] {
  return normalised.length === 0 ? [] : normalised.split(' ')
}
