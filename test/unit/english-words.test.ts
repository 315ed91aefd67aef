import { describe, expect, it } from 'vitest'
import { englishWords, englishWordsByRank, RANKED_WORDS } from '../../server/answer/english-words.js'
import { isEnglishWord, specificity } from '../../server/answer/english.js'
import { inlinedEnglishWords } from '../../server/build/build-server.js'

describe('the English word list', () => {
  it('is written into the compiled server word for word, so every word keeps its rank', async () => {
    const inlined = (await import(`data:text/javascript,${encodeURIComponent(inlinedEnglishWords())}`)) as { englishWords: typeof englishWords; RANKED_WORDS: number }
    expect(inlined.RANKED_WORDS).toBe(RANKED_WORDS)
    expect(inlined.englishWords()).toEqual(englishWords())
  })

  it('knows every word of the package, and ranks each as its first place in the list does', () => {
    const byRank = englishWordsByRank()
    expect(byRank.length).toBeGreaterThan(70_000)
    const rankOf = new Map<string, number>()
    byRank.forEach((word, index) => rankOf.has(word) || rankOf.set(word, index + 1))
    // The curve of english.ts, over the whole list: what specificity() said before only the commonest were kept in a Map.
    const expected = (rank: number) => Math.min(1, Math.max(0.1, (Math.log(rank) - Math.log(200)) / (Math.log(10_000) - Math.log(200))))
    for (const [word, rank] of rankOf) {
      if (!isEnglishWord(word)) expect.fail(`"${word}" (rank ${rank}) is not known as English`)
      if (specificity(word) !== expected(rank)) expect.fail(`"${word}" (rank ${rank}): specificity ${specificity(word)}, expected ${expected(rank)}`)
    }
  })

  it('knows no word outside the list', () => {
    for (const word of ['', 'sesions', 'ketamine', 'zzzzzz', 'aaaaaaa', '\n', 'the\nend', 'paxlovid']) {
      expect(isEnglishWord(word), word).toBe(false)
      expect(specificity(word)).toBe(1)
    }
  })
})
