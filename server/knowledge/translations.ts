import type { AnswerLanguage, FaqEntry } from './knowledge.js'
import type { FaqEntryFile } from './parse.js'
import { knowledgeError, knowledgeWarning, type KnowledgeProblem } from './problems.js'

/**
 * The checks on translated entries (issue 18). A translation is its own file
 * in knowledge/es/faq/, names the English entry it translates, and carries
 * every number of the English answer; the faithfulness rules (in Spanish) are
 * checked against the Spanish article like any entry's.
 */

/** Visitors write Spanish in many ways (no accents, typos, Spanglish): a translation needs at least this many phrasings (issue 18). */
const SPANISH_PHRASINGS = 10

/** A translation says what it translates and whether it was reviewed; an English entry says neither. */
export function translationFields(language: AnswerLanguage, entry: FaqEntryFile): KnowledgeProblem[] {
  if (language === 'en') {
    return entry.translates === undefined && entry.translation_review === undefined
      ? []
      : [knowledgeError(entry.file, entry.lines.translates || entry.lines.id, '"translates" and "translation_review" belong in a translation, in knowledge/es/faq/: remove them from this English entry')]
  }
  const problems: KnowledgeProblem[] = []
  if (entry.translates === undefined) {
    problems.push(knowledgeError(entry.file, entry.lines.id, `a Spanish entry names the English entry it translates: add a line like translates: ${entry.id}`))
  } else if (entry.translates !== entry.id) {
    problems.push(knowledgeError(entry.file, entry.lines.translates, `the id "${entry.id}" differs from "translates: ${entry.translates}": a translation keeps the English entry's id, so write id: ${entry.translates}`))
  }
  if (entry.other_phrasings.length < SPANISH_PHRASINGS) {
    problems.push(
      knowledgeWarning(entry.file, entry.lines.otherPhrasings[0] ?? entry.lines.question, `only ${entry.other_phrasings.length} other phrasings: add at least ${SPANISH_PHRASINGS} in visitors' own words (no accents, typos, "suero" for the drip, "covid largo"), so Spanish visitors are understood`),
    )
  }
  if (entry.translation_review === undefined) {
    problems.push(knowledgeError(entry.file, entry.lines.id, 'a Spanish entry says whether a fluent reader has checked it: add translation_review: pending, and once checked, their name and the date, like translation_review: "M. Ortiz, 2026-12-01"'))
  }
  return problems
}

/** Numbers as the answers write them, with a decimal comma read as a point ("1,5" is "1.5"). */
const numbersIn = (text: string) =>
  [...text.replace(/\]\([^)]*\)|\b[a-z][a-z0-9+.-]*:[^\s)]+/gi, ' ').matchAll(/\d+(?:[.,]\d+)?/g)].map((match) => match[0].replace(',', '.')).sort()

/**
 * Each translation against its English entry; then the English entries no translation covers yet.
 * `englishFiles` are the ids the English folder has files for: one that has its own error is
 * reported there, not again as a translation of nothing.
 *
 * A translation whose numbers no longer match the English answer is `outdated`: it is not
 * served, and Spanish visitors get the English answer with the clinic's note, until it is
 * updated. Staff who edit an English answer see their edit go live at once; a Spanish visitor
 * never reads a number the English answer no longer says.
 */
export function checkTranslations(
  english: readonly FaqEntry[],
  translations: readonly FaqEntryFile[],
  englishFiles: ReadonlySet<string>,
): { problems: KnowledgeProblem[]; outdated: ReadonlySet<string> } {
  const byId = new Map(english.map((entry) => [entry.id, entry]))
  const problems: KnowledgeProblem[] = []
  const outdated = new Set<string>()
  for (const translation of translations) {
    const original = translation.translates === undefined ? undefined : byId.get(translation.translates)
    if (translation.translates !== undefined && !original && !englishFiles.has(translation.translates)) {
      problems.push(knowledgeError(translation.file, translation.lines.translates, `"translates: ${translation.translates}" names no English entry: write the id of a file in knowledge/faq/, like translates: ${nearestId(translation.translates, [...byId.keys()])}`))
      continue
    }
    if (!original) continue
    const [theirs, ours] = [numbersIn(original.answer), numbersIn(translation.answer)]
    if (theirs.join(' ') !== ours.join(' ')) {
      outdated.add(translation.id)
      problems.push(
        knowledgeWarning(
          translation.file,
          translation.lines.answer,
          `the numbers differ from the English answer in ${original.file}: it says ${listed(theirs)}, this translation ${listed(ours)}. A translation keeps every number; until this one does, Spanish visitors get the English answer, with the note that it is in English`,
        ),
      )
    }
  }
  const translated = new Set(translations.map((translation) => translation.translates))
  for (const entry of english.filter((candidate) => !translated.has(candidate.id))) {
    problems.push(
      knowledgeWarning(entry.file, entry.lines.id, `no Spanish translation yet: Spanish visitors get this answer in English, with a note saying so. Add knowledge/es/faq/${entry.id}.md with translates: ${entry.id}`),
    )
  }
  return { problems, outdated }
}

const listed = (numbers: readonly string[]) => (numbers.length === 0 ? 'no number' : numbers.map((number) => `"${number}"`).join(', '))

/** The English id sharing the longest start with a mistyped one, for the message. */
function nearestId(wanted: string, ids: readonly string[]): string {
  const sharedStart = (id: string) => [...id].findIndex((character, at) => wanted[at] !== character)
  return [...ids].sort((a, b) => (sharedStart(b) === -1 ? b.length : sharedStart(b)) - (sharedStart(a) === -1 ? a.length : sharedStart(a)))[0] ?? wanted
}
