import type { Answer, AskResponse } from '../../server/http/api-schema.js'
import { Chips } from './chips.js'
import { Feedback } from './feedback.js'
import { NewTabLink } from './new-tab-link.js'
import { Resources } from './resources.js'
import { RichText } from './rich-text.js'
import { httpUrl } from './safe-url.js'
import { useStrings } from './strings-context.js'

function SourceLink({ source }: { source: Answer['source'] }) {
  const strings = useStrings()
  const href = httpUrl(source.url, location.href)
  if (!href) return null
  return (
    <p class="source">
      <NewTabLink href={href}>
        {strings.source} {source.title}, {strings.section} “{source.section}”
      </NewTabLink>
    </p>
  )
}

function AnswerBody({ answer, question }: { answer: Answer; question: string | undefined }) {
  return (
    <>
      <RichText text={answer.text} />
      <SourceLink source={answer.source} />
      <Feedback entryId={answer.id} question={question} />
    </>
  )
}

/**
 * One reply of the clinic. `crisis` shows its message and the help lines and
 * nothing else; `fallback` the message, contact links and other questions;
 * `answer` the best answer with its source, then up to two related ones the
 * visitor can open. A check-in, when the message carried signs of distress,
 * comes before either.
 */
export function Reply({ response, question, onAsk }: { response: AskResponse; question: string | undefined; onAsk: (question: string) => void }) {
  const strings = useStrings()
  const { kind, message, resources = [], suggestions = [] } = response

  if (kind === 'crisis') {
    return (
      <div class="reply crisis">
        {message && <p class="crisis-message">{message}</p>}
        <Resources resources={resources} urgent />
      </div>
    )
  }

  const [best, ...related] = response.answers
  // A check-in leads the reply: someone in distress first reads that help is there, then the answer.
  const checkIn = response.checkIn && (
    <div class="check-in" role="note">
      <p class="check-in-message">{response.checkIn.message}</p>
      <Resources resources={response.checkIn.resources} urgent />
    </div>
  )
  if (kind === 'fallback' || !best) {
    return (
      <div class="reply">
        {checkIn}
        {message && <p>{message}</p>}
        {resources.length > 0 && <Resources resources={resources} />}
        {suggestions.length > 0 && <Chips questions={suggestions} onAsk={onAsk} />}
      </div>
    )
  }

  return (
    <div class="reply">
      {checkIn}
      {/* The clinic's note that an answer is in another language than the question (issue 18). */}
      {message && <p class="answer-note">{message}</p>}
      <p class="matched">{best.question}</p>
      <AnswerBody answer={best} question={question} />
      {resources.length > 0 && <Resources resources={resources} />}
      {related.length > 0 && (
        <div class="related">
          <p class="related-title">{strings.related}</p>
          {related.slice(0, 2).map((answer) => (
            <details>
              <summary>{answer.question}</summary>
              <AnswerBody answer={answer} question={question} />
            </details>
          ))}
        </div>
      )}
    </div>
  )
}
