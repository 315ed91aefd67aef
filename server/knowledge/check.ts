import { answerQuestion, prepareKnowledge, type AnsweringKnowledge, type Retriever } from '../answer/answer.js'
import { answeringIn } from '../answer/in-language.js'
import { ENGLISH, SPANISH, type Analyser } from '../answer/analyser.js'
import { normalise, words } from '../answer/normalise.js'
import { understandQuestion } from '../answer/question.js'
import { searchEntries } from '../answer/search.js'
import { rarity } from '../answer/search-index.js'
import { checkLanguages } from './clinic-languages.js'
import { assemblySteps, runAtOnce, runInTurns, type AnswerLanguage, type FaqEntry, type Knowledge, type KnowledgeFile, type LanguageKnowledge } from './knowledge.js'
import { knowledgeError, knowledgeWarning, type KnowledgeProblem } from './problems.js'
import type { ClinicSettings } from './schema.js'

export type Verdict = {
  /** What the server serves: present only when no file has an error. */
  knowledge?: Knowledge
  problems: KnowledgeProblem[]
  /** How many knowledge files were read, and which of them have errors, so a failed check never reads as "nothing checked". */
  filesRead: number
  failedFiles: string[]
  entries: number
  errors: number
  warnings: number
}

const DAY_MS = 24 * 60 * 60 * 1000
const STALE_AFTER_DAYS = 365
/** Two entries whose answers share this much of their wording say the same thing. */
const SAME_ANSWER_OVERLAP = 0.8

/**
 * The one verdict on the knowledge files, given by `npm run knowledge:check`, at
 * start and on every reload alike: what it calls an error the server refuses
 * (keeping the last good version), everything else is a warning in both (issue 13).
 *
 * Errors: whatever stops the files from being read as meant, and the same question
 * in two entries or a review date in the future, which are always a slip. Warnings:
 * what loads but may serve visitors less well: a phrasing that leads elsewhere, two
 * answers that compete, a stale review, an answer awaiting sign-off.
 */
export function checkKnowledge(files: KnowledgeFile[], today: Date, options: PhrasingOption = { phrasings: true }): Verdict {
  return runAtOnce(verdictSteps(files, today, options))
}

/** phrasings: false leaves out the checks that ask every phrasing, which only warn: for a server that logs them once it serves. */
export type PhrasingOption = { phrasings: boolean }

/**
 * The same verdict, in turns, so that visitors' questions keep being answered while a big edit is
 * checked (issue 14). Without the phrasing checks, which ask every phrasing and can only warn: the
 * server swaps an edit in first, then logs them with phrasingWarningsInTurns.
 */
export function checkKnowledgeInTurns(files: KnowledgeFile[], today: Date): Promise<Verdict> {
  return runInTurns(verdictSteps(files, today, { phrasings: false }))
}

/** The warnings about phrasings that lead elsewhere, in turns, for knowledge already being served; given up (undefined) once no longer `wanted`. */
export async function phrasingWarningsInTurns(knowledge: Knowledge, wanted: () => boolean): Promise<KnowledgeProblem[] | undefined> {
  const prepared = prepareKnowledge(knowledge)
  return runInTurns(whileWanted(reachableInEveryLanguage(prepared), wanted))
}

function* whileWanted<T>(steps: Generator<void, T>, wanted: () => boolean): Generator<void, T | undefined> {
  for (;;) {
    if (!wanted()) return undefined
    const step = steps.next()
    if (step.done) return step.value
    yield
  }
}

