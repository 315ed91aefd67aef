import { useStrings } from './strings-context.js'

/** Questions the visitor can ask with one tap: the clinic's starters, or suggestions after a fallback. */
export function Chips({ questions, onAsk }: { questions: string[]; onAsk: (question: string) => void }) {
  return (
    <ul class="chips" aria-label={useStrings().suggestions}>
      {questions.map((question) => (
        <li>
          <button type="button" class="chip" onClick={() => onAsk(question)}>
            {question}
          </button>
        </li>
      ))}
    </ul>
  )
}
