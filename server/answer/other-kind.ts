import type { Question, QuestionWord } from './question.js'
import type { SearchIndex } from './search-index.js'

/**
 * The knowledge's own kinds of thing, whose names visitors also give to other things:
 * "a yoga session", "the dental clinic", "a dose of melatonin", "bug spray for camping".
 */
const KINDS = /^(?:sessions?|clinics?|dose|doses|dosage|infusions?|fog|spray|sprays|shots?|injections?|appointments?|treatments?|therapy|therapies|drip)$/
/** A word this specific (by its frequency in everyday English, english.ts) names something rather than wraps a question: "tattoo", "jury duty". */
const NAMING_WORD = 0.45
/** Which one of the same kind: "my previous clinic", "the usual dose". */
const WHICH_ONE = /^(?:previous|prior|former|old|older|new|newer|local|current|different|last|next|usual|typical|regular|whole|same|own|nearest|closest|another|other|earlier|later|recent|future|normal|standard|single|extra|full|half|entire|actual|real|proper|initial|original|upcoming|scheduled|missed|cancelled|canceled|weekly|monthly|daily)$/
/** Whose session or clinic it is, said without the "'s" that normalise drops: "my friend's clinic" is still a clinic. */
const PERSON = /^(?:friends?|family|mom|mum|moms|mums|dad|dads|mother|father|sister|brother|wife|husband|partner|son|daughter|aunt|uncle|cousin|neighbou?r|coworker|colleague|boss|doctors?|nurses?|therapist|psychiatrist|gp|grandma|grandpa|kids?|child|children|parents?|people|patients?|everyone|someone|others?)$/

/**
 * Another kind of session, clinic or dose than the knowledge's: one of its kind words with a
 * naming word next to it ("yoga session", "session of parliament") that no entry ever uses.
 * Such a question shares only the kind word with an entry, and gets the entry if nothing stops it.
 * English only: the Spanish side has no word frequencies to tell a naming word from a misspelling.
 */
export function otherKindOf(index: SearchIndex, question: Question): string | undefined {
  if (index.analyser.language !== 'en') return undefined
  const names = (word: QuestionWord | undefined): word is QuestionWord =>
    !!word &&
    !word.stop &&
    !word.correctedTo &&
    word.expansions.length === 0 &&
    !/\d/.test(word.word) &&
    !PERSON.test(word.word) &&
    !WHICH_ONE.test(word.word) &&
    !index.documentFrequency.has(word.stem) &&
    !isSwappedLettersOfKnown(index, word.word) &&
    index.analyser.specificity(word.word) >= NAMING_WORD
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

/** "brian fog": two letters swapped make a word the knowledge uses, so it is a slip of the thumb, not a name. */
function isSwappedLettersOfKnown(index: SearchIndex, word: string): boolean {
  for (let at = 0; at < word.length - 1; at++) {
    const swapped = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
    if (index.documentFrequency.has(index.analyser.stemOf(swapped))) return true
  }
  return false
}
