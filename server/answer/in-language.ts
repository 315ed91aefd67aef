import type { AnswerLanguage } from '../knowledge/knowledge.js'
import { clinicIn, clinicLanguage } from '../knowledge/clinic-languages.js'
import type { AnsweringKnowledge } from './answer.js'
import { compileReferrals } from './referral.js'

const prepared = new WeakMap<AnsweringKnowledge, Map<string, AnsweringKnowledge>>()

/**
 * The knowledge to answer from in the visitor's language: the clinic's texts
 * (fallback, ask us directly with its topic names and words, crisis screens,
 * contact labels) in that language, English where the clinic has none, and
 * the answers from that language's entries when it has them (issue 18). Built
 * once per knowledge version and language; the indexes are shared.
 */
export function answeringIn(knowledge: AnsweringKnowledge, language: AnswerLanguage): AnsweringKnowledge {
  const texts = clinicLanguage(knowledge.knowledge.clinic, language)
  if (language === 'en' || knowledge.language === language) return knowledge
  const byLanguage = prepared.get(knowledge) ?? new Map<string, AnsweringKnowledge>()
  prepared.set(knowledge, byLanguage)
  let localised = byLanguage.get(language)
  if (!localised) {
    const clinic = clinicIn(knowledge.knowledge.clinic, texts)
    localised = { ...knowledge, language, knowledge: { ...knowledge.knowledge, clinic }, referrals: compileReferrals(clinic.ask_us_directly) }
    byLanguage.set(language, localised)
  }
  return localised
}