function* verdictSteps(files: KnowledgeFile[], today: Date, { phrasings }: PhrasingOption): Generator<void, Verdict> {
  const assembled = yield* assemblySteps(files)
  const { problems } = assembled
  if (assembled.knowledge) {
    const { entries } = assembled.knowledge
    const prepared = prepareKnowledge(assembled.knowledge)
    yield
    const spanish = assembled.knowledge.es
    const articles = [...assembled.knowledge.articles, ...(spanish?.articles ?? [])]
    const allEntries = [...entries, ...(spanish?.entries ?? [])]
    const clinicPages = articles.flatMap((article) => (article.clinicFacts ? [{ file: article.file, ...article.clinicFacts }] : []))
    problems.push(...checkDates([...allEntries, ...clinicPages], today), ...checkExamples(clinicPages))
    // Each language's questions and answers compete only with their own language's.
    problems.push(...checkDuplicateQuestions(entries), ...checkDuplicateQuestions(spanish?.entries ?? []), ...checkSignoffs(allEntries))
    if (phrasings) problems.push(...(yield* reachableInEveryLanguage(prepared)))
    problems.push(...checkCompetingAnswers(entries), ...checkCompetingAnswers(spanish?.entries ?? []))
    problems.push(...checkLinks(allEntries), ...checkBookingUrl(assembled.knowledge.clinic, files), ...checkSynonyms(assembled.knowledge, files, ENGLISH, 'synonyms.yaml'))
    if (spanish) problems.push(...checkSynonyms(spanish, files, SPANISH, 'es/synonyms.yaml'))
    problems.push(...checkLanguages(assembled.knowledge.clinic, files.find((file) => file.name === 'clinic.yaml')))
  }
  const errors = problems.filter((problem) => problem.severity === 'error')
  const knowledge = errors.length === 0 ? assembled.knowledge : undefined
  return {
    ...(knowledge ? { knowledge } : {}),
    problems,
    filesRead: files.length,
    failedFiles: [...new Set(errors.map((problem) => problem.file))],
    entries: knowledge?.entries.length ?? 0,
    errors: errors.length,
    warnings: problems.length - errors.length,
  }
}

