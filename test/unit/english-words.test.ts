import { describe, expect, it } from 'vitest'
import { englishWordsByRank } from '../../server/answer/english-words.js'
import { inlinedEnglishWords } from '../../server/build/build-server.js'

describe('the English word list', () => {
  it('is written into the compiled server word for word, in the package order, so every word keeps its rank', async () => {
    const inlined = (await import(`data:text/javascript,${encodeURIComponent(inlinedEnglishWords())}`)) as { englishWordsByRank: () => string[] }
    const words = englishWordsByRank()
    expect(words.length).toBeGreaterThan(70_000)
    expect(inlined.englishWordsByRank()).toEqual(words)
  })
})
