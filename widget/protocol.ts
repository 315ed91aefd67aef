/**
 * The one message envelope between the loader (`widget.js`, on the clinic's page)
 * and the chat (the iframe served by the widget's server).
 *
 * Every message is a plain object `{ ns: 'clinic-faq-widget', v: 1, type, ...fields }`:
 *
 * | type     | direction       | fields            | meaning                                                         |
 * |----------|-----------------|-------------------|-----------------------------------------------------------------|
 * | `ready`  | chat → loader   |                   | the chat listens now; the loader may send `open`                |
 * | `open`   | loader → chat   |                   | the panel is shown: clear the unread count                      |
 * | `focus`  | loader → chat   |                   | the visitor opened the chat and focus is on its frame: put it in the question box |
 * | `close`  | chat → loader   |                   | the visitor closed the chat (Escape or the close button)        |
 * | `close`  | loader → chat   |                   | the panel was hidden: count answers arriving from now as unread |
 * | `unread` | chat → loader   | `count`           | answers that arrived while the panel was hidden                 |
 *
 * No message ever carries what the visitor typed or read: the host page can
 * listen to every message its window receives, and health questions must stay
 * inside the iframe (issue 3); for the same reason the chat reports no heights
 * (issue 14), and the panel keeps the loader's size. Senders pass the exact target origin, never `*`;
 * receivers check `event.origin` and `event.source`, then validate with
 * `readEnvelope`, which drops anything that is not exactly one of these shapes.
 */

export const NAMESPACE = 'clinic-faq-widget'
export const PROTOCOL_VERSION = 1

export type WidgetMessage =
  | { type: 'ready' }
  | { type: 'open' }
  | { type: 'focus' }
  | { type: 'close' }
  | { type: 'unread'; count: number }

export type Envelope = WidgetMessage & { ns: typeof NAMESPACE; v: typeof PROTOCOL_VERSION }

/** Each type's numeric field, if any. */
const FIELDS: Record<WidgetMessage['type'], string> = { ready: '', open: '', focus: '', close: '', unread: 'count' }

/** Bounds a misbehaving sender's numbers, so it cannot draw an absurd badge. */
const MAX_VALUE = 10_000

export const envelope = (message: WidgetMessage): Envelope => ({ ns: NAMESPACE, v: PROTOCOL_VERSION, ...message })

/** The message inside `data`, or null when `data` is not exactly a valid envelope. */
export function readEnvelope(data: unknown): WidgetMessage | null {
  const { ns, v, type, ...fields } = Object(data) as Record<string, unknown>
  // Inherited names ("toString") give a non-string here, which no key list equals.
  const field = FIELDS[type as WidgetMessage['type']]
  const value = fields[field] as number
  const valid = ns === NAMESPACE && v === PROTOCOL_VERSION && Object.keys(fields).join() === field && (!field || (Number.isInteger(value) && value >= 0 && value <= MAX_VALUE))
  return valid ? ({ type, ...fields } as WidgetMessage) : null
}
