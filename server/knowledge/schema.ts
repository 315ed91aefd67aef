import * as z from 'zod'

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

/** A stand-in origin for this server: a path is same-site only if it resolves onto it. */
const THIS_SERVER = 'https://this-server.invalid'

/**
 * A link visitors may be sent to: an absolute https address, or a path on this
 * server. Judged by parsing it as a browser does, not by its first characters:
 * "//evil.example/book" and "/\\evil.example/book" start with "/" yet open
 * another site (issue 14). Credentials in a link only serve to disguise its host.
 */
export function isSafeLink(value: string): boolean {
  if (/[\s\\]/.test(value) || !URL.canParse(value, THIS_SERVER)) return false
  const url = new URL(value, THIS_SERVER)
  if (url.username || url.password) return false
  return value.startsWith('/') ? url.origin === THIS_SERVER : url.protocol === 'https:' && /^https:\/\/[^/]/i.test(value)
}

const httpUrl = (field: string, example: string) =>
  text(field, example).refine(isSafeLink, {
    error: `"${field}" must be a web address starting with https:// (or a path on this server starting with a single /), like ${field}: ${example}`,
  })

/**
 * What is wrong with a phone number, in words, or undefined if it is one. US numbers as people
 * write them are accepted ((555) 234-5678, 555.234.5678, +1 555 234 5678), and short codes
 * like 988 and 911; a reason names the problem instead of "must be a phone number".
 */
export function phoneProblem(value: string): string | undefined {
  if (/[a-z]/i.test(value)) return 'has letters: write the number in digits, without an extension, like (555) 234-5678'
  const odd = /[^\d\s().+-]/.exec(value)
  if (odd) return `has "${odd[0]}", which a phone number cannot hold: use digits, spaces, dashes, dots and brackets, like (555) 234-5678`
  if ((value.match(/\(/g) ?? []).length !== (value.match(/\)/g) ?? []).length) return 'a bracket is not closed: write it like (555) 234-5678'
  if (value.lastIndexOf('+') > 0) return 'has a "+" inside it: a "+" may only start the number, like +1 555 234 5678'
  const digits = value.replace(/\D/g, '')
  if (value.startsWith('+') ? digits.length >= 8 && digits.length <= 15 : /^(?:\d{3,6}|\d{10}|1\d{10})$/.test(digits)) return undefined
  return `has ${digits.length} digits: a US number has 10, like (555) 234-5678, or 11 starting with 1; a short number like 988 has 3 to 6`
}

const phoneNumber = (field: string, example: string) =>
  text(field, example).superRefine((value, context) => {
    const problem = phoneProblem(value)
    if (problem) context.addIssue({ code: 'custom', message: `"${field}" "${value}" ${problem}` })
  })

/**
 * A clinician's sign-off on an answer that repeats one of the article's strong,
 * unhedged claims: "pending" until they have read it, then their name and the date.
 */
const clinicalSignoff = z
  .string({ error: '"clinical_signoff" must be pending, or the reviewer\'s name and date, like "Dr A. Rivera, 2026-12-01"' })
  .trim()
  .refine((value) => value === 'pending' || /^\S.*,\s*\d{4}-\d{2}-\d{2}$/.test(value), {
    error: (issue) => `"clinical_signoff" must be pending, or the reviewer's name and date like "Dr A. Rivera, 2026-12-01", got "${String(issue.input)}"`,
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
    review_note: text('review_note', '"The section\'s research limits are about dosing, not about this answer."').max(500).optional(),
    clinical_signoff: clinicalSignoff.optional(),
    show_crisis_lines: z
      .boolean({ error: '"show_crisis_lines" must be true or false' })
      .default(false),
    /** A translation (knowledge/es/faq/) names the English entry it translates (issue 18). */
    translates: slug('translates', 'session-length').optional(),
    /** A translation made without the clinic is "pending" until a fluent reviewer has read it, then their name and the date. */
    translation_review: z
      .string({ error: '"translation_review" must be pending, or the reviewer\'s name and date, like "M. Ortiz, 2026-12-01"' })
      .trim()
      .refine((value) => value === 'pending' || /^\S.*,\s*\d{4}-\d{2}-\d{2}$/.test(value), {
        error: (issue) => `"translation_review" must be pending, or the reviewer's name and date like "M. Ortiz, 2026-12-01", got "${String(issue.input)}"`,
      })
      .optional(),
  },
  { error: 'the front matter must be a list of "key: value" lines between the two --- lines' },
)
export type FaqFrontMatter = z.infer<typeof FaqFrontMatterSchema>

