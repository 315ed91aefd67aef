import { stemOf } from './terms.js'

/**
 * What the learned risk model sees of a message (normalise() output): stemmed
 * words and word pairs for meaning, character 3- to 5-grams inside and across
 * words for the typos, slang and Spanish no rule anticipated ("dont wanna b here",
 * "me quiero morir"), and a few lexicon features for the kinds of signal the
 * red-team rounds found rules miss: a means at hand, a farewell act, being a
 * burden, a deadline, a plan. Training and scoring call this one function, so
 * the model can never see a message differently from how it was trained.
 */

const LEXICONS: ReadonlyArray<[name: string, pattern: RegExp]> = [
  ['means', /\b(?:pills?|pastillas|rope|soga|gun|pistola|rifle|knife|cuchillo|razor|blades?|bridge|puente|roof|overpass|train|pills lined|bottle|stockpil\w*|saved up|hoard\w*|noose|ledge|car keys|garage)\b/],
  ['farewell', /\b(?:goodbye|good bye|bye|farewell|adios|despedi\w*|notes?|carta|letter|will|testamento|gave away|giving away|regal\w*|for good|last time|ultima vez|tell \w+ i love)\b/],
  ['burden', /\b(?:burden|better off|carga|mejor sin mi|without me|sin mi|nobody would|nadie (?:me )?(?:va a )?(?:extran|notar)\w*|no one would miss)\b/],
  ['deadline', /\b(?:tonight|esta noche|tomorrow|manana|this weekend|by friday|before my appointment|if (?:this|it|the \w+) (?:does not|doesnt|fails)|si no funciona|last chance|ultima oportunidad)\b/],
  ['plan', /\b(?:plan|planned|figured out how|know how|decided|decidi\w*|made up my mind|ready|listo|lista|have everything|tengo todo)\b/],
  ['ending', /\b(?:end it|end my life|kill myself|die|dying|muer\w*|morir\w*|matar\w*|suicid\w*|unalive|disappear|desaparecer|not wake up|no despertar|done for good|cant go on|can not go on|no aguanto|ya no puedo)\b/],
  ['now', /\b(?:right now|now|ahora|ahorita|just|acaba de|currently|at the moment|this minute|happening)\b/],
  ['body-alarm', /\b(?:chest|pecho|breathe|breathing|respirar|unconscious|inconsciente|wont wake|will not wake|no despierta|seizure|convuls\w*|bleeding|sangr\w*|blood|face droop\w*|slurred|swallowed|trag\w*|overdose|sobredosis|blue lips|labios morados|choking|ahog\w*)\b/],
  ['hurt-self', /\b(?:cut|cutting|cortar\w*|burn\w*|quem\w*|hurt myself|hurting myself|lastimar\w*|self harm|sh)\b/],
  ['first-person', /\b(?:i|me|my|myself|yo|mi|me siento)\b/],
  ['other-person', /\b(?:he|she|they|him|her|my (?:son|daughter|wife|husband|mom|dad|mother|father|brother|sister|friend|partner|roommate)|mi (?:hijo|hija|esposo|esposa|mama|papa|hermano|hermana|amigo|amiga))\b/],
  ['question-about', /\b(?:can ketamine|does ketamine|is it normal|is it safe|what if|what happens if|side effects?|risk|study|studies|research|puede la ketamina|es normal)\b/],
  ['past', /\b(?:years ago|hace anos|used to|when i was|in the past|back then|long time ago|anos atras|recovered|better now|estoy mejor)\b/],
  ['negation', /\b(?:not|never|no|nunca|dont|do not)\b/],
]

const CHAR_GRAMS = [3, 4] as const

export function riskFeatures(normalised: string): string[] {
  const features = new Set<string>()
  const stems = normalised.length === 0 ? [] : normalised.split(' ').map(stemOf)
  stems.forEach((stem, index) => {
    features.add(`w ${stem}`)
    if (index > 0) features.add(`b ${stems[index - 1]} ${stem}`)
  })
  const padded = ` ${normalised} `
  for (const size of CHAR_GRAMS) {
    for (let start = 0; start + size <= padded.length; start++) features.add(`c ${padded.slice(start, start + size)}`)
  }
  for (const [name, pattern] of LEXICONS) if (pattern.test(normalised)) features.add(`x ${name}`)
  return [...features]
}
