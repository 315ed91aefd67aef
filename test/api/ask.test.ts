import { beforeAll, describe, expect, it } from 'vitest'
import { AskResponseSchema, ErrorResponseSchema, QUESTION_MAX_LENGTH } from '../../server/http/api-schema.js'
import { realApp } from '../helpers.js'

type App = Awaited<ReturnType<typeof realApp>>
let app: App

beforeAll(async () => {
  app = await realApp()
})

const ask = (body: unknown, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
  app.request('/api/ask', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) })

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status)
  const body = ErrorResponseSchema.parse(await response.json())
  expect(body.error.code).toBe(code)
  expect(body.error.message.length).toBeGreaterThan(10)
}

describe('POST /api/ask answers', () => {
  it('answers a question with the best entry first, its text, score and a deep source link', async () => {
    const response = await ask({ question: 'How long does a session take?' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/json')
    const body = AskResponseSchema.parse(await response.json())
    expect(body.kind).toBe('answer')
    expect(body.answers.length).toBeGreaterThanOrEqual(1)
    expect(body.answers.length).toBeLessThanOrEqual(3)
    const [best] = body.answers
    expect(best?.id).toBe('session-length')
    expect(best?.question).toBe('How long does a session take?')
    expect(best?.text).toMatch(/60 to 90 minutes/)
    expect(best?.score).toBeGreaterThan(0)
    expect(best?.source.title).toMatch(/^From Despair to Relief/)
    expect(best?.source.url).toMatch(/^\/articles\/long-covid-ketamine#:~:text=/)
  })

  it('orders several answers best first', async () => {
    const body = AskResponseSchema.parse(await (await ask({ question: 'ketamine side effects during and after a session' })).json())
    const scores = body.answers.map((answer) => answer.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
  })

  it('resolves source links against the public URL when one is configured', async () => {
    const publicApp = await realApp({ publicUrl: 'https://faq.clinic.example' })
    const response = await publicApp.request('/api/ask', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ question: 'is ketamine safe' }),
    })
    const body = AskResponseSchema.parse(await response.json())
    expect(body.answers[0]?.source.url).toMatch(/^https:\/\/faq\.clinic\.example\/articles\/long-covid-ketamine#:~:text=/)
  })

  it('falls back with the clinic contact and booking when it cannot answer', async () => {
    const body = AskResponseSchema.parse(await (await ask({ question: 'what is the capital of australia' })).json())
    expect(body.kind).toBe('fallback')
    expect(body.answers).toEqual([])
    expect(body.message).toMatch(/can't answer/i)
    expect(body.resources).toEqual(
      expect.arrayContaining([expect.objectContaining({ phone: expect.any(String) }), expect.objectContaining({ url: expect.stringMatching(/^https?:/) })]),
    )
    expect(body.suggestions?.length).toBeGreaterThan(0)
    expect(body.suggestions?.length).toBeLessThanOrEqual(3)
  })

  it('shows crisis resources instead of an answer for a self-harm message', async () => {
    const body = AskResponseSchema.parse(await (await ask({ question: 'I want to kill myself' })).json())
    expect(body.kind).toBe('crisis')
    expect(body.answers).toEqual([])
    expect(body.message?.length).toBeGreaterThan(10)
    expect(body.resources?.[0]).toMatchObject({ phone: '988' })
    expect(body.resources?.some((resource) => resource.sms === '741741')).toBe(true)
    expect(body.resources?.some((resource) => resource.phone === '911')).toBe(true)
  })

  it('trims the question before answering', async () => {
    const body = AskResponseSchema.parse(await (await ask({ question: '   is ketamine safe   ' })).json())
    expect(body.kind).toBe('answer')
  })

  it('strips control and invisible characters, keeping line breaks as spaces', async () => {
    const body = AskResponseSchema.parse(await (await ask({ question: '\u202ehow\nlong\u200b is a\u0000 ses\u00adsion\ud800' })).json())
    expect(body.answers[0]?.id).toBe('session-length')
  })

  it('accepts a question of exactly 500 characters', async () => {
    const question = `is ketamine safe ${'please '.repeat(100)}`.slice(0, QUESTION_MAX_LENGTH)
    expect((await ask({ question })).status).toBe(200)
  })

  it('sends no cookies and asks caches not to store answers', async () => {
    const response = await ask({ question: 'is ketamine safe' })
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('allows cross-origin browser clients', async () => {
    const response = await ask({ question: 'is ketamine safe' }, { 'Content-Type': 'application/json', Origin: 'https://clinic.example' })
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const preflight = await app.request('/api/ask', {
      method: 'OPTIONS',
      headers: { Origin: 'https://clinic.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST')
  })
})

describe('POST /api/ask rejects bad requests with the error shape', () => {
  it.each([
    ['a missing question', {}],
    ['a question that is not a string', { question: 42 }],
    ['an empty question', { question: '' }],
    ['a question of only spaces', { question: '    ' }],
    ['a question of only control and invisible characters', { question: '\u0000\u200b\u202e\n\t\ufeff' }],
    ['a question over 500 characters once trimmed', { question: ` ${'a'.repeat(QUESTION_MAX_LENGTH + 1)} ` }],
    ['a question over 500 characters', { question: 'a'.repeat(QUESTION_MAX_LENGTH + 1) }],
    ['a body that is an array', [{ question: 'hi' }]],
    ['a body that is null', null],
  ])('400 for %s', async (_, body) => {
    await expectError(await ask(body), 400, 'invalid_question')
  })

  it('400 for malformed JSON', async () => {
    await expectError(await ask('{"question": "is it safe"'), 400, 'malformed_json')
  })

  it.each([
    ['text/plain', 'is ketamine safe'],
    ['application/x-www-form-urlencoded', 'question=is+ketamine+safe'],
  ])('415 for a %s body', async (contentType, body) => {
    await expectError(await ask(body, { 'Content-Type': contentType }), 415, 'unsupported_media_type')
  })

  it('415 when no content type is sent', async () => {
    await expectError(await ask(JSON.stringify({ question: 'hi' }), {}), 415, 'unsupported_media_type')
  })

  it('413 for a body over a few KB', async () => {
    await expectError(await ask({ question: 'x'.repeat(20_000) }), 413, 'payload_too_large')
  })

  it('404 in the error shape for an unknown API path', async () => {
    await expectError(await app.request('/api/nope'), 404, 'not_found')
  })

  it.each([
    ['deeply nested JSON', `{"question": ${'['.repeat(1000)}${']'.repeat(1000)}}`],
    ['a huge number', '{"question": 1e999}'],
    ['control characters', JSON.stringify({ question: '\u0000\u0001 is ketamine safe \u202e' })],
    ['emoji only', JSON.stringify({ question: '🙂🙂🙂' })],
    ['HTML', JSON.stringify({ question: '<script>alert(1)</script>' })],
    ['a proto key', '{"__proto__": {"question": "x"}, "question": "is it safe"}'],
  ])('never answers 500, even for %s', async (_, body) => {
    const response = await ask(body)
    expect(response.status).toBeLessThan(500)
    const json = await response.json()
    expect(AskResponseSchema.safeParse(json).success || ErrorResponseSchema.safeParse(json).success).toBe(true)
  })
})
