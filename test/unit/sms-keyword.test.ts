import { beforeAll, describe, expect, it } from 'vitest'
import { ResourceSettingSchema } from '../../server/knowledge/schema.js'
import { smsHref } from '../../widget/chat/safe-url.js'
import { realApp } from '../helpers.js'

describe('a texting line that asks for a keyword', () => {
  let app: Awaited<ReturnType<typeof realApp>>
  beforeAll(async () => {
    app = await realApp()
  }, 60_000)

  it('links a text with the keyword in the form iOS and Android both fill in', () => {
    expect(smsHref('741741', 'HOME')).toBe('sms:741741?&body=HOME')
    expect(smsHref('988')).toBe('sms:988')
  })

  it('encodes the keyword, so its words cannot add parameters to the link', () => {
    expect(smsHref('741741', 'AYUDA & body=x?')).toBe('sms:741741?&body=AYUDA%20%26%20body%3Dx%3F')
  })

  it('takes sms_body only with an sms number to text it to', () => {
    expect(ResourceSettingSchema.safeParse({ label: 'Crisis Text Line', sms: '741741', sms_body: 'HOME' }).data?.sms_body).toBe('HOME')
    const alone = ResourceSettingSchema.safeParse({ label: 'Crisis Text Line', phone: '741741', sms_body: 'HOME' })
    expect(alone.error?.issues.map(({ message }) => message)).toEqual(['"sms_body" needs an "sms" number to text it to'])
  })

  it.each([
    ['en', 'HOME'],
    ['es', 'AYUDA'],
  ])('sends the Crisis Text Line with its keyword on the crisis screen (%s: %s)', async (lang, keyword) => {
    const response = await app.request('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question: 'i want to kill myself', lang }) })
    const { kind, resources } = (await response.json()) as { kind: string; resources: Array<{ sms?: string; smsBody?: string }> }
    expect(kind).toBe('crisis')
    expect(resources.find(({ sms }) => sms === '741741')?.smsBody).toBe(keyword)
  })
})
