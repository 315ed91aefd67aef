import type { z } from 'zod'
import { parseArticleBody, type Article } from './article.js'
import { splitFrontMatter } from './front-matter.js'
import { knowledgeError, type KnowledgeProblem } from './problems.js'
import {
  ArticleFrontMatterSchema,
  ClinicSettingsSchema,
  FAQ_ANSWER_MAX_LENGTH,
  FAQ_ANSWER_MAX_SENTENCES,
  FaqFrontMatterSchema,
  OutOfScopeSchema,
  SynonymsSchema,
  type ClinicSettings,
  type FaqFrontMatter,
  type OutOfScope,
  type Synonyms,
} from './schema.js'
import { parseYaml, schemaProblems, type ParsedYaml } from './yaml-file.js'

/** One FAQ entry as staff wrote it, with the lines its parts sit on. */
export type FaqEntryFile = FaqFrontMatter & {
  answer: string
  file: string
  lines: {
    id: number
    translates: number
    question: number
    otherPhrasings: number[]
    section: number
    quote: number
    reviewed: number
    clinicalSignoff: number
    answer: number
  }
}

export type Parsed<T> = { value: T; problems?: undefined } | { value?: undefined; problems: KnowledgeProblem[] }

function validate<S extends z.ZodType>(file: string, yaml: ParsedYaml, schema: S): Parsed<z.infer<S>> {
  const result = schema.safeParse(yaml.data ?? {})
  return result.success ? { value: result.data } : { problems: schemaProblems(file, yaml, result.error) }
}

export function parseFaqFile(file: string, source: string): Parsed<FaqEntryFile> {
  const split = splitFrontMatter(file, source)
  if ('message' in split) return { problems: [split] }
  const yaml = parseYaml(file, split.frontMatter, split.frontMatterLine)
  if (Array.isArray(yaml)) return { problems: yaml }

  const parsed = validate(file, yaml, FaqFrontMatterSchema)
  const answerProblems = checkAnswer(file, split.body, split.bodyLine)
  if (parsed.problems || answerProblems.length > 0) return { problems: [...(parsed.problems ?? []), ...answerProblems] }

  const front = parsed.value
  return {
    value: {
      ...front,
      answer: split.body,
      file,
      lines: {
        id: yaml.lineOf(['id']),
        translates: yaml.lineOf(['translates']),
        question: yaml.lineOf(['question']),
        otherPhrasings: front.other_phrasings.map((_, index) => yaml.lineOf(['other_phrasings', index])),
        section: yaml.lineOf(['source', 'section']),
        quote: yaml.lineOf(['source', 'quote']),
        reviewed: yaml.lineOf(['reviewed']),
        clinicalSignoff: yaml.lineOf(['clinical_signoff']),
        answer: split.bodyLine,
      },
    },
  }
}

export function countSentences(text: string): number {
  return text.split(/(?<=[.!?])["')\]]*\s+(?=["'(\[]?[A-Z0-9])/).filter((part) => part.trim() !== '').length
}

function checkAnswer(file: string, answer: string, line: number): KnowledgeProblem[] {
  if (answer === '') {
    return [knowledgeError(file, line, 'the answer is empty: write one to four sentences below the second --- line')]
  }
  // Length first, and nothing more on an answer over it: the other checks need not see a long text.
  if (answer.length > FAQ_ANSWER_MAX_LENGTH) {
    return [knowledgeError(file, line, `the answer is ${answer.length} characters long: keep it under ${FAQ_ANSWER_MAX_LENGTH}`)]
  }
  const sentences = countSentences(answer)
  const problems: KnowledgeProblem[] = []
  if (sentences > FAQ_ANSWER_MAX_SENTENCES) {
    problems.push(knowledgeError(file, line, `the answer has ${sentences} sentences: keep it to ${FAQ_ANSWER_MAX_SENTENCES} or fewer, so it fits the chat`))
  }
  if (containsHtmlTag(answer)) {
    problems.push(knowledgeError(file, line, 'the answer contains HTML, which the chat shows as plain text: write plain sentences instead'))
  }
  return problems
}

/**
 * A tag opener (`<a`, `</`, `<!`) with a `>` anywhere after it: what /<[a-z/!][^>]*>/i
 * matches, found in one pass. That regex rescans the rest of the text from every
 * opener, so 160 KB of "<a" took 11 s (issue 14).
 */
export function containsHtmlTag(text: string): boolean {
  const opener = text.search(/<[a-z/!]/i)
  return opener !== -1 && text.indexOf('>', opener) !== -1
}

export function parseArticleFile(file: string, slug: string, source: string): Parsed<Article> {
  const split = splitFrontMatter(file, source)
  if ('message' in split) return { problems: [split] }
  const yaml = parseYaml(file, split.frontMatter, split.frontMatterLine)
  if (Array.isArray(yaml)) return { problems: yaml }
  const parsed = validate(file, yaml, ArticleFrontMatterSchema)
  if (parsed.problems) return parsed
  const { title, url, kind, reviewed, example } = parsed.value
  return {
    value: {
      slug,
      title,
      url,
      file,
      ...(kind === 'clinic-facts' && reviewed
        ? { clinicFacts: { reviewed, example, lines: { reviewed: yaml.lineOf(['reviewed']), example: yaml.lineOf(['example']) } } }
        : {}),
      sections: parseArticleBody(title, split.body, split.bodyLine),
    },
  }
}

export function parseClinicFile(file: string, source: string): Parsed<ClinicSettings> {
  const yaml = parseYaml(file, source)
  if (Array.isArray(yaml)) return { problems: yaml }
  return validate(file, yaml, ClinicSettingsSchema)
}

export function parseSynonymsFile(file: string, source: string): Parsed<Synonyms> {
  const yaml = parseYaml(file, source)
  if (Array.isArray(yaml)) return { problems: yaml }
  return validate(file, yaml, SynonymsSchema)
}

export function parseOutOfScopeFile(file: string, source: string): Parsed<OutOfScope> {
  const yaml = parseYaml(file, source)
  if (Array.isArray(yaml)) return { problems: yaml }
  return validate(file, yaml, OutOfScopeSchema)
}
