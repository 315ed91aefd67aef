import { describe, expect, it } from 'vitest'
import { readConfig } from '../../server/config.js'

describe('the server settings', () => {
  it('has safe defaults: port 8787, any site, 30 questions a minute, no proxy trusted', () => {
    expect(readConfig({})).toEqual({
      config: {
        PORT: 8787,
        KNOWLEDGE_DIR: 'knowledge',
        ALLOWED_ORIGINS: '*',
        WATCH_KNOWLEDGE: true,
        RATE_LIMIT_PER_MINUTE: 30,
        TRUST_PROXY: 'off',
        SHUTDOWN_GRACE_MS: 10_000,
        LOG_REQUESTS: true,
        INSIGHTS: true,
        INSIGHTS_RETENTION_DAYS: 30,
        DATA_DIR: 'data',
      },
    })
  })

  it('reads the insights settings and a staff token, refusing one short enough to guess', () => {
    expect(readConfig({ INSIGHTS: 'off', INSIGHTS_RETENTION_DAYS: '7', DATA_DIR: '/var/lib/faq', STAFF_TOKEN: 'x'.repeat(16) }).config).toMatchObject({
      INSIGHTS: false,
      INSIGHTS_RETENTION_DAYS: 7,
      DATA_DIR: '/var/lib/faq',
      STAFF_TOKEN: 'x'.repeat(16),
    })
    const [problem] = readConfig({ STAFF_TOKEN: 'secret' }).problems ?? []
    expect(problem).toMatch(/^STAFF_TOKEN must be at least 16 characters/)
    expect(problem).not.toContain('secret')
    expect(readConfig({ INSIGHTS_RETENTION_DAYS: '0' }).problems).toEqual(['INSIGHTS_RETENTION_DAYS must be at least 1 (it is "0")'])
  })

  it('reads a list of sites, a proxy header in any case, and switches', () => {
    const { config } = readConfig({
      ALLOWED_ORIGINS: 'https://www.example-clinic.org, https://example-clinic.org/',
      TRUST_PROXY: 'X-Forwarded-For',
      RATE_LIMIT_PER_MINUTE: '0',
      WATCH_KNOWLEDGE: 'false',
      PUBLIC_URL: 'https://faq.example-clinic.org',
    })
    expect(config).toMatchObject({
      ALLOWED_ORIGINS: ['https://www.example-clinic.org', 'https://example-clinic.org'],
      TRUST_PROXY: 'x-forwarded-for',
      RATE_LIMIT_PER_MINUTE: 0,
      WATCH_KNOWLEDGE: false,
      PUBLIC_URL: 'https://faq.example-clinic.org',
    })
  })

  it('treats an empty variable as unset', () => {
    expect(readConfig({ PORT: '', ALLOWED_ORIGINS: ' ' }).config).toMatchObject({ PORT: 8787, ALLOWED_ORIGINS: '*' })
  })

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number from 0 to 65535 (it is "eighty")'],
    [{ PORT: '70000' }, 'PORT must be at most 65535 (it is "70000")'],
    [{ RATE_LIMIT_PER_MINUTE: '30/min' }, 'RATE_LIMIT_PER_MINUTE must be a whole number from 0 to 1000000 (it is "30/min")'],
    [{ ALLOWED_ORIGINS: 'example-clinic.org' }, 'ALLOWED_ORIGINS: "example-clinic.org" is not a site origin like https://www.example-clinic.org (scheme and host, no path)'],
    [{ ALLOWED_ORIGINS: 'https://example-clinic.org/faq' }, 'ALLOWED_ORIGINS: "https://example-clinic.org/faq" is not a site origin'],
    [{ TRUST_PROXY: 'yes' }, 'TRUST_PROXY must be off or the header your proxy sets: x-forwarded-for, x-real-ip'],
    [{ WATCH_KNOWLEDGE: 'nope' }, 'WATCH_KNOWLEDGE must be true or false (it is "nope")'],
    [{ PUBLIC_URL: 'faq.example-clinic.org' }, "PUBLIC_URL must be this server's public address"],
  ])('refuses %o, saying what it accepts', (env, message) => {
    const { problems } = readConfig(env)
    expect(problems).toHaveLength(1)
    expect(problems?.[0]).toContain(message)
  })

  it('reports every bad setting at once', () => {
    expect(readConfig({ PORT: 'x', TRUST_PROXY: 'y', LOG_REQUESTS: 'z' }).problems).toHaveLength(3)
  })
})
