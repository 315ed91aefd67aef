import type { KnowledgeFile } from './knowledge.js'
import { knowledgeError, knowledgeWarning, type KnowledgeProblem } from './problems.js'
import type { ClinicSettings, ClinicTranslation } from './schema.js'
import { parseYaml } from './yaml-file.js'

/**
 * The clinic's words in the visitor's language (issue 15): English is the
 * clinic.yaml fields themselves, every other language the `languages:` block,
 * and whatever a language lacks stays English, field by field.
 */

/** `es-MX` → `es` when the clinic has Spanish texts; anything else (or nothing) → English, as null. */
export function clinicLanguage(clinic: ClinicSettings, tag: string | undefined): string | null {
  const language = tag?.toLowerCase().split('-')[0]
  return language && Object.hasOwn(clinic.languages, language) ? language : null
}

/** The clinic settings with one language's texts in place of the English ones it has. */
export function clinicIn(clinic: ClinicSettings, language: string | null): ClinicSettings {
  const texts: ClinicTranslation | undefined = language === null ? undefined : clinic.languages[language]
  if (!texts) return clinic
  const { crisis, ask_us_directly_topics: topics = {}, ask_us_directly_words: topicWords = {}, ...fields } = texts
  return {
    ...clinic,
    ...fields,
    // Visitors writing this language use its words for a topic, and English ones too ("me hicieron un drug test").
    ask_us_directly: clinic.ask_us_directly.map((topic) => ({ ...topic, topic: topics[topic.topic] ?? topic.topic, words: [...topic.words, ...(topicWords[topic.topic] ?? [])] })),
    crisis: {
      self_harm: { ...clinic.crisis.self_harm, ...crisis?.self_harm },
      emergency: { ...clinic.crisis.emergency, ...crisis?.emergency },
      violence: { ...clinic.crisis.violence, ...crisis?.violence },
      check_in: {
        self_harm: { ...clinic.crisis.check_in.self_harm, ...crisis?.check_in?.self_harm },
        emergency: { ...clinic.crisis.check_in.emergency, ...crisis?.check_in?.emergency },
        violence: { ...clinic.crisis.check_in.violence, ...crisis?.check_in?.violence },
      },
      topic_resources: crisis?.topic_resources ?? clinic.crisis.topic_resources,
    },
  }
}

/** The fields of clinic.yaml a language has no text for, as staff write them (`crisis.self_harm.message`). */
export function missingTexts(clinic: ClinicSettings, language: string): string[] {
  const texts = clinic.languages[language] ?? {}
  const fields = ['greeting', 'disclaimer', 'starter_questions', 'fallback_message', 'ask_us_directly_message', 'answer_in_english_note', 'call_us_label', 'booking_label'] as const
  const screens = ['self_harm', 'emergency', 'violence'] as const
  return [
    ...fields.filter((field) => texts[field] === undefined),
    ...screens.flatMap((screen) => (['message', 'resources'] as const).filter((part) => texts.crisis?.[screen]?.[part] === undefined).map((part) => `crisis.${screen}.${part}`)),
    ...screens.flatMap((screen) =>
      (['message', 'resources'] as const).filter((part) => texts.crisis?.check_in?.[screen]?.[part] === undefined).map((part) => `crisis.check_in.${screen}.${part}`),
    ),
    ...(texts.crisis?.topic_resources === undefined ? ['crisis.topic_resources'] : []),
    ...clinic.ask_us_directly.filter(({ topic }) => texts.ask_us_directly_topics?.[topic] === undefined).map(({ topic }) => `ask_us_directly_topics: "${topic}"`),
  ]
}

/**
 * For `knowledge:check`: each language's missing texts (a warning: visitors
 * see those in English) and topic names that match no English topic (an
 * error: that translation is never used).
 */
export function checkLanguages(clinic: ClinicSettings, clinicFile: KnowledgeFile | undefined): KnowledgeProblem[] {
  const parsed = clinicFile && parseYaml(clinicFile.path, clinicFile.text)
  if (!clinicFile || !parsed || Array.isArray(parsed)) return []
  const englishTopics = new Set(clinic.ask_us_directly.map(({ topic }) => topic))
  return Object.entries(clinic.languages).flatMap(([language, texts]) => {
    const problems: KnowledgeProblem[] = []
    const missing = missingTexts(clinic, language)
    if (missing.length > 0) {
      const line = parsed.lineOf(['languages', language])
      problems.push(knowledgeWarning(clinicFile.path, line, `language "${language}" has no text for ${missing.join(', ')}: visitors reading ${language} see these in English until you add them`))
    }
    const named = [
      ...Object.keys(texts.ask_us_directly_topics ?? {}).map((topic) => ({ topic, field: 'ask_us_directly_topics' })),
      ...Object.keys(texts.ask_us_directly_words ?? {}).map((topic) => ({ topic, field: 'ask_us_directly_words' })),
    ]
    for (const { topic, field } of named.filter(({ topic: name }) => !englishTopics.has(name))) {
      const line = parsed.lineOf(['languages', language, field, topic])
      problems.push(knowledgeError(clinicFile.path, line, `"${topic}" is not one of the ask_us_directly topics: copy the English topic name exactly`))
    }
    return problems
  })
}
