import type { Answer, AskResponse, CheckIn, Resource } from '../http/api-schema.js'
import type { AnswerLanguage, FaqEntry, Knowledge, LanguageKnowledge } from '../knowledge/knowledge.js'
import type { ResourceSetting } from '../knowledge/schema.js'
import { confidence, type RankedEvidence } from './decide.js'
import type { Evidence } from './evidence.js'
import type { IntentModel } from './intent.js'
import { intentModelFor } from './intent-training.js'
import { understandQuestion, type Question } from './question.js'
import { compileReferrals, findReferralTopic, type ReferralTable } from './referral.js'
import { assessSafety, type FaqLikeness, type HelpCategory, type SafetyAssessment } from './safety-assessment.js'
import { weighEvidence } from './evidence.js'
import { findFocus } from './focus.js'
import { searchEntries } from './search.js'
import { retrieve, type Retrieval } from './retrieve.js'
import { buildSearchIndex, type SearchIndex } from './search-index.js'
import { SPANISH, type Analyser } from './analyser.js'
import { answeringIn } from './in-language.js'
import { isMixedLanguage, pageLanguage, visitorLanguage } from './language.js'

/** One language's entries ready to search: its own index and intent model. */
export type Retriever = {
  index: SearchIndex
  intent: IntentModel
  entries: ReadonlyMap<string, FaqEntry>
}

/** Knowledge ready to answer from: built once per knowledge version, then only read. */
export type AnsweringKnowledge = Retriever & {
  knowledge: Knowledge
  referrals: ReferralTable
  /** The language of the clinic's texts, and of the answers where the entries have it (answeringIn). */
  language: AnswerLanguage
  /** The Spanish entries, when the knowledge has them (issue 18). */
  es?: Retriever
}

function retrieverFor(knowledge: LanguageKnowledge, index: SearchIndex): Retriever {
  return { index, intent: intentModelFor(knowledge, index), entries: new Map(knowledge.entries.map((entry) => [entry.id, entry])) }
}

/**
 * Knowledge is never changed once assembled, so what is built from it is kept with it: the check,
 * the store that serves it and the later phrasing warnings all read one build instead of each
 * training its own intent models (about half a second apiece).
 */
const preparedOnce = new WeakMap<Knowledge, AnsweringKnowledge>()

/** Each language's search index, built from the knowledge or read back from a snapshot of it (knowledge/snapshot.ts). */
export type SearchIndexes = { en: SearchIndex; es?: SearchIndex }

/** `indexes`, when given, are the ones `buildSearchIndexes` made from this very knowledge, kept in a snapshot. */
export function prepareKnowledge(knowledge: Knowledge, indexes?: SearchIndexes): AnsweringKnowledge {
  let prepared = preparedOnce.get(knowledge)
  if (!prepared) preparedOnce.set(knowledge, (prepared = buildAnsweringKnowledge(knowledge, indexes ?? buildSearchIndexes(knowledge))))
  return prepared
}

export function buildSearchIndexes(knowledge: Knowledge): SearchIndexes {
  const { es } = knowledge
  return { en: buildSearchIndex(knowledge.entries, knowledge.synonyms), ...(es ? { es: buildSearchIndex(es.entries, es.synonyms, SPANISH) } : {}) }
}

function buildAnsweringKnowledge(knowledge: Knowledge, indexes: SearchIndexes): AnsweringKnowledge {
  const { es } = knowledge
  return {
    knowledge,
    ...retrieverFor(knowledge, indexes.en),
    referrals: compileReferrals(knowledge.clinic.ask_us_directly),
    language: 'en',
    ...(es ? { es: retrieverFor(es, indexes.es ?? buildSearchIndex(es.entries, es.synonyms, SPANISH)) } : {}),
  }
}

/**
 * A visitor's message answered in their language: the entries of the language
 * the message is written in, or of the widget's `lang` when the message is
 * unsure. The clinic's texts (fallback, ask us directly, crisis lines) follow
 * the widget's `lang`, as since issue 15, and Spanish whenever the message is
 * Spanish. What HTTP and the evaluation call.
 */
export function answerVisitor(prepared: AnsweringKnowledge, text: string, lang?: string): { response: AskResponse; trace: AnswerTrace } {
  const answers = visitorLanguage(text, lang)
  return answerQuestion(answeringIn(prepared, answers === 'es' ? 'es' : pageLanguage(lang)), text, answers)
}

/** Why a question got the response it got: for staff, the evaluation and tests, never for visitors. */
export type AnswerTrace = { question: Question; safety: SafetyAssessment; referral?: string; retrieval?: Retrieval; language: AnswerLanguage }

const MAX_SUGGESTIONS = 3

/**
 * The whole answer pipeline, pure: safety first, then the clinic's
 * ask-us-directly topics, then retrieval and the decision to answer or abstain.
 * HTTP, the staff's try command, the evaluation and the benchmark all call
 * this one function.
 */
