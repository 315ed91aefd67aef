import type { AskResponse } from '../../server/http/api-schema.js'
import type { Failure } from './api.js'
import { isAskResponse } from './response-shape.js'

export type Turn =
  | { kind: 'question'; text: string }
  | { kind: 'reply'; response: AskResponse }
  | { kind: 'failed'; question: string; reason: Failure }

/**
 * The conversation is the only thing the widget stores, in the chat's own
 * sessionStorage, so it survives moving between the clinic's pages in one tab
 * and is gone when the tab closes. Storage may be blocked (third-party iframe,
 * private mode): then the conversation simply lives as long as the page.
 */
const KEY = 'clinic-faq-widget:conversation'
const MAX_TURNS = 60

const isTurn = (value: unknown): value is Turn => {
  if (typeof value !== 'object' || value === null) return false
  const turn = value as Record<string, unknown>
  if (turn.kind === 'question') return typeof turn.text === 'string'
  if (turn.kind === 'reply') return isAskResponse(turn.response)
  return turn.kind === 'failed' && typeof turn.question === 'string' && ['offline', 'slow', 'busy'].includes(turn.reason as string)
}

export function loadTurns(): Turn[] {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '[]')
    return Array.isArray(stored) && stored.every(isTurn) ? stored : []
  } catch {
    return []
  }
}

export function saveTurns(turns: Turn[]): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(turns.slice(-MAX_TURNS)))
  } catch {
    // Blocked or full: keep chatting without persistence.
  }
}
