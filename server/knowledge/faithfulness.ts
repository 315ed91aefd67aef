import { ENGLISH, type Analyser } from '../answer/analyser.js'
import { words } from '../answer/normalise.js'
import { collapseSpaces, findSection, type Article, type ArticleSection } from './article.js'
import { knowledgeError, knowledgeWarning, type KnowledgeProblem } from './problems.js'
import type { FaqEntryFile } from './parse.js'
import type { AnswerLanguage } from './knowledge.js'
import { SPANISH_FAITHFULNESS } from './faithfulness-es.js'

/**
 * Faithfulness to the whole passage, not just the quoted sentence. A medical
 * review found answers whose quote was exact but which dropped the sentence
 * beside it (the rare serious side effects), the second half of the sentence
 * they condensed ("…and avoid driving"), or the section's own "further research
 * is needed". These rules catch each kind; an entry may say in `review_note`
 * why a hedge or limitation does not apply to it.
 */

/** Clauses that keep a person safe: an answer that uses a sentence or paragraph holding one carries it. */
const SAFETY_CLAUSES: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'driving', pattern: /\bdriv(?:e|es|ing)\b/i },
  { name: 'heavy machinery', pattern: /\bmachinery\b/i },
  { name: 'medical supervision', pattern: /\bsupervision\b/i },
  { name: 'screening', pattern: /\bscreening\b/i },
  { name: 'side effects', pattern: /\bside effects?\b/i },
  { name: 'disclosing conditions, medications or allergies', pattern: /\bdisclos(?:e|ing|ure)\b/i },
]

/** Harms named in a sentence: skipping such a sentence in the middle of a passage hides a risk. */
const RISK_WORDS = /\b(?:risks?|serious|hallucinations|blood pressure|respiratory|nausea|dizziness|dissociation)\b/i

/** Words by which the article limits a claim. */
export const HEDGES = [
  'may', 'might', 'can', 'could', 'suggests?', 'believed', 'thought to', 'generally', 'typically', 'usually', 'around',
  'estimated', 'early stages', 'further research', 'more studies', 'potential', 'promising', 'some', 'vary', 'varies',
  'rare', 'often', 'partial', 'among others', 'including', 'reported',
]
const hedgePatterns = HEDGES.map((hedge) => ({ hedge, pattern: new RegExp(`\\b${hedge}\\b`, 'i') }))
export const hedgesIn = (text: string) => hedgePatterns.filter(({ pattern }) => pattern.test(text)).map(({ hedge }) => hedge)

/** A section's own statements of what is not yet known: every answer from that section keeps them. */
const LIMITATIONS: ReadonlyArray<{ phrase: string; pattern: RegExp; kept: RegExp }> = [
  { phrase: 'research is still in its early stages', pattern: /\bearly stages\b/i, kept: /\bearly stages?\b/i },
  { phrase: 'further research is needed', pattern: /\bfurther research is needed\b/i, kept: /\b(?:further research|more research|more studies)\b/i },
  { phrase: 'more studies are needed', pattern: /\bmore studies are needed\b/i, kept: /\b(?:further research|more research|more studies)\b/i },
]

/** "Does ketamine help…", "Has it helped anyone…", "Is it proven…": a promise unless the answer states a hedged finding. */
const EFFECTIVENESS_QUESTION =
  /^(?:does|do|did|has|have|can|will|is|are)\b.*\b(?:help|helps|helped|work|works|worked|proven|effective|cure|cures|cured|fix|fixes)\b/i
const HEDGED_FINDING = /\b(?:may|might|suggests?|early stages|further research|more studies|thought to|believed|vary|varies|one study|a study|in some)\b/i

const NUMBER = /\d+(?:[.,]\d+)?/g
/** Link targets and addresses are not claims: their digits are no numbers to check. */
const withoutLinks = (text: string) => text.replace(/\]\([^)]*\)|\b[a-z][a-z0-9+.-]*:[^\s)]+/gi, ' ')

/** A pattern, or anything else that can tell whether a text holds something. */
export type Matcher = { test(text: string): boolean }

/** One language's words for the rules above: what keeps a person safe, names a risk, limits a claim. */
export type FaithfulnessRules = {
  safetyClauses: ReadonlyArray<{ name: string; pattern: Matcher }>
  riskWords: Matcher
  hedgesIn(text: string): string[]
  limitations: ReadonlyArray<{ phrase: string; pattern: Matcher; kept: Matcher }>
  effectivenessQuestion: Matcher
  hedgedFinding: Matcher
  analyser: Analyser
}

const ENGLISH_FAITHFULNESS: FaithfulnessRules = {
  safetyClauses: SAFETY_CLAUSES,
  riskWords: RISK_WORDS,
  hedgesIn,
  limitations: LIMITATIONS,
  effectivenessQuestion: EFFECTIVENESS_QUESTION,
  hedgedFinding: HEDGED_FINDING,
  analyser: ENGLISH,
}

export const FAITHFULNESS_RULES: Record<AnswerLanguage, FaithfulnessRules> = { en: ENGLISH_FAITHFULNESS, es: SPANISH_FAITHFULNESS }

/** Sentences start after . ! or ? and with a capital, or with the ¿ or ¡ that opens a Spanish one. */
export function articleSentences(paragraph: string): string[] {
  return collapseSpaces(paragraph)
    .split(/(?<=[.!?])\s+(?=[¿¡]?\p{Lu})/u)
    .filter((sentence) => sentence !== '')
}

function contentStems(text: string, { normalise, isStopWord, stemOf }: Analyser): string[] {
  return words(normalise(text))
    .filter((word) => !isStopWord(word))
    .map(stemOf)
}

