import type { Question, QuestionWord } from './question.js'
import type { SearchIndex } from './search-index.js'

/**
 * The knowledge's own kinds of thing, whose names visitors also give to other things:
 * "a yoga session", "the dental clinic", "a dose of melatonin", "bug spray for camping".
 */
const KINDS = /^(?:sessions?|clinics?|dose|doses|dosage|infusions?|fog|spray|sprays|shots?|injections?|appointments?|treatments?|therapy|therapies|drip)$/
/** A word this specific (by its frequency in everyday English, english.ts) names something rather than wraps a question. */
const NAMING_WORD = 0.8

/**
 * Another kind of session, clinic or dose than the knowledge's: one of its kind words with a
 * naming word next to it ("yoga session", "session of parliament") that no entry ever uses.
 * Such a question shares only the kind word with an entry, and gets the entry if nothing stops it.
 * English only: the Spanish side has no word frequencies to tell a naming word from a misspelling.
 */
export function otherKindOf(index: SearchIndex, question: Question): string | undefined {
  if (index.analyser.language !== 'en') return undefined
  const names = (word: QuestionWord | undefined): word is QuestionWord =>
    !!word && !word.stop && !word.correctedTo && word.expansions.length === 0 && !/\d/.test(word.word) && !index.documentFrequency.has(word.stem) && index.analyser.specificity(word.word) >= NAMING_WORD
  const { words } = question
  for (const [position, word] of words.entries()) {
    if (!KINDS.test(word.word)) continue
    const before = words[position - 1]
    if (names(before)) return `${before.word} ${word.word}`
    const link = words[position + 1]?.word
    const after = words[position + 2]
    if ((link === 'of' || link === 'for') && names(after)) return `${word.word} ${link} ${after.word}`
  }
  return undefined
}
