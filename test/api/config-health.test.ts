import { beforeAll, describe, expect, it } from 'vitest'
import { WidgetConfigSchema } from '../../server/http/api-schema.js'
import { createApp } from '../../server/app.js'
import { realApp, realKnowledge } from '../helpers.js'

type App = Awaited<ReturnType<typeof realApp>>
let app: App

beforeAll(async () => {
  app = await realApp()
})

describe('GET /api/config', () => {
  it('gives the widget what it renders, from the clinic settings file', async () => {
    const response = await app.request('/api/config')
    expect(response.status).toBe(200)
    const config = WidgetConfigSchema.strict().parse(await response.json())
    const { clinic } = await realKnowledge()
    expect(config).toEqual({
      clinicName: clinic.name,
      greeting: clinic.greeting,
      starterQuestions: clinic.starter_questions,
      bookingUrl: clinic.booking_url,
      phone: clinic.phone,
      disclaimer: clinic.disclaimer,
      feedback: false,
    })
  })
})

describe('GET /healthz', () => {
  it('reports ok, the number of entries and the knowledge version', async () => {
    const response = await app.request('/healthz')
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body).toMatchObject({ status: 'ok', entries: (await realKnowledge()).entries.length })
    expect(body.version).toMatch(/^[0-9a-f]{12}$/)
  })

  it('shows the public only status, version and entry count, never a reload problem, which can quote files and paths (issue 14)', async () => {
    const store = {
      current: () => { throw new Error('not asked') },
      status: () => ({ version: 'abc123', loadedAt: '2026-01-01T00:00:00.000Z', entries: 3, lastReloadError: { at: '2026-01-01T00:00:00.000Z', problems: ['/srv/clinic/knowledge/clinic.yaml:3: secret text'] } }),
    }
    const response = await createApp({ knowledge: store as never, log: null }).request('/healthz')
    expect(await response.json()).toEqual({ status: 'degraded', version: 'abc123', entries: 3, insights: 'off', rateLimit: 'memory' })
  })
})

describe('GET /articles/:slug', () => {
  it('renders the article with an anchor for every section and every paragraph as escaped text', async () => {
    const response = await app.request('/articles/long-covid-ketamine')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/html')
    const html = await response.text()
    const { articles } = await realKnowledge()
    const article = articles[0]!
    expect(html).toContain(`<title>From Despair to Relief`)
    for (const section of article.sections) expect(html).toContain(`id="${section.anchor}"`)
    expect(html).toContain('The duration of each session can vary but is usually around 60-90 minutes')
    expect(html).toContain('We&#8217;re here to help!'.replace('&#8217;', '’'))
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
  })

  it('answers 404 for an unknown article', async () => {
    expect((await app.request('/articles/nope')).status).toBe(404)
  })
})
