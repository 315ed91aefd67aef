import { createContext } from 'preact'
import { useContext, useState } from 'preact/hooks'
import { sendFeedback } from './api.js'
import { useStrings } from './strings-context.js'

/** Whether the server counts votes (/api/config `feedback`); off, the buttons are not shown. */
export const FeedbackContext = createContext(false)

type Verdict = 'helpful' | 'not-helpful'

/**
 * One vote per answer per conversation: votes live in the chat's sessionStorage
 * beside the conversation and go when the tab closes. Storage may be blocked;
 * then a vote holds for as long as the page.
 */
const KEY = 'clinic-faq-widget:votes'

function loadVotes(): Record<string, Verdict> {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '{}')
    return typeof stored === 'object' && stored !== null ? (stored as Record<string, Verdict>) : {}
  } catch {
    return {}
  }
}

function saveVote(entryId: string, verdict: Verdict) {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ ...loadVotes(), [entryId]: verdict }))
  } catch {
    // Blocked or full: the vote still counts, once, on this page.
  }
}

/**
 * "Was this helpful?" under an answer. A not-helpful vote sends the question
 * it answered, so staff see what was misunderstood. A vote that fails to send
 * is not retried: it is a courtesy, never worth an error in the visitor's way.
 */
export function Feedback({ entryId, question }: { entryId: string; question: string | undefined }) {
  const strings = useStrings()
  const enabled = useContext(FeedbackContext)
  const [verdict, setVerdict] = useState<Verdict | undefined>(() => loadVotes()[entryId])
  if (!enabled) return null

  const vote = (chosen: Verdict) => {
    if (verdict) return
    setVerdict(chosen)
    saveVote(entryId, chosen)
    void sendFeedback(entryId, chosen === 'helpful', chosen === 'not-helpful' ? question : undefined).catch(() => {})
  }

  return (
    <div class="feedback" role="group" aria-label={strings.helpfulQuestion}>
      <span class="feedback-question" aria-hidden="true">
        {strings.helpfulQuestion}
      </span>
      <button type="button" class="vote" aria-pressed={verdict === 'helpful'} onClick={() => vote('helpful')}>
        {strings.helpful}
      </button>
      <button type="button" class="vote" aria-pressed={verdict === 'not-helpful'} onClick={() => vote('not-helpful')}>
        {strings.notHelpful}
      </button>
      <span class="feedback-thanks" role="status">
        {verdict ? strings.thanks : ''}
      </span>
    </div>
  )
}
