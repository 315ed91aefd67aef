/**
 * The asking part of a long message. Visitors often write their history first
 * ("I've had a racing heart since covid. A friend swears by ketamine. How long
 * is one appointment?"); the context words ("covid", "friend", "months") then
 * outvote the question in a search over the whole message. The focus is the
 * sentence or clause that asks, found from the raw text, before punctuation is
 * normalised away.
 */

/** Sentence ends, and the clause joints after which a new request often starts. */
const SENTENCE_BREAK = /(?<=[.!?;:\n])\s+|\s+(?:-|--|—)\s+/
const CLAUSE_BREAK = /,?\s+\b(?:but|so|anyway|anyways|also|and also|and so|and i was wondering|i was wondering|i wonder|wondering|my question is|question is|pero|entonces|y tambien|tambien|mi pregunta es)\b[:,]?\s+/i

/** A sentence that asks: a question mark, or a request in the shapes visitors use. */
const ASKING =
  /\?\s*$|^(?:what|whats|what's|how|can|could|is|are|do|does|did|will|would|should|where|when|why|which|who|any|tell me|explain|please|pls|need to know|i need to know|i want to know|i'd like to know|wondering|que|qué|como|cómo|cuanto|cuánto|cuantos|cuántos|cuando|cuándo|donde|dónde|puedo|puede|hay|es|son|tienen|necesito)\b/i

/** The shortest focus worth searching on its own: a two-word fragment ("so yeah") is no question. */
const MIN_FOCUS_WORDS = 3

/** Words that point back to something named earlier: "what did it find?", "can this go on for years?". */
const POINTS_BACK = /\b(?:it|its|it's|this|that|they|them|these|those|esto|eso)\b/i

export type Focus = { text: string; parts: number }

/**
 * The asking sentences of a message (their clauses after a joint like "but"
 * or "anyway" when a sentence is long), or undefined when the whole message is
 * already the question. When the asking part points back ("why do people think
 * it could work for long covid?"), the topics of the knowledge that the
 * nearest earlier clause names and the asking part does not come with it,
 * and only they, not the rest of the history: "I only know ketamine as a party
 * drug. What kind of medicine is it?" asks "what kind of medicine is it? ketamine".
 */
export function findFocus(text: string, topicsOf: (clause: string) => ReadonlyMap<string, string> = () => new Map()): Focus | undefined {
  const sentences = text.split(SENTENCE_BREAK).map((sentence) => sentence.trim()).filter((sentence) => sentence !== '')
  const clauses = sentences.flatMap((sentence) => {
    const parts = sentence.split(CLAUSE_BREAK).map((part) => part.trim()).filter((part) => part !== '')
    return parts.length > 1 && ASKING.test(parts.at(-1)!) ? [parts.slice(0, -1).join(' '), parts.at(-1)!] : [sentence]
  })
  if (clauses.length < 2) return undefined
  const asking = clauses.filter((clause) => ASKING.test(clause) && wordCount(clause) >= MIN_FOCUS_WORDS)
  const focus = asking.length > 0 ? asking : clauses.slice(-1)
  if (focus.length === clauses.length || wordCount(focus.join(' ')) < MIN_FOCUS_WORDS) return undefined
  const joined = focus.join(' ')
  const antecedent = POINTS_BACK.test(joined) ? topicsPointedBack(clauses.slice(0, clauses.indexOf(focus[0]!)), topicsOf(joined), topicsOf) : []
  return { text: [joined, ...antecedent].join(' '), parts: clauses.length }
}

/** Topics are keyed by stem, with the word as the visitor wrote it. */
function topicsPointedBack(earlier: readonly string[], named: ReadonlyMap<string, string>, topicsOf: (clause: string) => ReadonlyMap<string, string>): string[] {
  for (const clause of [...earlier].reverse()) {
    const unnamed = [...topicsOf(clause)].filter(([stem]) => !named.has(stem)).map(([, word]) => word)
    if (unnamed.length > 0) return unnamed
  }
  return []
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\w/.test(word)).length
}
