import { useEffect, useRef, useState } from 'preact/hooks'
import type { Language } from '../i18n/language.js'
import { askQuestion, RequestFailed } from './api.js'
import { loadTurns, saveTurns, type Turn } from './conversation-store.js'

/**
 * The turns of the conversation and the one request in flight. A failed
 * request keeps the visitor's question in the conversation with a retry, so
 * nothing typed is lost to a slow or unreachable server (issue 3).
 */
export function useConversation(language: Language, onSettled: () => void) {
  const [turns, setTurns] = useState<Turn[]>(loadTurns)
  const [pending, setPending] = useState(false)
  const settled = useRef(onSettled)
  settled.current = onSettled

  useEffect(() => saveTurns(turns), [turns])

  const fetchReply = async (question: string) => {
    setPending(true)
    let turn: Turn
    try {
      turn = { kind: 'reply', response: await askQuestion(question, language) }
    } catch (error) {
      turn = { kind: 'failed', question, reason: error instanceof RequestFailed ? error.reason : 'offline' }
    }
    setTurns((current) => [...current, turn])
    setPending(false)
    settled.current()
  }

  // A question asked just before the visitor moved to another page was never answered: ask it again.
  useEffect(() => {
    const last = turns[turns.length - 1]
    if (last?.kind === 'question') void fetchReply(last.text)
  }, [])

  const ask = (text: string) => {
    if (pending) return
    setTurns((current) => [...current, { kind: 'question', text }])
    void fetchReply(text)
  }

  const retry = () => {
    const last = turns[turns.length - 1]
    if (pending || last?.kind !== 'failed') return
    setTurns((current) => current.slice(0, -1))
    void fetchReply(last.question)
  }

  return { turns, pending, ask, retry }
}
