import type { Answer, AskResponse, Resource } from '../http/api-schema.js'
import type { FaqEntry, Knowledge } from '../knowledge/knowledge.js'
import type { ResourceSetting } from '../knowledge/schema.js'
import { CONSIDERED, decideAnswer, type RankedEvidence, type RetrievalDecision } from './decide.js'
import type { Evidence } from './evidence.js'
import { understandQuestion, type Question } from './question.js'
import { compileReferrals, findReferralTopic, type ReferralTable } from './referral.js'
import { classifySafety, type SafetyVerdict } from './safety.js'
import { searchEntries } from './search.js'
import { buildSearchIndex, type SearchIndex } from './search-index.js'

/** Knowledge ready to answer from: built once per knowledge version, then only read. */
export type AnsweringKnowledge = {
  knowledge: Knowledge
  index: SearchIndex
  entries: ReadonlyMap<string, FaqEntry>
  referrals: ReferralTable
}

export function prepareKnowledge(knowledge: Knowledge): AnsweringKnowledge {
  return {
    knowledge,
    index: buildSearchIndex(knowledge.entries, knowledge.synonyms),
    entries: new Map(knowledge.entries.map((entry) => [entry.id, entry])),
    referrals: compileReferrals(knowledge.clinic.ask_us_directly),
  }
}

/** Why a question got the response it got: for staff, the evaluation and tests, never for visitors. */
export type AnswerTrace = { question: Question; safety: SafetyVerdict; referral?: string; retrieval?: RetrievalDecision }

const MAX_SUGGESTIONS = 3

/**
 * The whole answer pipeline, pure: safety first, then the clinic's
 * ask-us-directly topics, then retrieval and the decision to answer or abstain.
 * HTTP, the staff's try command, the evaluation and the benchmark all call
 * this one function.
 */
export function answerQuestion(prepared: AnsweringKnowledge, text: string): { response: AskResponse; trace: AnswerTrace } {
  const { clinic } = prepared.knowledge
  const question = understandQuestion(text, prepared.index)
  const safety = classifySafety(question.normalised)

  if (safety.kind === 'crisis') {
    const screen = safety.category === 'self-harm' ? clinic.crisis.self_harm : clinic.crisis.emergency
    return {
      response: { kind: 'crisis', answers: [], message: screen.message, resources: screen.resources.map(toResource) },
      trace: { question, safety },
    }
  }

  const topicResources = safety.kind === 'sensitive-topic' ? clinic.crisis.topic_resources.map(toResource) : []
  const referral = findReferralTopic(question.words.map((word) => word.word), prepared.referrals)
  const fallback = (message: string, suggestions: string[]): AskResponse => ({
    kind: 'fallback',
    answers: [],
    message,
    resources: [...topicResources, ...contactResources(prepared.knowledge)],
    suggestions,
  })
  if (referral) {
    return {
      response: fallback(clinic.ask_us_directly_message.replace('{topic}', referral), clinic.starter_questions.slice(0, MAX_SUGGESTIONS)),
      trace: { question, safety, referral },
    }
  }

  const retrieval = decideAnswer(prepared.index, question, searchEntries(prepared.index, question, CONSIDERED))
  const trace = { question, safety, retrieval }

  if (retrieval.kind === 'answer') {
    const answers = retrieval.answers.map((evidence) => toAnswer(prepared, evidence))
    return { response: { kind: 'answer', answers, ...(topicResources.length > 0 ? { resources: topicResources } : {}) }, trace }
  }
  return { response: fallback(clinic.fallback_message, suggestionsFor(prepared, retrieval.considered)), trace }
}

function toAnswer(prepared: AnsweringKnowledge, evidence: RankedEvidence): Answer {
  const entry = prepared.entries.get(evidence.id)
  if (!entry) throw new Error(`search returned "${evidence.id}", which is not a loaded entry`)
  return { id: entry.id, question: entry.question, text: entry.answer, source: entry.link, score: Math.round(evidence.strength * 1000) / 1000 }
}

function toResource(setting: ResourceSetting): Resource {
  return { ...setting }
}

function contactResources(knowledge: Knowledge): Resource[] {
  const { phone, booking_url: bookingUrl, call_us_label: callUs, booking_label: booking } = knowledge.clinic
  return [
    { label: callUs.replace('{phone}', phone), phone },
    { label: booking, url: bookingUrl },
  ]
}

/** Entries that touched the question's rare words come first; the clinic's starter questions fill the rest. */
function suggestionsFor(prepared: AnsweringKnowledge, considered: readonly Evidence[]): string[] {
  const related = considered
    .filter((evidence) => evidence.matchedWeight > 0)
    .flatMap((evidence) => prepared.entries.get(evidence.id)?.question ?? [])
  return [...new Set([...related, ...prepared.knowledge.clinic.starter_questions])].slice(0, MAX_SUGGESTIONS)
}
