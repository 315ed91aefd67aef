import { z } from 'zod'

/**
 * The shapes of the files clinic staff edit in `knowledge/`. Messages are
 * written for those staff: they say what is wrong and what to write instead.
 */

const text = (field: string, example: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `"${field}" is missing: add a line like ${field}: ${example}`
          : `"${field}" must be text, like ${field}: ${example}`,
    })
    .trim()
    .min(1, { error: `"${field}" is empty: write something, like ${field}: ${example}` })

const slug = (field: string, example: string) =>
  text(field, example).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: `"${field}" must be lower-case words joined by hyphens, like ${field}: ${example}`,
  })

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

const reviewedDate = text('reviewed', '2026-01-31').refine(
  (value) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
  { error: (issue) => `"reviewed" must be a date like 2026-01-31, got "${String(issue.input)}"` },
)

const httpUrl = (field: string, example: string) =>
  text(field, example).refine((value) => /^https?:\/\/[^\s]+$/.test(value) || /^\/[^\s]*$/.test(value), {
    error: `"${field}" must be a web address starting with https:// (or a path starting with /), like ${field}: ${example}`,
  })

export const FAQ_ANSWER_MAX_SENTENCES = 4
export const FAQ_ANSWER_MAX_LENGTH = 700

export const FaqFrontMatterSchema = z.strictObject(
  {
    id: slug('id', 'session-length'),
    question: text('question', '"How long does a session take?"').max(200, {
      error: '"question" is too long: keep it under 200 characters.',
    }),
    other_phrasings: z
      .array(text('other_phrasings', '"how long r the sessions"'), {
        error: '"other_phrasings" must be a list of other ways visitors ask this, one per line starting with "  - "',
      })
      .min(3, { error: '"other_phrasings" needs at least three other ways visitors ask this question' }),
    source: z.strictObject(
      {
        article: slug('article', 'long-covid-ketamine'),
        section: text('section', '"Ketamine Administration: Routes, Dosages, and Safety Considerations"'),
        quote: text('quote', '"the sentence of the article this answer rests on"'),
      },
      { error: '"source" must list the article, the section and the quote this answer rests on' },
    ),
    reviewed: reviewedDate,
  },
  { error: 'the front matter must be a list of "key: value" lines between the two --- lines' },
)
export type FaqFrontMatter = z.infer<typeof FaqFrontMatterSchema>

export const ArticleFrontMatterSchema = z.strictObject({
  title: text('title', '"From Despair to Relief"'),
  url: z
    .string({ error: '"url" must be a web address in quotes, or "" to use the copy this server shows' })
    .trim()
    .refine((value) => value === '' || /^https?:\/\/[^\s]+$/.test(value), {
      error: '"url" must start with https:// (your blog post), or be "" to use the copy this server shows',
    })
    .default(''),
})
export type ArticleFrontMatter = z.infer<typeof ArticleFrontMatterSchema>

export const ResourceSettingSchema = z.strictObject(
  {
    label: text('label', '"988 Suicide & Crisis Lifeline (call or text 988)"'),
    phone: z.string().trim().regex(/^\+?[0-9][0-9 ()-]*$/, { error: '"phone" must be a phone number, like "988" or "+1 555 010 0199"' }).optional(),
    sms: z.string().trim().regex(/^[0-9]+$/, { error: '"sms" must be a number to text, like "741741"' }).optional(),
    url: httpUrl('url', 'https://988lifeline.org').optional(),
  },
  { error: 'each resource needs a label and a phone, sms or url' },
).refine((resource) => resource.phone ?? resource.sms ?? resource.url, {
  error: 'this resource needs a phone, an sms number or a url, so visitors can reach it',
})

const crisisScreen = (name: string) =>
  z.strictObject(
    {
      message: text('message', '"You are not alone. Please reach out now:"'),
      resources: z.array(ResourceSettingSchema).min(1, { error: `"${name}" needs at least one resource` }),
    },
    { error: `"${name}" must have a message and a list of resources` },
  )

export const ReferralTopicSchema = z.strictObject(
  {
    topic: text('topic', '"pregnancy and breastfeeding"'),
    words: z
      .array(text('words', 'pregnant'), { error: '"words" must be a list of the words visitors use for this topic, like [pregnant, pregnancy]' })
      .min(1, { error: '"words" needs at least one word' }),
  },
  { error: 'each topic needs a "topic" name and a list of "words"' },
)
export type ReferralTopic = z.infer<typeof ReferralTopicSchema>

const askUsDirectlyMessage = text('ask_us_directly_message', '"Questions about {topic} need an answer from our team."').refine((message) => message.includes('{topic}'), {
  error: '"ask_us_directly_message" must contain {topic}, where the topic name goes',
})