/** Entries and clinic-facts pages each say when they were last checked. */
function checkDates(reviewed: ReadonlyArray<{ file: string; reviewed: string; lines: { reviewed: number } }>, today: Date): KnowledgeProblem[] {
  return reviewed.flatMap((entry) => {
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

/** The shipped demo facts (hours, parking, payment) are made up: a clinic must not go live with them. */
function checkExamples(pages: ReadonlyArray<{ file: string; example: boolean; lines: { example: number } }>): KnowledgeProblem[] {
  return pages
    .filter((page) => page.example)
    .map((page) =>
      knowledgeWarning(page.file, page.lines.example, 'this page is example text shipped with the widget, and so are the answers that rest on it: replace each fact with your clinic\'s own, then remove the line example: true'),
    )
}

/** Answers that repeat one of the article's strong claims wait for the clinic's clinician to read them. */
function checkSignoffs(entries: readonly FaqEntry[]): KnowledgeProblem[] {
  return entries.flatMap((entry) =>
    entry.clinical_signoff === 'pending'
      ? [knowledgeWarning(entry.file, entry.lines.clinicalSignoff, 'awaiting clinical sign-off: this answer repeats a strong claim of the article; once your clinician has read it, write their name and the date, like clinical_signoff: "Dr A. Rivera, 2026-12-01"')]
      : [],
  )
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

function* reachableInEveryLanguage(prepared: AnsweringKnowledge): Generator<void, KnowledgeProblem[]> {
  const english = yield* checkReachable(prepared, 'en')
  return prepared.es ? [...english, ...(yield* checkReachable(prepared, 'es'))] : english
}

/** A phrasing that the widget answers with another entry (or not at all) is one no visitor reaches this entry by. */
function* checkReachable(english: AnsweringKnowledge, language: AnswerLanguage): Generator<void, KnowledgeProblem[]> {
  const problems: KnowledgeProblem[] = []
  const prepared = answeringIn(english, language)
  const retriever: Retriever = (language === 'es' ? english.es : undefined) ?? english
  // A turn per phrasing, not per entry: the server runs this once it listens, and an entry's phrasings asked
  // in one turn, on code not yet warm, kept the first visitor after a start waiting a fifth of a second (issue 17).
  for (const entry of retriever.entries.values()) {
    for (const asked of askedWithLines(entry)) {
      yield
      problems.push(...phrasingProblems(prepared, retriever, entry, asked))
    }
  }
  return problems
}

/** What the widget does with one phrasing of `entry`, read as a visitor's question. */
function phrasingProblems(prepared: AnsweringKnowledge, retriever: Retriever, entry: FaqEntry, { text, line }: { text: string; line: number }): KnowledgeProblem[] {
  const { response, trace } = answerQuestion(prepared, text)
  const first = response.answers[0]?.id
  const twin = nearTwin(retriever, text, entry.id)
  if (twin) {
    return [knowledgeWarning(entry.file, line, `"${text}" reads almost exactly like "${twin.closestPhrasing}" of ${retriever.entries.get(twin.id)?.file ?? twin.id} (${twin.id}), so visitors asking it could get either: keep it in one entry only`)]
  }
  if (first === entry.id) return []
  if (response.kind === 'crisis') return [knowledgeWarning(entry.file, line, `"${text}" is read as a crisis message and shows crisis resources: reword it`)]
  if (trace.referral) {
    return [knowledgeWarning(entry.file, line, `"${text}" touches the ask-us-directly topic "${trace.referral}" in clinic.yaml, so the widget refers it to the clinic: remove it here, or take its words out of that topic`)]
  }
  if (!first) {
    return [knowledgeWarning(entry.file, line, `"${text}" gets no answer (the widget is not sure enough): add the words visitors use to the question or phrasings, or a synonym`)]
  }
  const other = retriever.entries.get(first)
  return [knowledgeWarning(entry.file, line, `"${text}" is answered by ${other?.file ?? first} (${first}) instead of this entry: reword it, or move it to that entry`)]
}

/**
 * Another entry's phrasing that this one reads almost exactly like. The intent
 * model learns every phrasing it is given, so a misplaced one would be answered
 * by the entry it was put in; its near twin elsewhere is what gives it away.
 */
const NEAR_TWIN = 0.85
/** Short phrasings differ by one word and mean different things ("how does it work", "how quickly does it work"). */
const TWIN_MIN_WORDS = 6
const TWIN_CANDIDATES = 5
/** Each phrasing's stems, kept per index: every phrasing is compared with the phrasings of five other entries. */
const stemsByIndex = new WeakMap<Retriever['index'], Map<string, ReadonlySet<string>>>()
function wordStems(index: Retriever['index'], text: string): ReadonlySet<string> {
  let stems = stemsByIndex.get(index)
  if (!stems) stemsByIndex.set(index, (stems = new Map()))
  let found = stems.get(text)
  if (!found) stems.set(text, (found = new Set(words(index.analyser.normalise(text)).map(index.analyser.stemOf))))
  return found
}

/** Dice's coefficient over two phrasings' stems, each stem weighted by its rarity, so that "symptoms" against "medicine" outweighs the shared "what kinds of". */
function twinness(index: Retriever['index'], own: ReadonlySet<string>, theirs: ReadonlySet<string>): number {
  let shared = 0
  let total = 0
  for (const stem of own) {
    const weight = rarity(index, stem)
    total += weight
    if (theirs.has(stem)) shared += 2 * weight
  }
  for (const stem of theirs) total += rarity(index, stem)
  return total === 0 ? 0 : shared / total
}

function nearTwin(prepared: Retriever, text: string, ownId: string): { id: string; closestPhrasing: string } | undefined {
  const own = wordStems(prepared.index, text)
  if (own.size < TWIN_MIN_WORDS) return undefined
  for (const hit of searchEntries(prepared.index, understandQuestion(text, prepared.index), TWIN_CANDIDATES)) {
    const other = prepared.entries.get(hit.id)
    if (!other || other.id === ownId) continue
    for (const phrasing of [other.question, ...other.other_phrasings]) {
      const theirs = wordStems(prepared.index, phrasing)
      if (theirs.size >= TWIN_MIN_WORDS && twinness(prepared.index, own, theirs) >= NEAR_TWIN) return { id: other.id, closestPhrasing: phrasing }
    }
  }
  return undefined
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
          knowledgeWarning(entry.file, entry.lines.answer, `this answer says nearly the same as ${earlier.file} (${earlier.id}), so the two compete for the same questions: merge them, or make each answer its own question`),
        )
      }
    }
  })
  return problems
}

