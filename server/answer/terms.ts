import { stem } from 'porter2'
import { normalise, words } from './normalise.js'

/**
 * Words that carry little meaning in a visitor's question: English function
 * words, the polite, conversational filler people wrap a question in, and the
 * people they ask for ("my daughter has ..."), who are context, not the topic.
 * Words of dying and killing are idioms by the time retrieval sees them ("this
 * fog is killing me"): the safety classifier has already read them, and the
 * knowledge has nothing to say about death.
 * They stay searchable, with a low weight, and never count as evidence that
 * an entry answers the question. Not "after", "before", "during" or "while":
 * they tell what to expect during a session from what to do after it.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above again against all also am an and any anyone anything are as at be because been being
  below between both but by can could did do does doing done down each else even ever every few for from since
  further get gets getting got had has have having he her here hers herself him himself his how i if in into is it
  its itself just let me more most much must my myself no nor not now of off on once only or other our ours
  ourselves out over own really same she should so some such than that the their theirs them themselves then there
  these they this those through to too under until up upon us very was we were what when where which who whom
  whose why will with would you your yours yourself yourselves
  ok okay hi hello hey dear thanks thank please pls question questions wondering wonder wondered wanted want wants
  ask asking asked know knows tell telling curious like just actually basically maybe perhaps someone somebody
  something thing things stuff lot lots bit kind sort anyway also still yes yeah guys folks sir madam
  im u r excuse sorry bother kindly regards morning afternoon evening lol haha btw omg ugh hmm um uh
  anybody everybody everyone somewhere anywhere
  husband wife partner son daughter mother mom mum father dad grandson granddaughter grandmother grandma
  grandfather grandpa friend boyfriend girlfriend sister brother aunt uncle
  exactly literally honestly seriously totally definitely probably certainly simply truly especially anyways
  kill killing killed die dying died dead death murder`
    .split(/\s+/)
    .filter((word) => word.length > 0),
)

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word)
}

/**
 * Porter2 joins a few words that mean different things here ("effective" and
 * "effects", "several" and "severe") and keeps apart a few that mean the same
 * ("relief" and "relieve", "dose" and "dosage"); these override it.
 */
const STEM_OVERRIDES: ReadonlyMap<string, string> = new Map(Object.entries({
  effective: 'effective',
  effectively: 'effective',
  effectiveness: 'effective',
  efficacy: 'effective',
  experiment: 'experiment',
  experiments: 'experiment',
  several: 'several',
  relieve: 'relief',
  relieves: 'relief',
  relieved: 'relief',
  relieving: 'relief',
  dosage: 'dose',
  dosages: 'dose',
  dosing: 'dose',
  safety: 'safe',
  safely: 'safe',
  anxious: 'anxieti',
  pregnancy: 'pregnant',
  coverage: 'cover',
  nauseous: 'nausea',
  nauseated: 'nausea',
  hospitalized: 'hospit',
  hospitalised: 'hospit',
}))

/** Stemming is pure and the same few thousand words recur in every entry and question; the cap keeps visitors' typos from growing it. */
const stemCache = new Map<string, string>()
const STEM_CACHE_LIMIT = 50_000

export function stemOf(word: string): string {
  const known = stemCache.get(word)
  if (known !== undefined) return known
  const stemmed = STEM_OVERRIDES.get(word) ?? stem(word)
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear()
  stemCache.set(word, stemmed)
  return stemmed
}

/** The terms a text is indexed under: normalised words, stemmed. */
export function analyse(text: string): string[] {
  return words(normalise(text)).map(stemOf)
}
