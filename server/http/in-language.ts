import { compileReferrals } from '../answer/referral.js'
import type { AnsweringKnowledge } from '../answer/answer.js'
import { clinicIn, clinicLanguage } from '../knowledge/clinic-languages.js'

const prepared = new WeakMap<AnsweringKnowledge, Map<string, AnsweringKnowledge>>()

/**
 * The knowledge to answer from with the clinic's texts (fallback, ask us
 * directly with its topic names, crisis screens, contact labels) in the
 * visitor's language, English where the clinic has none. Built once per
 * knowledge version and language; the index and entries are shared.
 */
export function answeringIn(knowledge: AnsweringKnowledge, tag: string | undefined): AnsweringKnowledge {
  const language = clinicLanguage(knowledge.knowledge.clinic, tag)
  if (language === null) return knowledge
  const byLanguage = prepared.get(knowledge) ?? new Map<string, AnsweringKnowledge>()
  prepared.set(knowledge, byLanguage)
  let localised = byLanguage.get(language)
  if (!localised) {
    const clinic = clinicIn(knowledge.knowledge.clinic, language)
    localised = { ...knowledge, knowledge: { ...knowledge.knowledge, clinic }, referrals: compileReferrals(clinic.ask_us_directly) }
    byLanguage.set(language, localised)
  }
  return localised
}