function bigrams(text: string, analyser: Analyser): Set<string> {
  const stems = contentStems(text, analyser)
  return new Set(stems.slice(1).map((stem, index) => `${stems[index]} ${stem}`))
}

/** Word pairs the article repeats in many sentences ("long covid", "ketamine therapy") show no reuse of any one sentence. */
const COMMON_PAIR_SENTENCES = 3

const commonPairsOf = new WeakMap<Article, Set<string>>()

function commonPairs(article: Article, analyser: Analyser): Set<string> {
  const known = commonPairsOf.get(article)
  if (known) return known
  const counts = new Map<string, number>()
  for (const section of article.sections) {
    for (const paragraph of section.paragraphs) {
      for (const sentence of articleSentences(paragraph)) {
        for (const pair of bigrams(sentence, analyser)) counts.set(pair, (counts.get(pair) ?? 0) + 1)
      }
    }
  }
  const common = new Set([...counts].filter(([, count]) => count > COMMON_PAIR_SENTENCES).map(([pair]) => pair))
  commonPairsOf.set(article, common)
  return common
}

/** An article sentence the answer condenses: the quote itself, or one whose distinctive wording the answer reuses (three shared word pairs). */
function usedSentences(article: Article, section: ArticleSection, quote: string, answer: string, analyser: Analyser): Array<{ sentence: string; paragraph: string[] }> {
  const common = commonPairs(article, analyser)
  const answerPairs = new Set([...bigrams(answer, analyser)].filter((pair) => !common.has(pair)))
  const wanted = collapseSpaces(quote)
  return section.paragraphs.flatMap((paragraph) => {
    const sentences = articleSentences(paragraph)
    return sentences
      .filter((sentence) => sentence.includes(wanted) || wanted.includes(sentence) || shared(bigrams(sentence, analyser), answerPairs) >= 3)
      .map((sentence) => ({ sentence, paragraph: sentences }))
  })
}

/** Sentences of a paragraph that lie between two sentences the answer uses, but are not used themselves. */
function skippedBetween(used: ReadonlyArray<{ sentence: string; paragraph: string[] }>): string[] {
  const usedSet = new Set(used.map(({ sentence }) => sentence))
  const paragraphs = new Set(used.map(({ paragraph }) => paragraph))
  return [...paragraphs].flatMap((paragraph) => {
    const indexes = paragraph.flatMap((sentence, index) => (usedSet.has(sentence) ? [index] : []))
    if (indexes.length < 2) return []
    return paragraph.slice(indexes[0], indexes.at(-1)).filter((sentence) => !usedSet.has(sentence))
  })
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0
  for (const item of a) if (b.has(item)) count += 1
  return count
}

/** Every rule below for one article-sourced entry; staff see each as a problem on the line to change. */
export function checkFaithfulness(entry: FaqEntryFile, article: Article, rules: FaithfulnessRules = ENGLISH_FAITHFULNESS): KnowledgeProblem[] {
  const section = findSection(article, entry.source.section)
  if (!section) return []
  const problems: KnowledgeProblem[] = []
  const { answer } = entry
  const at = entry.lines.answer
  const excused = entry.review_note !== undefined
  const used = usedSentences(article, section, entry.source.quote, answer, rules.analyser)

  for (const skipped of skippedBetween(used)) {
    const clause = rules.safetyClauses.find(({ pattern }) => pattern.test(skipped)) ?? (rules.riskWords.test(skipped) ? { name: 'risks' } : undefined)
    if (clause && !excused) {
      problems.push(
        knowledgeError(entry.file, at, `the answer skips "${skipped}" (${clause.name}), which the article puts between two sentences the answer uses: keep it, or say why not in review_note`),
      )
    }
  }

  const neighbourhood = new Set(used.flatMap(({ paragraph }) => paragraph))
  for (const clause of rules.safetyClauses) {
    const holding = [...neighbourhood].find((sentence) => clause.pattern.test(sentence))
    if (holding && !clause.pattern.test(answer) && !excused) {
      problems.push(
        knowledgeError(entry.file, at, `the answer leaves out what the article says about ${clause.name} beside the sentence it uses ("${holding}"): keep it in the answer, or say why not in review_note`),
      )
    }
  }

  for (const { sentence } of used) {
    const missing = rules.hedgesIn(sentence).filter((hedge) => !rules.hedgesIn(answer).includes(hedge))
    if (missing.length > 0 && !excused) {
      problems.push(
        knowledgeError(entry.file, at, `the answer drops the article's ${missing.map((hedge) => `"${hedge}"`).join(', ')} from "${sentence}": keep the article's care, or say why not in review_note`),
      )
    }
  }

  const sectionText = section.paragraphs.join(' ')
  for (const limitation of rules.limitations) {
    if (limitation.pattern.test(sectionText) && !limitation.kept.test(answer) && !excused) {
      problems.push(
        knowledgeError(entry.file, at, `the section says "${limitation.phrase}", and the answer does not: add it, or say in review_note why it does not apply to this answer`),
      )
    }
  }

  if (rules.effectivenessQuestion.test(entry.question) && !rules.hedgedFinding.test(answer)) {
    problems.push(
      knowledgeError(entry.file, entry.lines.question, `"${entry.question}" asks whether the treatment works, and the answer states no hedged finding: ask what the text answers, like "What did one study find about …?"`),
    )
  }

  const sourceNumbers = new Set([...`${entry.source.quote} ${sectionText}`.matchAll(NUMBER)].map((match) => match[0]))
  for (const match of withoutLinks(answer).matchAll(NUMBER)) {
    if (!sourceNumbers.has(match[0])) {
      problems.push(knowledgeWarning(entry.file, at, `the answer says "${match[0]}", a number that is not in its quote or section: check it against the article`))
    }
  }
  return problems
}
