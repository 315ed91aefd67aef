import { describe, expect, it } from 'vitest'
import { realKnowledge } from '../helpers.js'

const { entries } = await realKnowledge()

/** Words by which the article limits a claim; an answer resting on such a sentence must keep them. */
const HEDGES = [
  'may', 'might', 'can', 'could', 'suggests?', 'believed', 'thought to', 'generally', 'typically', 'usually', 'around',
  'estimated', 'early stages', 'further research', 'more studies', 'potential', 'promising', 'some', 'vary', 'varies',
  'rare', 'often', 'partial', 'among others',
]
const hedgesIn = (text: string) => HEDGES.filter((hedge) => new RegExp(`\\b${hedge}\\b`, 'i').test(text))

describe('answers stay as certain as the article, and no more', () => {
  it.each(entries.map((entry) => [entry.id, entry] as const))('%s keeps the hedges of the sentence it rests on', (_, entry) => {
    const missing = hedgesIn(entry.source.quote).filter((hedge) => !hedgesIn(entry.answer).includes(hedge))
    expect(missing, `"${entry.source.quote}"\n  -> "${entry.answer}"`).toEqual([])
  })

  it.each(entries.map((entry) => [entry.id, entry.answer] as const))('%s claims no approval, proof, cure or guarantee', (_, answer) => {
    expect(answer).not.toMatch(/\b(?:approved|approval|proven|proof|cures?|cured|guarantee[sd]?|fda|always works)\b/i)
  })
})
