import type { Turn } from './conversation-store.js'
import { Reply } from './reply.js'
import { useStrings } from './strings-context.js'

/** The visitor's questions and the clinic's replies, with a retry where a request failed. */
export function Turns({ turns, onAsk, onRetry }: { turns: Turn[]; onAsk: (question: string) => void; onRetry: () => void }) {
  const strings = useStrings()
  return (
    <>
      {turns.map((turn, index) => {
        if (turn.kind === 'question') {
          return (
            <p class="visitor">
              <span class="visually-hidden">{strings.you} </span>
              {turn.text}
            </p>
          )
        }
        if (turn.kind === 'reply') {
          const asked = turns[index - 1]
          return <Reply response={turn.response} question={asked?.kind === 'question' ? asked.text : undefined} onAsk={onAsk} />
        }
        return (
          <p class="bubble notice">
            {strings[turn.reason]}{' '}
            <button type="button" class="retry" onClick={onRetry}>
              {strings.retry}
            </button>
          </p>
        )
      })}
    </>
  )
}