export function answerQuestion(prepared: AnsweringKnowledge, text: string, answerLanguage: AnswerLanguage = prepared.language): { response: AskResponse; trace: AnswerTrace } {
  const { clinic } = prepared.knowledge
  const retriever = answerLanguage === 'es' && prepared.es ? prepared.es : prepared
  const language: AnswerLanguage = retriever === prepared ? 'en' : 'es'
  // Safety reads the English normalisation in every language: its rules hold English and Spanish patterns over it.
  const english = understandQuestion(text, prepared.index)
  const question = retriever === prepared ? english : understandQuestion(text, retriever.index)
  // The asking part of a long message is read at most once: by the safety assessment when it sees some risk, then by retrieval.
  let asking: { part: Question | undefined } | undefined
  const askingOnce = () => (asking ??= { part: askingPart(retriever.index, text) }).part
  const safety = assessSafety(english.normalised, () => faqLikenessOf(retriever, question, askingOnce))

  if (safety.kind === 'crisis') {
    const screen = clinic.crisis[SCREENS[safety.category]]
    return {
      response: { kind: 'crisis', answers: [], message: screen.message, resources: screen.resources.map(toResource) },
      trace: { question, safety, language },
    }
  }

  // A check-in leads whatever follows, so a visitor in distress never first reads "call us or book".
  const checkIn: { checkIn?: CheckIn } = safety.kind === 'check-in' ? { checkIn: checkInFor(prepared.knowledge, safety.category) } : {}
  const topicResources = safety.kind === 'sensitive-topic' ? clinic.crisis.topic_resources.map(toResource) : []
  // Each reading in its own word order: an "except" phrase ("kids at home") must not hide the same word said again elsewhere.
  const wordsOf = (read: Question) => read.words.map((word) => word.word)
  const referral = referralTopic(prepared, wordsOf(english), text) ?? (question === english ? undefined : referralTopic(prepared, wordsOf(question), text))
  const fallback = (message: string, suggestions: string[]): AskResponse => ({
    kind: 'fallback',
    answers: [],
    message,
    resources: [...topicResources, ...contactResources(prepared.knowledge)],
    suggestions,
    ...checkIn,
  })
  if (referral) {
    return {
      response: fallback(clinic.ask_us_directly_message.replace('{topic}', referral), clinic.starter_questions.slice(0, MAX_SUGGESTIONS)),
      trace: { question, safety, referral, language },
    }
  }

  const retrieval = retrieve(retriever.index, retriever.intent, question, askingOnce())
  const trace = { question, safety, retrieval, language }
  const answered = (evidence: readonly RankedEvidence[], from: Retriever, message?: string): { response: AskResponse; trace: AnswerTrace } => {
    const answers = evidence.map((found) => toAnswer(from, found))
    // An entry about suicidal thoughts carries the 988 line whatever the visitor typed ("jama psychiatry ketamine study").
    const carriesCrisisLines = evidence.some((found) => from.entries.get(found.id)?.show_crisis_lines)
    const resources = topicResources.length > 0 || !carriesCrisisLines ? topicResources : clinic.crisis.topic_resources.map(toResource)
    return { response: { kind: 'answer', answers, ...(message ? { message } : {}), ...(resources.length > 0 ? { resources } : {}), ...checkIn }, trace }
  }

  const mixed = isMixedLanguage(text)
  // In a message written in both languages, an answer only the intent model vouches for (its words barely cover the
  // question, as "what is the niebla mental ... con eso" covers "mental" and "help") gives way to what the other language's words find.
  const vouchedOnlyByModel = retrieval.kind === 'answer' && confidence(retrieval.answers[0]!) === undefined
  if (retrieval.kind === 'answer' && !(mixed && vouchedOnlyByModel)) return answered(retrieval.answers, retriever)
  // The other language's entries are read for a Spanish message (an entry not yet translated) or for one written in both.
  const inSpanish = retriever !== prepared
  const other = inSpanish ? prepared : prepared.es
  const across = other && (inSpanish || mixed) ? answerInOtherLanguage(other, retriever.index.analyser, text) : undefined
  if (across && inSpanish && across.every((evidence) => !retriever.entries.has(evidence.id))) {
    return answered(across, prepared, prepared.knowledge.clinic.languages.es?.answer_in_english_note)
  }
  if (across && mixed && across.every((evidence) => retriever.entries.has(evidence.id))) return answered(across, retriever)
  if (retrieval.kind === 'answer') return answered(retrieval.answers, retriever)
  return { response: fallback(clinic.fallback_message, suggestionsFor(retriever, clinic.starter_questions, retrieval.considered)), trace }
}

/**
 * The ask-us-directly topic a question touches. A message written in both languages and answered in
 * English is also read against the clinic's Spanish words for each topic ("does acupuntura help con el
 * long covid?"); the topic keeps its English name.
 */
function referralTopic(prepared: AnsweringKnowledge, words: readonly string[], text: string): string | undefined {
  const found = findReferralTopic(words, prepared.referrals)
  if (found || prepared.language !== 'en' || !prepared.es || !isMixedLanguage(text)) return found
  const spanish = answeringIn(prepared, 'es').referrals
  const at = spanish.findIndex(({ topic }) => topic === findReferralTopic(words, spanish))
  return at >= 0 ? prepared.referrals[at]?.topic : undefined
}