export const ArticleFrontMatterSchema = z
  .strictObject({
    title: text('title', '"From Despair to Relief"'),
    url: z
      .string({ error: '"url" must be a web address in quotes, or "" to use the copy this server shows' })
      .trim()
      .refine((value) => value === '' || (isSafeLink(value) && !value.startsWith('/')), {
        error: '"url" must start with https:// (your blog post), or be "" to use the copy this server shows',
      })
      .default(''),
    /**
     * An article is published text the answers must stay faithful to; a clinic-facts page is what
     * the clinic itself states (hours, parking, payment), so the faithfulness rules do not apply,
     * and the page carries its own review date instead.
     */
    kind: z
      .enum(['article', 'clinic-facts'], { error: '"kind" must be article (the default, for published text) or clinic-facts (your clinic\'s own facts)' })
      .default('article'),
    reviewed: reviewedDate.optional(),
    /** Shipped demo text the clinic has not replaced yet; knowledge:check and the log warn until it is removed. */
    example: z.boolean({ error: '"example" must be true or false' }).default(false),
  })
  .refine((page) => page.kind !== 'clinic-facts' || page.reviewed !== undefined, {
    path: ['reviewed'],
    error: 'a clinic-facts page needs the day its facts were last checked: add a line like reviewed: 2026-01-31',
  })
  .refine((page) => page.kind === 'clinic-facts' || (page.reviewed === undefined && !page.example), {
    error: '"reviewed" and "example" belong on a clinic-facts page: add kind: clinic-facts, or remove them',
  })
export type ArticleFrontMatter = z.infer<typeof ArticleFrontMatterSchema>

export const ResourceSettingSchema = z.strictObject(
  {
    label: text('label', '"988 Suicide & Crisis Lifeline (call or text 988)"'),
    phone: phoneNumber('phone', '"988"').optional(),
    sms: z.string().trim().regex(/^[0-9]+$/, { error: '"sms" must be a number to text, like "741741"' }).optional(),
    /** The keyword the line asks texters to send ("text HOME to 741741"), put in the visitor's new message for them. */
    sms_body: z
      .string({ error: '"sms_body" must be the words to text, like "HOME"' })
      .trim()
      .min(1, { error: '"sms_body" must be the words to text, like "HOME"' })
      .max(160, { error: '"sms_body" must fit in one text message (160 characters)' })
      .optional(),
    url: httpUrl('url', 'https://988lifeline.org').optional(),
  },
  { error: 'each resource needs a label and a phone, sms or url' },
)
  .refine((resource) => resource.phone ?? resource.sms ?? resource.url, {
    error: 'this resource needs a phone, an sms number or a url, so visitors can reach it',
  })
  .refine((resource) => resource.sms_body === undefined || resource.sms !== undefined, {
    path: ['sms_body'],
    error: '"sms_body" needs an "sms" number to text it to',
  })

const LIFELINE = { label: '988 Suicide & Crisis Lifeline: call or text 988', phone: '988', sms: '988' }
const CALL_911 = { label: 'In immediate danger? Call 911', phone: '911' }
const DOMESTIC_VIOLENCE = { label: 'National Domestic Violence Hotline: call 800-799-7233 or text START to 88788', phone: '800-799-7233', sms: '88788', sms_body: 'START' }
const RAINN = { label: 'RAINN Sexual Assault Hotline: call 800-656-4673', phone: '800-656-4673' }

/**
 * US help lines for the screens a clinic's settings may not name yet: a missing
 * setting must never leave a person in danger without a line to call.
 */