const starterQuestions = z
  .array(text('starter_questions', '"How long does a session take?"'), {
    error: '"starter_questions" must be a list of questions, one per line starting with "  - "',
  })
  .min(1, { error: '"starter_questions" needs at least one question' })
  .max(6, { error: '"starter_questions" shows at most 6 questions: remove some' })

const resources = (name: string) => z.array(ResourceSettingSchema).min(1, { error: `"${name}" needs at least one resource` })

/**
 * The clinic's words in one more language, under `languages:` in clinic.yaml
 * (issue 15). Every field is optional and has the English field's name, so
 * staff copy the English lines and translate them; a missing field is shown
 * in English, and `knowledge:check` lists what each language lacks. Topic
 * names are translated by their English name: "pregnancy and breastfeeding":
 * "el embarazo y la lactancia".
 */
export const ClinicTranslationSchema = z.strictObject(
  {
    name: text('name', '"Clínica Riverside"').optional(),
    greeting: text('greeting', '"¡Hola! Pregúnteme sobre la terapia con ketamina."').optional(),
    disclaimer: text('disclaimer', '"Información general, no consejo médico."').optional(),
    starter_questions: starterQuestions.optional(),
    fallback_message: text('fallback_message', '"Lo siento, no puedo responder a eso."').optional(),
    ask_us_directly_message: askUsDirectlyMessage.optional(),
    ask_us_directly_topics: z
      .record(z.string(), text('ask_us_directly_topics', '"pregnancy and breastfeeding": "el embarazo y la lactancia"'), {
        error: '"ask_us_directly_topics" must be lines of "English topic": "the topic in this language"',
      })
      .optional(),
    call_us_label: text('call_us_label', '"Llámenos: {phone}"').optional(),
    booking_label: text('booking_label', '"Reservar una cita"').optional(),
    crisis: z
      .strictObject(
        {
          self_harm: z.strictObject({ message: text('message', '"No está solo."').optional(), resources: resources('self_harm').optional() }).optional(),
          emergency: z.strictObject({ message: text('message', '"Llame al 911 ahora."').optional(), resources: resources('emergency').optional() }).optional(),
          topic_resources: resources('topic_resources').optional(),
        },
        { error: '"crisis" may have self_harm, emergency and topic_resources, as in English' },
      )
      .optional(),
  },
  { error: 'each language must be a list of "field: text" lines, with the English field names' },
)
export type ClinicTranslation = z.infer<typeof ClinicTranslationSchema>

export const ClinicSettingsSchema = z.strictObject({
  name: text('name', '"Riverside Clinic"'),
  greeting: text('greeting', '"Hi! Ask me about ketamine therapy."'),
  disclaimer: text('disclaimer', '"General information, not medical advice."'),
  starter_questions: starterQuestions,
  booking_url: httpUrl('booking_url', 'https://your-clinic.example/book'),
  phone: text('phone', '"+1 555 010 0199"').regex(/^\+?[0-9][0-9 ()-]*$/, {
    error: '"phone" must be a phone number, like "+1 555 010 0199"',
  }),
  fallback_message: text('fallback_message', '"I\'m sorry, I can\'t answer that. Please contact us."'),
  ask_us_directly: z
    .array(ReferralTopicSchema, { error: '"ask_us_directly" must be a list of topics, each with a topic name and its words' })
    .default([]),
  ask_us_directly_message: askUsDirectlyMessage.default('Questions about {topic} need an answer from our team, who can look at your situation. Please call us or book an appointment.'),
  crisis: z.strictObject(
    {
      self_harm: crisisScreen('self_harm'),
      emergency: crisisScreen('emergency'),
      topic_resources: resources('topic_resources'),
    },
    { error: '"crisis" must have self_harm, emergency and topic_resources' },
  ),
  // The labels of the contact links under a fallback; {phone} is replaced by the clinic's phone.
  call_us_label: text('call_us_label', '"Call us: {phone}"').default('Call us: {phone}'),
  booking_label: text('booking_label', '"Book an appointment"').default('Book an appointment'),
  languages: z
    .record(z.string().regex(/^[a-z]{2,3}$/, { error: 'each language under "languages" must be a two-letter code, like es' }), ClinicTranslationSchema, {
      error: '"languages" must list language codes, each with its texts, like\nlanguages:\n  es:\n    greeting: "¡Hola!"',
    })
    .default({}),
})
export type ClinicSettings = z.infer<typeof ClinicSettingsSchema>
export type ResourceSetting = z.infer<typeof ResourceSettingSchema>

export const SynonymsSchema = z.record(
  z.string().trim().min(1),
  text('synonym', 'iv infusion'),
  { error: 'synonyms must be "visitor words: our words" lines' },
)
export type Synonyms = z.infer<typeof SynonymsSchema>
