import { findSection, sectionContains, type Article } from './article.js'
import { parseArticleFile, parseClinicFile, parseFaqFile, parseOutOfScopeFile, parseSynonymsFile, type FaqEntryFile } from './parse.js'
import { closestSentence, describeDifference, nearestHeading } from './closest-text.js'
import { checkFaithfulness, FAITHFULNESS_RULES } from './faithfulness.js'
import { checkTranslations, translationFields } from './translations.js'
import { KNOWLEDGE_SIZE_LIMITS, sizeProblem } from './limits.js'
import { knowledgeError, knowledgeWarning, type KnowledgeProblem } from './problems.js'
import type { ClinicSettings, OutOfScope, Synonyms } from './schema.js'
import { sourceUrl, textFragmentFor } from './source-link.js'

export type FaqEntry = FaqEntryFile & {
  /** The article title, the section heading and the deep link to the sentence the answer rests on. */
  link: { title: string; section: string; url: string }
}

/** The knowledge in one language: its articles, entries, synonyms and questions to refuse. */
export type LanguageKnowledge = {
  synonyms: Synonyms
  /** Questions the widget must not answer, which teach the intent model its out-of-scope class. */
  outOfScope: OutOfScope
  articles: Article[]
  entries: FaqEntry[]
}

/**
 * The clinic's knowledge: English at the top of the folder, and the Spanish
 * translation in `es/` laid out the same way (issue 18), present once it holds
 * an entry. Spanish entries keep the English entry's id and name it in `translates`.
 */
export type Knowledge = LanguageKnowledge & {
  clinic: ClinicSettings
  es?: LanguageKnowledge
}

/** The languages answers are written in; English is the folder's top level, every other one its own folder. */
export type AnswerLanguage = 'en' | 'es'

/**
 * A knowledge file's text, with the path staff see and its path inside the knowledge folder.
 * `bytes` is its size on disk when that is over its limit, and `unreadable` why it was
 * not read (a link leading out of the folder); in both cases `text` was never read.
 */
export type KnowledgeFile = { path: string; name: string; text: string; bytes?: number; unreadable?: string }

const CLINIC_FILE = 'clinic.yaml'
const SYNONYMS_FILE = 'synonyms.yaml'
const OUT_OF_SCOPE_FILE = 'out-of-scope.yaml'
const ARTICLES_FOLDER = 'articles/'
const FAQ_FOLDER = 'faq/'
/** Where each language's files live in the knowledge folder. */
const LANGUAGE_FOLDER: Record<AnswerLanguage, string> = { en: '', es: 'es/' }

/** Where this server shows an article: `/articles/<slug>` in English, `/articles/es/<slug>` in Spanish. */
export function articlePath(slug: string, language: AnswerLanguage = 'en'): string {
  return `/articles/${LANGUAGE_FOLDER[language]}${slug}`
}

export type Assembled = { knowledge?: Knowledge; problems: KnowledgeProblem[] }

/**
 * Parses and cross-checks every knowledge file. Returns the knowledge only when
 * no file has an error, so that a broken edit can never be served.
 */
export function assembleKnowledge(files: KnowledgeFile[]): Assembled {
  return runAtOnce(assemblySteps(files))
}

/** Runs a generator of steps to its end at once: for the checker and tests. */
export function runAtOnce<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/** Time the event loop may be kept from answering questions while a live edit loads. */
const SLICE_MS = 10

/**
 * Runs a generator of steps for a server that is answering questions
 * meanwhile: it gives the event loop back every few milliseconds, so a reload
 * of big knowledge delays no answer by more than a slice (issue 14).
 */
export async function runInTurns<T>(steps: Generator<void, T>): Promise<T> {
  let sliceStart = performance.now()
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    if (performance.now() - sliceStart >= SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve))
      sliceStart = performance.now()
    }
  }
}