const DEFAULT_HELP = {
  violence: {
    message: 'Your safety comes first. If you are in danger right now, call 911. These services are free, confidential and available 24/7.',
    resources: [CALL_911, DOMESTIC_VIOLENCE, RAINN],
  },
  checkIn: {
    self_harm: { message: "It sounds like things may be really hard right now. You don't have to go through it alone; you can talk to someone any time, day or night.", resources: [LIFELINE, CALL_911] },
    emergency: { message: 'If this is happening now or getting worse, please call 911 or go to the nearest emergency room.', resources: [CALL_911, LIFELINE] },
    violence: { message: "I'm sorry that happened to you. You deserve support, and these services are free, confidential and available 24/7.", resources: [RAINN, DOMESTIC_VIOLENCE, CALL_911] },
  },
}

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
    /** Phrases in which a topic word does not name the topic: "kids at home" is about the visitor's day, not about treating children. */
    except: z
      .array(text('except', 'kids at home'), { error: '"except" must be a list of phrases in which the topic\'s words are not the topic, like [kids at home, grown children]' })
      .optional(),
  },
  { error: 'each topic needs a "topic" name and a list of "words" (and, if you like, "except" phrases)' },
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
const translatedScreen = (name: string) =>
  z.strictObject({ message: text('message', '"No está solo."').optional(), resources: resources(name).optional() }).optional()

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
    /** Said above an English answer given to a visitor writing in this language, when its entry has no translation yet (issue 18). */
    answer_in_english_note: text('answer_in_english_note', '"Esta respuesta aún no está traducida; se la mostramos en inglés."').optional(),
    /** Visitors' words in this language for each ask-us-directly topic, by its English name: "pregnancy and breastfeeding": [embarazada, embarazo]. */
    ask_us_directly_words: z
      .record(z.string(), z.array(text('ask_us_directly_words', 'embarazada')), {
        error: '"ask_us_directly_words" must be lines of "English topic": [words, in, this, language]',
      })
      .optional(),
    call_us_label: text('call_us_label', '"Llámenos: {phone}"').optional(),
    booking_label: text('booking_label', '"Reservar una cita"').optional(),
    crisis: z
      .strictObject(
        {
          self_harm: translatedScreen('self_harm'),
          emergency: translatedScreen('emergency'),
          violence: translatedScreen('violence'),
          check_in: z
            .strictObject({ self_harm: translatedScreen('check_in.self_harm'), emergency: translatedScreen('check_in.emergency'), violence: translatedScreen('check_in.violence') })
            .optional(),
          topic_resources: resources('topic_resources').optional(),
        },
        { error: '"crisis" may have self_harm, emergency, violence, check_in and topic_resources, as in English' },
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
  phone: phoneNumber('phone', '"+1 555 010 0199"'),
  fallback_message: text('fallback_message', '"I\'m sorry, I can\'t answer that. Please contact us."'),
  ask_us_directly: z
    .array(ReferralTopicSchema, { error: '"ask_us_directly" must be a list of topics, each with a topic name and its words' })
    .default([]),
  ask_us_directly_message: askUsDirectlyMessage.default('Questions about {topic} need an answer from our team, who can look at your situation. Please call us or book an appointment.'),
  crisis: z.strictObject(
    {
      self_harm: crisisScreen('self_harm'),
      emergency: crisisScreen('emergency'),
      violence: crisisScreen('violence').default(DEFAULT_HELP.violence),
      check_in: z
        .strictObject(
          {
            self_harm: crisisScreen('check_in.self_harm').default(DEFAULT_HELP.checkIn.self_harm),
            emergency: crisisScreen('check_in.emergency').default(DEFAULT_HELP.checkIn.emergency),
            violence: crisisScreen('check_in.violence').default(DEFAULT_HELP.checkIn.violence),
          },
          { error: '"check_in" must have self_harm, emergency and violence, each a message and resources: shown above the answer when a message carries distress signals' },
        )
        .default(DEFAULT_HELP.checkIn),
      topic_resources: resources('topic_resources'),
    },
    { error: '"crisis" must have self_harm, emergency, violence, check_in and topic_resources' },
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

/** Questions the widget must not answer: the out-of-scope examples the intent model learns to refuse. */
export const OutOfScopeSchema = z.strictObject(
  {
    in_domain: z.array(text('in_domain', '"how much is one infusion in dollars"').max(500)).default([]),
    off_topic: z.array(text('off_topic', '"what is the weather tomorrow"').max(500)).default([]),
  },
  { error: 'out-of-scope.yaml must have two lists, in_domain: and off_topic:, one question per line starting with "  - "' },
)
export type OutOfScope = z.infer<typeof OutOfScopeSchema>
