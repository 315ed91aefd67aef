import { describe, expect, it } from 'vitest'
import { clinicIn, clinicLanguage, missingTexts } from '../../server/knowledge/clinic-languages.js'
import { checkKnowledge } from '../../server/knowledge/check.js'
import { formatProblem } from '../../server/knowledge/problems.js'
import { realKnowledge, realKnowledgeFiles } from '../helpers.js'

const TODAY = new Date('2026-11-25T12:00:00Z')

describe('clinic texts per language', () => {
  it('takes each text from the language where it has one, and from English where it has none', async () => {
    const english = await realKnowledge().then((knowledge) => knowledge.clinic)
    const clinic = { ...english, languages: { es: { greeting: '¡Hola!', crisis: { self_harm: { message: 'Busque ayuda.' } } } } }
    const spanish = clinicIn(clinic, clinicLanguage(clinic, 'es-US'))
    expect(spanish.greeting).toBe('¡Hola!')
    expect(spanish.disclaimer).toBe(english.disclaimer)
    expect(spanish.crisis.self_harm).toEqual({ message: 'Busque ayuda.', resources: english.crisis.self_harm.resources })
    expect(spanish.ask_us_directly.map(({ topic }) => topic)).toEqual(english.ask_us_directly.map(({ topic }) => topic))
    expect(clinicLanguage(clinic, 'fr')).toBeNull()
    expect(clinicLanguage(clinic, 'constructor')).toBeNull()
  })

  it('ships complete Spanish texts in the demo knowledge', async () => {
    const clinic = await realKnowledge().then((knowledge) => knowledge.clinic)
    expect(missingTexts(clinic, 'es')).toEqual([])
  })

  it('lists in knowledge:check the fields a language lacks, and topic names that match no topic', async () => {
    const files = (await realKnowledgeFiles()).map((file) =>
      file.name === 'clinic.yaml'
        ? { ...file, text: file.text.replace(/^    greeting: .*\n/m, '').replace('"prices": "los precios"', '"price": "los precios"') }
        : file,
    )
    const report = checkKnowledge(files, TODAY).problems.map(formatProblem).join('\n')
    expect(report).toMatch(/knowledge\/clinic\.yaml:\d+: warning: language "es" has no text for greeting, ask_us_directly_topics: "prices": visitors reading es see these in English/)
    expect(report).toMatch(/knowledge\/clinic\.yaml:\d+: "price" is not one of the ask_us_directly topics/)
  })
})