/** Assembly as a generator that pauses after each file and each entry's link, so callers choose when to yield. */
export function* assemblySteps(allFiles: KnowledgeFile[]): Generator<void, Assembled> {
  const problems: KnowledgeProblem[] = []
  // Sizes first: an oversized file is refused before any parser (and its cost) sees it.
  const files = allFiles.filter((file) => {
    const problem = file.unreadable ? knowledgeError(file.path, 1, file.unreadable) : sizeProblem(file, file.bytes ?? Buffer.byteLength(file.text))
    if (problem) problems.push(problem)
    return !problem
  })
  const take = <T>(parsed: { value?: T; problems?: KnowledgeProblem[] }): T | undefined => {
    problems.push(...(parsed.problems ?? []))
    return parsed.value
  }
  const byName = (name: string) => files.find((file) => file.name === name)

  problems.push(...files.flatMap(encodingProblem), ...files.flatMap(neverLoaded))

  const clinicFile = byName(CLINIC_FILE)
  const clinic = clinicFile ? take(parseClinicFile(clinicFile.path, clinicFile.text)) : undefined
  if (!clinicFile) problems.push(knowledgeError(CLINIC_FILE, 1, `the clinic settings file is missing: create ${CLINIC_FILE} in the knowledge folder`))

  const english = yield* languageSteps('en', files, problems, take)
  if (!english) return { problems }
  const translated = yield* languageSteps('es', files, problems, take)
  let spanish = translated
  if (translated && files.some((file) => file.name.startsWith(`${LANGUAGE_FOLDER.es}${FAQ_FOLDER}`))) {
    const englishFiles = new Set(files.filter((file) => file.name.startsWith(FAQ_FOLDER)).map((file) => file.name.slice(FAQ_FOLDER.length).replace(/\.md$/, '')))
    const { problems: translationProblems, outdated } = checkTranslations(english.entries, translated.entries, englishFiles)
    problems.push(...translationProblems)
    spanish = { ...translated, entries: translated.entries.filter((entry) => !outdated.has(entry.id)) }
  }

  const hasErrors = problems.some((problem) => problem.severity === 'error')
  return hasErrors || !clinic || !spanish ? { problems } : { knowledge: { clinic, ...english, ...(spanish.entries.length > 0 ? { es: spanish } : {}) }, problems }
}

type Take = <T>(parsed: { value?: T; problems?: KnowledgeProblem[] }) => T | undefined

/** One language's synonyms, questions to refuse, articles and entries, each entry linked to its sentence; undefined when they cannot be served. */
function* languageSteps(language: AnswerLanguage, files: KnowledgeFile[], problems: KnowledgeProblem[], take: Take): Generator<void, LanguageKnowledge | undefined> {
  const folder = LANGUAGE_FOLDER[language]
  const byName = (name: string) => files.find((file) => file.name === `${folder}${name}`)
  const inFolder = (name: string) =>
    files.filter((file) => file.name.startsWith(`${folder}${name}`) && file.name.endsWith('.md')).sort((a, b) => a.name.localeCompare(b.name))

  const synonymsFile = byName(SYNONYMS_FILE)
  const synonyms = synonymsFile ? take(parseSynonymsFile(synonymsFile.path, synonymsFile.text)) : {}
  const outOfScopeFile = byName(OUT_OF_SCOPE_FILE)
  const outOfScope = outOfScopeFile ? take(parseOutOfScopeFile(outOfScopeFile.path, outOfScopeFile.text)) : { in_domain: [], off_topic: [] }

  const articles: Article[] = []
  for (const file of inFolder(ARTICLES_FOLDER)) {
    const article = take(parseArticleFile(file.path, file.name.slice(folder.length + ARTICLES_FOLDER.length, -'.md'.length), file.text))
    if (article) articles.push(article)
    yield
  }

  const faqFolder = `${folder}${FAQ_FOLDER}`
  const faqFiles = inFolder(FAQ_FOLDER)
  if (faqFiles.length > KNOWLEDGE_SIZE_LIMITS.entries) {
    const limit = KNOWLEDGE_SIZE_LIMITS.entries.toLocaleString('en-US')
    problems.push(knowledgeError(faqFolder, 1, `there are ${faqFiles.length.toLocaleString('en-US')} FAQ entries, over the ${limit} the widget serves: merge or remove some`))
    return undefined
  }
  if (faqFiles.length === 0 && language === 'en') problems.push(knowledgeError(FAQ_FOLDER, 1, 'there are no FAQ entries: add at least one .md file to the faq folder'))
  const parsed: Array<{ file: KnowledgeFile; entry: FaqEntryFile }> = []
  for (const file of faqFiles) {
    yield
    const entry = take(parseFaqFile(file.path, file.text))
    if (entry) parsed.push({ file, entry })
  }
  // A copied file keeps its original's id. The original is the file named after the id, so the copy is
  // blamed whichever sorts first, and told to take its own name as its id (issue 13).
  const owners = new Map<string, string>()
  for (const { file, entry } of parsed) {
    if (!owners.has(entry.id) || file.name === `${faqFolder}${entry.id}.md`) owners.set(entry.id, file.path)
  }
  const entries: FaqEntry[] = []
  for (const { file, entry } of parsed) {
    const owner = owners.get(entry.id)
    if (owner !== file.path) {
      const ownName = file.name.slice(faqFolder.length).replace(/\.md$/, '')
      problems.push(knowledgeError(file.path, entry.lines.id, `the id "${entry.id}" is already used by ${owner}: this file looks like a copy of it; give it its own id, like id: ${ownName}`))
      continue
    }
    if (file.name !== `${faqFolder}${entry.id}.md`) {
      problems.push(knowledgeWarning(file.path, entry.lines.id, `the id "${entry.id}" differs from the file name: rename the file to ${entry.id}.md so it is easy to find`))
    }
    problems.push(...translationFields(language, entry))
    const link = linkFor(entry, articles, problems, language)
    if (link) entries.push({ ...entry, link })
  }
  return synonyms && outOfScope ? { synonyms, outOfScope, articles, entries } : undefined
}

