import { answerQuestion, prepareKnowledge, type AnsweringKnowledge } from '../answer/answer.js'
import { normalise } from '../answer/normalise.js'
import { checkLanguages } from './clinic-languages.js'
import { assembleKnowledge, type FaqEntry, type KnowledgeFile } from './knowledge.js'
import { knowledgeError, knowledgeWarning, type KnowledgeProblem } from './problems.js'

export type CheckReport = { problems: KnowledgeProblem[]; entries: number; errors: number; warnings: number }

const DAY_MS = 24 * 60 * 60 * 1000
const STALE_AFTER_DAYS = 365
/** Two entries whose answers share this much of their wording say the same thing. */
const SAME_ANSWER_OVERLAP = 0.8

/**
 * Everything `npm run knowledge:check` reports: the problems that stop loading,
 * then the ones that load but hurt visitors (a phrasing that leads elsewhere,
 * two entries that compete, a date in the future) and stale reviews.
 */
export function checkKnowledge(files: KnowledgeFile[], today: Date): CheckReport {
  const { knowledge, problems } = assembleKnowledge(files)
  if (knowledge) {
    const prepared = prepareKnowledge(knowledge)
    problems.push(...checkDates(knowledge.entries, today), ...checkDuplicateQuestions(knowledge.entries))
    problems.push(...checkReachable(prepared), ...checkCompetingAnswers(knowledge.entries))
    problems.push(...checkLanguages(knowledge.clinic, files.find((file) => file.name === 'clinic.yaml')))
  }
  const errors = problems.filter((problem) => problem.severity === 'error').length
  return { problems, entries: knowledge?.entries.length ?? 0, errors, warnings: problems.length - errors }
}

function checkDates(entries: readonly FaqEntry[], today: Date): KnowledgeProblem[] {
  return entries.flatMap((entry) => {
    const age = (today.getTime() - Date.parse(`${entry.reviewed}T00:00:00Z`)) / DAY_MS
    if (age < -1) {
      return [knowledgeError(entry.file, entry.lines.reviewed, `"reviewed" is ${entry.reviewed}, a date in the future: write the date you last checked this answer`)]
    }
    if (age > STALE_AFTER_DAYS) {
      return [knowledgeWarning(entry.file, entry.lines.reviewed, `last reviewed ${entry.reviewed}, over a year ago: check the answer against the article and update the date`)]
    }
    return []
  })
}

/** The entry's question and other phrasings, each with the file line it is written on. */
function askedWithLines(entry: FaqEntry): Array<{ text: string; line: number }> {
  return [entry.question, ...entry.other_phrasings].map((text, index) => ({
    text,
    line: index === 0 ? entry.lines.question : (entry.lines.otherPhrasings[index - 1] ?? entry.lines.question),
  }))
}

function checkDuplicateQuestions(entries: readonly FaqEntry[]): KnowledgeProblem[] {
  const firstAsked = new Map<string, FaqEntry>()
  const problems: KnowledgeProblem[] = []
  for (const entry of entries) {
    for (const { text, line } of askedWithLines(entry)) {
      const key = normalise(text)
      const owner = firstAsked.get(key)
      if (owner && owner !== entry) {
        problems.push(knowledgeError(entry.file, line, `"${text}" is also asked in ${owner.file} (${owner.id}): keep it in one entry only`))
      } else {
        firstAsked.set(key, entry)
      }
    }
  }
  return problems
}

/** A phrasing that the widget answers with another entry (or not at all) is one no visitor reaches this entry by. */
function checkReachable(prepared: AnsweringKnowledge): KnowledgeProblem[] {
  return prepared.knowledge.entries.flatMap((entry) =>
    askedWithLines(entry).flatMap(({ text, line }) => {
      const { response, trace } = answerQuestion(prepared, text)
      const first = response.answers[0]?.id
      if (first === entry.id) return []
      if (response.kind === 'crisis') return [knowledgeError(entry.file, line, `"${text}" is read as a crisis message and shows crisis resources: reword it`)]
      if (trace.referral) {
        return [knowledgeError(entry.file, line, `"${text}" touches the ask-us-directly topic "${trace.referral}" in clinic.yaml, so the widget refers it to the clinic: remove it here, or take its words out of that topic`)]
      }
      if (!first) {
        return [knowledgeError(entry.file, line, `"${text}" gets no answer (the widget is not sure enough): add the words visitors use to the question or phrasings, or a synonym`)]
      }
      const other = prepared.entries.get(first)
      return [knowledgeError(entry.file, line, `"${text}" is answered by ${other?.file ?? first} (${first}) instead of this entry: reword it, or move it to that entry`)]
    }),
  )
}

function checkCompetingAnswers(entries: readonly FaqEntry[]): KnowledgeProblem[] {
  const answerWords = entries.map((entry) => new Set(normalise(entry.answer).split(' ')))
  const problems: KnowledgeProblem[] = []
  entries.forEach((entry, index) => {
    for (const [earlierIndex, earlier] of entries.slice(0, index).entries()) {
      const [a, b] = [answerWords[index]!, answerWords[earlierIndex]!]
      const shared = [...a].filter((word) => b.has(word)).length
      if ((2 * shared) / (a.size + b.size) >= SAME_ANSWER_OVERLAP) {
        problems.push(
          knowledgeError(entry.file, entry.lines.answer, `this answer says nearly the same as ${earlier.file} (${earlier.id}), so the two compete for the same questions: merge them, or make each answer its own question`),
        )
      }
    }
  })
  return problems
}
