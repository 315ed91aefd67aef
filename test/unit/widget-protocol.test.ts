import { describe, expect, it } from 'vitest'
import { QUESTION_MAX_LENGTH as SERVER_MAX } from '../../server/http/api-schema.js'
import { QUESTION_MAX_LENGTH as WIDGET_MAX } from '../../widget/chat/api.js'
import { envelope, NAMESPACE, PROTOCOL_VERSION, readEnvelope, type WidgetMessage } from '../../widget/protocol.js'

describe('widget message envelope', () => {
  const messages: WidgetMessage[] = [
    { type: 'ready' },
    { type: 'open' },
    { type: 'focus' },
    { type: 'close' },
    { type: 'unread', count: 2 },
  ]

  it.each(messages)('reads back every message it wraps: $type', (message) => {
    const wrapped = envelope(message)
    expect(wrapped).toMatchObject({ ns: NAMESPACE, v: PROTOCOL_VERSION })
    expect(readEnvelope(wrapped)).toEqual(message)
  })

  it('survives structured cloning, as postMessage delivers it', () => {
    expect(readEnvelope(structuredClone(envelope({ type: 'unread', count: 12 })))).toEqual({ type: 'unread', count: 12 })
  })

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'open'],
    ['a number', 7],
    ['an array', [NAMESPACE, 1, 'open']],
    ['another namespace', { ns: 'other-widget', v: 1, type: 'open' }],
    ['another version', { ns: NAMESPACE, v: 2, type: 'open' }],
    ['a missing version', { ns: NAMESPACE, type: 'open' }],
    ['an unknown type', { ns: NAMESPACE, v: 1, type: 'navigate' }],
    ['an inherited name as type', { ns: NAMESPACE, v: 1, type: 'toString' }],
    ['a prototype name as type', { ns: NAMESPACE, v: 1, type: '__proto__' }],
    ['an extra field', { ns: NAMESPACE, v: 1, type: 'open', question: 'what is my diagnosis' }],
    ['a field on the wrong type', { ns: NAMESPACE, v: 1, type: 'close', count: 1 }],
    ['a missing number', { ns: NAMESPACE, v: 1, type: 'unread' }],
    ['a number as text', { ns: NAMESPACE, v: 1, type: 'unread', count: '4' }],
    ['a fraction', { ns: NAMESPACE, v: 1, type: 'unread', count: 1.5 }],
    ['a negative number', { ns: NAMESPACE, v: 1, type: 'unread', count: -1 }],
    ['an absurd count', { ns: NAMESPACE, v: 1, type: 'unread', count: 1e9 }],
    ['not a number at all', { ns: NAMESPACE, v: 1, type: 'unread', count: Number.NaN }],
    ['a height, which the chat no longer reports (issue 14)', { ns: NAMESPACE, v: 1, type: 'resize', height: 480 }],
  ])('rejects %s', (_, data) => {
    expect(readEnvelope(data)).toBeNull()
  })

  it('never carries visitor text: no message type has a string field', () => {
    for (const message of messages) {
      for (const value of Object.values(envelope(message))) {
        if (typeof value === 'string') expect([NAMESPACE, message.type]).toContain(value)
      }
    }
  })
})

describe('widget limits', () => {
  it('caps questions at the length the API accepts', () => {
    expect(WIDGET_MAX).toBe(SERVER_MAX)
  })
})