/**
 * Node reads every file as UTF-8; a byte that is not UTF-8 becomes U+FFFD. That is
 * a file saved as Windows-1252 (Word's and Notepad's curly quotes and dashes), which
 * would otherwise surface as a quote that matches nothing.
 */
function encodingProblem(file: KnowledgeFile): KnowledgeProblem[] {
  const line = file.text.split('\n').findIndex((text) => text.includes('\uFFFD'))
  if (line === -1) return []
  return [
    knowledgeError(
      file.path,
      line + 1,
      'this file is not saved as UTF-8: a character on this line cannot be read (often a curly quote or a dash saved as Windows-1252 by Word or Notepad). In your editor, save it as UTF-8 (Save As, Encoding: UTF-8), then retype that character',
    ),
  ]
}

/** A new entry saved as walk-ins.md.txt or parking.MD would never load, and nothing would say why. */
function neverLoaded(file: KnowledgeFile): KnowledgeProblem[] {
  const folder = Object.values(LANGUAGE_FOLDER)
    .flatMap((language) => [`${language}${FAQ_FOLDER}`, `${language}${ARTICLES_FOLDER}`])
    .find((candidate) => file.name.startsWith(candidate))
  if (!folder || file.name.endsWith('.md')) return []
  const base = file.name.slice(folder.length)
  const suggested = `${base.replace(/(?:\.[^./]+)+$/, '')}.md`
  return [knowledgeWarning(file.path, 1, `this file is never loaded, since only files ending in .md are read here: rename it to ${suggested}`)]
}

function linkFor(entry: FaqEntryFile, articles: Article[], problems: KnowledgeProblem[], language: AnswerLanguage): FaqEntry['link'] | undefined {
  const { article: slug, section: heading, quote } = entry.source
  const article = articles.find((candidate) => candidate.slug === slug)
  if (!article) {
    const known = articles.map((candidate) => `"${candidate.slug}"`).join(', ') || 'none yet'
    problems.push(knowledgeError(entry.file, entry.lines.section - 1, `source article "${slug}" is not in the articles folder (known: ${known}): fix the name or add ${LANGUAGE_FOLDER[language]}${ARTICLES_FOLDER}${slug}.md`))
    return undefined
  }
  const section = findSection(article, heading)
  if (!section) {
    problems.push(knowledgeError(entry.file, entry.lines.section, `section "${heading}" is not a heading of ${article.file}: copy the heading exactly: the nearest is "${nearestHeading(article, heading)}"`))
    return undefined
  }
  if (!sectionContains(section, quote)) {
    const elsewhere = article.sections.find((candidate) => sectionContains(candidate, quote))
    const closest = elsewhere ? undefined : closestSentence(article, quote)
    problems.push(
      knowledgeError(
        entry.file,
        entry.lines.quote,
        elsewhere
          ? `the quote is in section "${elsewhere.heading}", not "${heading}": change the section`
          : closest
            ? `the quote differs from the article's closest sentence, in section "${closest.section.heading}": ${describeDifference(closest.sentence, quote)}. Copy the sentence exactly: "${closest.sentence}"`
            : `the quote is not in section "${heading}" of ${article.file}: copy the sentence exactly as the article writes it`,
      ),
    )
    return undefined
  }
  // The clinic's own facts are its word, not a reading of published text: nothing to stay faithful to.
  if (!article.clinicFacts) problems.push(...checkFaithfulness(entry, article, FAITHFULNESS_RULES[language]))
  return { title: article.title, section: section.heading, url: sourceUrl(article.url || articlePath(article.slug, language), textFragmentFor(article, section, quote)) }
}
