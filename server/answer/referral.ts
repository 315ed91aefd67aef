import type { ReferralTopic } from '../knowledge/schema.js'
import { normalise, words } from './normalise.js'
import { stemOf } from './terms.js'

type Phrase = readonly string[]

/** The clinic's ask-us-directly topics, each word or phrase as stems, and the phrases in which they are not the topic. */
export type ReferralTable = ReadonlyArray<{ topic: string; phrases: ReadonlyArray<Phrase>; except: ReadonlyArray<Phrase> }>

export function compileReferrals(topics: readonly ReferralTopic[]): ReferralTable {
  const stems = (phrases: readonly string[]) => phrases.map((phrase) => words(normalise(phrase)).map(stemOf)).filter((stems) => stems.length > 0)
  return topics.map(({ topic, words: phrases, except = [] }) => ({ topic, phrases: stems(phrases), except: stems(except) }))
}

/**
 * The first ask-us-directly topic the question touches. Some questions must
 * never get a near-miss FAQ answer, because the right answer depends on the
 * person or the clinic (pregnancy, children, other medicines, prices, hours):
 * an entry on ketamine's safety is not an answer about ketamine in pregnancy.
 * A topic word inside one of the topic's `except` phrases does not count
 * ("I have two kids at home": the visitor's day, not a child's treatment);
 * the same word elsewhere in the message still does.
 */
export function findReferralTopic(questionWords: readonly string[], table: ReferralTable): string | undefined {
  const stems = questionWords.map(stemOf)
  const startsAt = (phrase: Phrase, start: number) => phrase.every((stem, offset) => stems[start + offset] === stem)
  return table.find(({ phrases, except }) => {
    const excepted = new Uint8Array(stems.length)
    for (const phrase of except) {
      for (let start = 0; start < stems.length; start++) if (startsAt(phrase, start)) excepted.fill(1, start, start + phrase.length)
    }
    return phrases.some((phrase) => stems.some((_, start) => startsAt(phrase, start) && !excepted.subarray(start, start + phrase.length).every((bit) => bit === 1)))
  })?.topic
}
