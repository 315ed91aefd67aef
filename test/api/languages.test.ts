import { beforeAll, describe, expect, it } from 'vitest'
import { AskResponseSchema, WidgetConfigSchema } from '../../server/http/api-schema.js'
import { realApp, realKnowledge } from '../helpers.js'

type App = Awaited<ReturnType<typeof realApp>>
let app: App

beforeAll(async () => {
  app = await realApp()
})

const ask = async (body: object) => {
  const response = await app.request('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  expect(response.status).toBe(200)
  return AskResponseSchema.parse(await response.json())
}

describe("the clinic's texts in the visitor's language", () => {
  it('gives the Spanish greeting, disclaimer and starter questions for GET /api/config?lang=es', async () => {
    const { clinic } = await realKnowledge()
    const config = WidgetConfigSchema.parse(await (await app.request('/api/config?lang=es-MX')).json())
    expect(config).toMatchObject({ greeting: clinic.languages.es!.greeting, disclaimer: clinic.languages.es!.disclaimer, starterQuestions: clinic.languages.es!.starter_questions })
    // What Spanish does not translate (the clinic's name, its phone) stays as written in English.
    expect(config).toMatchObject({ clinicName: clinic.name, phone: clinic.phone })
  })

  it('falls back to English for a language the clinic has no texts in, or a malformed one', async () => {
    const { clinic } = await realKnowledge()
    for (const lang of ['fr', 'x'.repeat(50), '<script>']) {
      const config = WidgetConfigSchema.parse(await (await app.request(`/api/config?lang=${encodeURIComponent(lang)}`)).json())
      expect(config.greeting).toBe(clinic.greeting)
    }
  })

  it('answers the fallback, ask-us-directly and crisis messages in Spanish with "lang": "es"', async () => {
    const fallback = await ask({ question: 'what is the weather tomorrow', lang: 'es' })
    expect(fallback.message).toMatch(/^Lo siento, no puedo responder/)
    expect(fallback.resources?.map((resource) => resource.label)).toEqual(['Llámenos: +1 555 010 0199', 'Reservar una cita'])

    const referral = await ask({ question: 'can i have ketamine while pregnant', lang: 'es' })
    expect(referral.message).toMatch(/^Las preguntas sobre el embarazo y la lactancia necesitan/)

    const crisis = await ask({ question: 'i want to kill myself', lang: 'es' })
    expect(crisis.kind).toBe('crisis')
    expect(crisis.resources?.[0]?.label).toContain('llame al 988 y marque 2, o envíe AYUDA al 988')
  })

  it('keeps English without "lang", as before', async () => {
    const fallback = await ask({ question: 'what is the weather tomorrow' })
    expect(fallback.message).toMatch(/^I'm sorry, I can't answer that/)
    expect(fallback.resources?.map((resource) => resource.label)).toEqual(['Call us: +1 555 010 0199', 'Book an appointment'])
  })

  it('gives a crisis message written in Spanish the Spanish help lines, whatever language the page asked for', async () => {
    const { clinic } = await realKnowledge()
    for (const lang of [undefined, 'en']) {
      const response = await ask({ question: 'ya no aguanto mas, me quiero morir', ...(lang ? { lang } : {}) })
      expect(response.kind).toBe('crisis')
      expect(response.message).toBe(clinic.languages.es!.crisis!.self_harm!.message)
      expect(response.resources?.[0]?.label).toContain('marque 2')
    }
  })

  it('leads a Spanish disclosure of violence with the Spanish violence lines', async () => {
    const response = await ask({ question: 'mi esposo me pega, como es una sesion de ketamina?' })
    expect(response.checkIn?.resources.map((resource) => resource.phone)).toEqual(expect.arrayContaining(['800-656-4673', '800-799-7233']))
    expect(response.checkIn?.message).toMatch(/^Antes de la respuesta/)
  })
})

