import { describe, expect, it } from 'vitest'
import type { QuestionRecord } from '../../server/insights/outcome.js'
import type { InsightsStore } from '../../server/insights/store.js'

/** A fresh, empty place to keep insights; `open` may be called again to reopen the same data. */
export type StorePlace = { open: () => InsightsStore | Promise<InsightsStore> }

const base = { language: 'en', knowledgeVersion: 'v1' }
const fallback = (day: string, text: string): QuestionRecord => ({ ...base, day, outcome: 'fallback', text })

/**
 * What every insights store does, whatever keeps the data (SQLite, PostgreSQL):
 * the recorder, the staff page and the CLI rely on exactly this.
 */
export function insightsStoreContract(name: string, freshPlace: () => Promise<StorePlace>) {
  describe(`${name}: the insights store contract`, () => {
    it('counts repeated outcomes on one row per day and kind, and keeps counts across a restart', async () => {
      const place = await freshPlace()
      const store = await place.open()
      const answer: QuestionRecord = { ...base, day: '2026-12-01', outcome: 'answer', entryId: 'session-length' }
      await store.recordOutcomes([answer, answer, { ...base, day: '2026-12-01', outcome: 'ask-us-directly', topic: 'prices' }])
      await store.recordOutcomes([answer])
      store.close()
      const reopened = await place.open()
      const { questions } = await reopened.summaries('2026-11-01')
      expect(questions).toEqual([
        { day: '2026-12-01', outcome: 'answer', entryId: 'session-length', topic: null, language: 'en', knowledgeVersion: 'v1', count: 3 },
        { day: '2026-12-01', outcome: 'ask-us-directly', entryId: null, topic: 'prices', language: 'en', knowledgeVersion: 'v1', count: 1 },
      ])
      reopened.close()
    })

    it('stores text only for fallbacks and not-helpful votes', async () => {
      const store = await (await freshPlace()).open()
      await store.recordOutcomes([fallback('2026-12-01', 'do you treat cats'), { ...base, day: '2026-12-01', outcome: 'answer', entryId: 'dosage', text: 'ignored' } as QuestionRecord])
      await store.recordFeedback([
        { ...base, day: '2026-12-01', entryId: 'dosage', helpful: false, text: 'how much do I get' },
        { ...base, day: '2026-12-01', entryId: 'dosage', helpful: true },
        { ...base, day: '2026-12-01', entryId: 'dosage', helpful: true },
      ])
      const { texts, feedback } = await store.summaries('2026-12-01')
      expect(texts.map(({ kind, entryId, text, count }) => ({ kind, entryId, text, count }))).toEqual([
        { kind: 'fallback', entryId: null, text: 'do you treat cats', count: 1 },
        { kind: 'not-helpful', entryId: 'dosage', text: 'how much do I get', count: 1 },
      ])
      expect(feedback.map(({ helpful, count }) => ({ helpful, count }))).toEqual([
        { helpful: false, count: 1 },
        { helpful: true, count: 2 },
      ])
      store.close()
    })

    it('counts a text asked twice on a day once, with its count', async () => {
      const store = await (await freshPlace()).open()
      await store.recordOutcomes([fallback('2026-12-01', 'parking'), fallback('2026-12-01', 'parking')])
      expect((await store.summaries('2026-12-01')).texts.map(({ text, count }) => ({ text, count }))).toEqual([{ text: 'parking', count: 2 }])
      store.close()
    })

    it('purges texts seen before a day and keeps the counts', async () => {
      const store = await (await freshPlace()).open()
      await store.recordOutcomes([fallback('2026-10-01', 'old question'), fallback('2026-11-15', 'new question')])
      expect(await store.purge('2026-11-01')).toBe(1)
      const { texts, questions } = await store.summaries('2026-01-01')
      expect(texts.map((text) => text.text)).toEqual(['new question'])
      expect(questions.map((row) => row.count)).toEqual([1, 1])
      store.close()
    })

    it('leaves dismissed fallback texts out of the summaries', async () => {
      const store = await (await freshPlace()).open()
      await store.recordOutcomes([fallback('2026-12-01', 'do you treat cats'), fallback('2026-12-01', 'parking')])
      await store.dismiss(['do you treat cats'])
      expect((await store.summaries('2026-12-01')).texts.map((text) => text.text)).toEqual(['parking'])
      store.close()
    })
  })
}
