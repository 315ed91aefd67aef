import type { Ref } from 'preact'
import { useState } from 'preact/hooks'
import { QUESTION_MAX_LENGTH } from './api.js'
import { useStrings } from './strings-context.js'

const SEND_ICON = 'M3.4 20.4 21 12 3.4 3.6 3.4 10.1 15 12 3.4 13.9z'

type ComposerProps = {
  busy: boolean
  /** The clinic's disclaimer, kept in sight where the visitor types: "please don't share personal details here". */
  disclaimer: string | null
  onAsk: (question: string) => void
  inputRef: Ref<HTMLInputElement>
  formRef: Ref<HTMLFormElement>
}

/** The question box. While an answer is on its way the visitor can type, but not send. */
export function Composer({ busy, disclaimer, onAsk, inputRef, formRef }: ComposerProps) {
  const strings = useStrings()
  const [text, setText] = useState('')
  const question = text.trim()

  const submit = (event: Event) => {
    event.preventDefault()
    if (!question || busy) return
    onAsk(question)
    setText('')
  }

  return (
    <form class="composer" ref={formRef} aria-label={strings.question} onSubmit={submit}>
      {disclaimer && <p class="disclaimer">{disclaimer}</p>}
      <div class="row">
        <input
          ref={inputRef}
          type="text"
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
          maxLength={QUESTION_MAX_LENGTH}
          placeholder={strings.placeholder}
          aria-label={strings.question}
          autocomplete="off"
          enterkeyhint="send"
        />
        <button type="submit" class="send" aria-label={strings.send} disabled={!question || busy}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d={SEND_ICON} />
          </svg>
        </button>
      </div>
    </form>
  )
}
