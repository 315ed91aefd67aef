import { beforeAll, describe, expect, it } from 'vitest'
import { AskResponseSchema } from '../../server/http/api-schema.js'
import { realApp } from '../helpers.js'

type App = Awaited<ReturnType<typeof realApp>>
let app: App

beforeAll(async () => {
  app = await realApp()
}, 120_000)

const ask = async (question: string, lang?: string) => {
  const response = await app.request('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question, ...(lang ? { lang } : {}) }) })
  return AskResponseSchema.parse(await response.json())
}

describe('Spanish questions over HTTP (issue 18)', () => {
  it('answers a Spanish question from the Spanish entry, linked to the sentence in the Spanish article', async () => {
    const body = await ask('¿cuánto dura una sesión?')
    expect(body.answers[0]?.id).toBe('session-length')
    expect(body.answers[0]?.text).toMatch(/60 a 90 minutos/)
    expect(body.answers[0]?.source.url).toMatch(/^\/articles\/es\/long-covid-ketamine#:~:text=/)
  })

  it('answers in Spanish on an English page, and from the English entry on a Spanish page when the question is English', async () => {
    expect((await ask('cuanto dura la sesion de ketamina', 'en')).answers[0]?.text).toMatch(/duración/)
    expect((await ask('How long does a session take?', 'es')).answers[0]?.text).toMatch(/^The duration/)
  })

  it('takes the page language as the hint when the message is unsure', async () => {
    expect((await ask('ketamina?', 'es')).message ?? (await ask('ketamina?', 'es')).answers[0]?.text).not.toMatch(/I'm sorry/)
  })

  it('shows Spanish crisis lines for a Spanish crisis, whatever the page language', async () => {
    const body = await ask('me quiero suicidar esta noche', 'en')
    expect(body.kind).toBe('crisis')
    expect(body.resources?.map((resource) => resource.label).join(' ')).toMatch(/988 y marque 2/)
  })

  it('refers a Spanish question on an ask-us-directly topic to the team, in Spanish', async () => {
    const body = await ask('estoy embarazada, puedo recibir ketamina?')
    expect(body.kind).toBe('fallback')
    expect(body.message).toMatch(/embarazo/)
  })

  it('serves the Spanish article with its section anchors, in Spanish', async () => {
    const response = await app.request('/articles/es/long-covid-ketamine')
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('<html lang="es">')
    expect(html).toContain('id="administracion-de-la-ketamina-vias-dosis-y-consideraciones-de-seguridad"')
    expect(html).toContain('Reservar una cita')
    expect((await app.request('/articles/long-covid-ketamine')).status).toBe(200)
    expect((await app.request('/articles/es/no-such-article')).status).toBe(404)
  })
})
