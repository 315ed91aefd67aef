import type { ReferralTopic } from '../knowledge/schema.js'
import { normalise, words } from './normalise.js'
import { stemOf } from './terms.js'

/** The clinic's ask-us-directly topics, each word or phrase as stems. */
export type ReferralTable = ReadonlyArray<{ topic: string; phrases: ReadonlyArray<readonly string[]> }>

export function compileReferrals(topics: readonly ReferralTopic[]): ReferralTable {
  return topics.map(({ topic, words: phrases }) => ({
    topic,
    phrases: phrases.map((phrase) => words(normalise(phrase)).map(stemOf)).filter((stems) => stems.length > 0),
  }))
}

/**
 * The first ask-us-directly topic the question touches. Some questions must
 * never get a near-miss FAQ answer, because the right answer depends on the
 * person or the clinic (pregnancy, children, other medicines, prices, hours):
 * an entry on ketamine's safety is not an answer about ketamine in pregnancy.
 */
export function findReferralTopic(questionWords: readonly string[], table: ReferralTable): string | undefined {
  const stems = questionWords.map(stemOf)
  const contains = (phrase: readonly string[]) =>
    stems.some((_, start) => phrase.every((stem, offset) => stems[start + offset] === stem))
  return table.find(({ phrases }) => phrases.some(contains))?.topic
}