/** The chat shows only full https://, tel: and sms: links; anything else leads nowhere, or somewhere no visitor should go. */
function checkLinks(entries: readonly FaqEntry[]): KnowledgeProblem[] {
  return entries.flatMap((entry) => {
    const targets = [...entry.answer.matchAll(/\]\(([^)\s]*)\)|\b(javascript:\S*)|(?<![\w/.])(www\.[^\s)]+)/gi)].map((match) => match[1] ?? match[2] ?? match[3] ?? '')
    return targets.flatMap((target) => {
      if (/^javascript:/i.test(target)) {
        return [knowledgeWarning(entry.file, entry.lines.answer, `the link "${target}" runs a script, which the chat never follows: link to a page, starting with https://`)]
      }
      if (!/^(?:https?:\/\/|tel:|sms:|mailto:)/i.test(target)) {
        return [knowledgeWarning(entry.file, entry.lines.answer, `the link "${target}" is not a full web address, so from the clinic's site it leads nowhere: write it out, starting with https://`)]
      }
      return []
    })
  })
}

const lineStarting = (files: readonly KnowledgeFile[], name: string, start: string) =>
  Math.max(1, (files.find((file) => file.name === name)?.text.split('\n').findIndex((line) => line.replace(/^["']/, '').startsWith(start)) ?? 0) + 1)

/** The chat runs in a frame served by this server, so a path opens this server's page, not the clinic's booking page. */
function checkBookingUrl(clinic: ClinicSettings, files: readonly KnowledgeFile[]): KnowledgeProblem[] {
  if (!clinic.booking_url.startsWith('/')) return []
  return [
    knowledgeWarning(
      files.find((file) => file.name === 'clinic.yaml')?.path ?? 'clinic.yaml',
      lineStarting(files, 'clinic.yaml', 'booking_url:'),
      `"booking_url" is "${clinic.booking_url}", a path on this server, not on your clinic's site: write the full address, like https://your-clinic.example/book`,
    ),
  ]
}

/** A synonym leads visitors' words to ours; if no entry uses our words, or visitors' words can never match, it does nothing. */
function checkSynonyms(knowledge: LanguageKnowledge, files: readonly KnowledgeFile[], { normalise, isStopWord, stemOf }: Analyser, name: string): KnowledgeProblem[] {
  const file = files.find((candidate) => candidate.name === name)
  if (!file) return []
  const stems = (text: string) => words(normalise(text)).filter((word) => !isStopWord(word)).map(stemOf)
  const used = new Set(knowledge.entries.flatMap((entry) => [entry.question, ...entry.other_phrasings, entry.answer].flatMap(stems)))
  return Object.entries(knowledge.synonyms).flatMap(([visitorWords, ourWords]) => {
    const line = lineStarting(files, name, `${visitorWords}:`)
    const problems: KnowledgeProblem[] = []
    if (visitorWords !== visitorWords.toLowerCase()) {
      problems.push(knowledgeWarning(file.path, line, `"${visitorWords}" has capitals, and visitors' words are compared in lower case, so it never matches: write ${visitorWords.toLowerCase()}`))
    }
    const targets = stems(ourWords)
    // A target of only small words ("after") is not for finding entries; there is nothing to check.
    if (targets.length > 0 && !targets.some((stem) => used.has(stem))) {
      problems.push(knowledgeWarning(file.path, line, `"${visitorWords}" leads to "${ourWords}", which no question, phrasing or answer uses, so it finds nothing: use words from an answer, or remove the line`))
    }
    return problems
  })
}