/**
 * What the other language's entries answer, when the visitor's own language's entries did not:
 * - an English entry with no translation yet, for a Spanish message ("how long dura la session"
 *   of an entry staff have not translated): the visitor gets the English answer, with the clinic's
 *   note that it is in English;
 * - for a message written in both languages ("what are the síntomas of long covid?"), an entry the
 *   other language's words found: the visitor gets it in the language they mostly wrote in.
 * A Spanish message whose entry has a translation is otherwise answered in Spanish or not at all.
 */
function answerInOtherLanguage(other: Retriever, own: Analyser, text: string): RankedEvidence[] | undefined {
  // The visitor's own language's little words ("what are the", "si lo") would read to the other side as words its entries lack.
  const named = text.split(/\s+/).filter((token) => !own.normalise(token).split(' ').every(own.isStopWord)).join(' ')
  const retrieval = retrieve(other.index, other.intent, understandQuestion(named, other.index), askingPart(other.index, named))
  return retrieval.kind === 'answer' ? retrieval.answers : undefined
}

/** The asking part of a long message (focus.ts), read against one language's entries. */
function askingPart(index: SearchIndex, text: string): Question | undefined {
  const focus = findFocus(text, (clause) => topicsOf(index, understandQuestion(clause, index)))
  return focus ? understandQuestion(focus.text, index) : undefined
}

/** A word the entries use that is rare in everyday English ("ketamine", "spray"), not a wrapper ("keeps", "years"). */
const TOPICAL_NAME = 0.9

function topicsOf(index: SearchIndex, clause: Question): ReadonlyMap<string, string> {
  const topical = clause.words.filter((word) => !word.stop && word.topicality >= TOPICAL_NAME && index.documentFrequency.has(word.stem))
  return new Map(topical.map((word) => [word.stem, word.correctedTo ?? word.word]))
}

/** An FAQ question almost word for word, or one the intent model is fairly sure of: the risk model alone does not screen it. */
const FAQ_PHRASING = 0.85
const PHRASING_CANDIDATES = 3
const SURE_INTENT = 0.6
const IN_SCOPE_OUT_OF_SCOPE_AT_MOST = 0.2

/** The whole message's likeness, or, for a long message whose asking part reads as an FAQ question ("... two years of this. how long is a session?"), 'asks-faq'. */
function faqLikenessOf(prepared: Retriever, question: Question, askingPartOf: () => Question | undefined): ReturnType<FaqLikeness> {
  const whole = faqLikeness(prepared, question)
  if (whole !== 'other') return whole
  const asking = askingPartOf()
  return asking && faqLikeness(prepared, asking) !== 'other' ? 'asks-faq' : 'other'
}

function faqLikeness(prepared: Retriever, question: Question): 'verbatim' | 'faq' | 'other' {
  const weigh = weighEvidence(prepared.index, question)
  if (searchEntries(prepared.index, question, PHRASING_CANDIDATES).some((hit) => weigh(hit).phrasingMatch >= FAQ_PHRASING)) return 'verbatim'
  const intent = prepared.intent.classify(question)
  return intent.probability >= SURE_INTENT && intent.outOfScope <= IN_SCOPE_OUT_OF_SCOPE_AT_MOST ? 'faq' : 'other'
}

function toAnswer(prepared: Retriever, evidence: RankedEvidence): Answer {
  const entry = prepared.entries.get(evidence.id)
  if (!entry) throw new Error(`search returned "${evidence.id}", which is not a loaded entry`)
  return { id: entry.id, question: entry.question, text: entry.answer, source: entry.link, score: Math.round(evidence.strength * 1000) / 1000 }
}

const SCREENS = { 'self-harm': 'self_harm', emergency: 'emergency', violence: 'violence' } as const satisfies Record<HelpCategory, string>

function checkInFor(knowledge: Knowledge, category: HelpCategory): CheckIn {
  const screen = knowledge.clinic.crisis.check_in[SCREENS[category]]
  return { message: screen.message, resources: screen.resources.map(toResource) }
}

function toResource({ sms_body: smsBody, ...setting }: ResourceSetting): Resource {
  return { ...setting, ...(smsBody ? { smsBody } : {}) }
}

function contactResources(knowledge: Knowledge): Resource[] {
  const { phone, booking_url: bookingUrl, call_us_label: callUs, booking_label: booking } = knowledge.clinic
  return [
    { label: callUs.replace('{phone}', phone), phone },
    { label: booking, url: bookingUrl },
  ]
}

/** Entries that touched the question's rare words come first; the clinic's starter questions fill the rest. */
function suggestionsFor(prepared: Retriever, starterQuestions: readonly string[], considered: readonly Evidence[]): string[] {
  const related = considered
    .filter((evidence) => evidence.matchedWeight > 0)
    .flatMap((evidence) => prepared.entries.get(evidence.id)?.question ?? [])
  return [...new Set([...related, ...starterQuestions])].slice(0, MAX_SUGGESTIONS)
}
