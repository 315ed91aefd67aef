import { useEffect, useRef } from 'preact/hooks'
import type { Language } from '../i18n/language.js'
import { Chips } from './chips.js'
import { ChatHeader } from './chat-header.js'
import { Composer } from './composer.js'
import { FeedbackContext } from './feedback.js'
import type { HostChannel } from './host-channel.js'
import { Turns } from './turns.js'
import { useConfig } from './use-config.js'
import { useConversation } from './use-conversation.js'
import { useHost } from './use-host.js'
import { useMediaQuery } from './use-media-query.js'
import { useStrings } from './strings-context.js'

/** The heights at which chat.css condenses the header, matched here to move the disclaimer. */
const SHORT_WINDOW = '(max-height: 479px)'

/**
 * The chat: the clinic's name and booking link, its greeting and starter
 * questions, the conversation (an `aria-live` log, so new replies are
 * announced), and the question box under the clinic's disclaimer.
 *
 * In a short window (a phone on its side, 200% zoom, or the 320×256 px of WCAG's
 * reflow criterion) the disclaimer heads the conversation instead, so the
 * conversation keeps most of the height and the question box stays in view (issue 15).
 */
export function App({ host, inline, language }: { host: HostChannel | null; inline: boolean; language: Language }) {
  const strings = useStrings()
  const headerRef = useRef<HTMLElement>(null)
  const contentRef = useRef<HTMLDivElement>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const scrollerRef = useRef<HTMLElement>(null)

  const { state: configState, reload } = useConfig(language)
  const { noteReply, close } = useHost(host, inline, () => inputRef.current?.focus())
  const { turns, pending, ask, retry } = useConversation(language, noteReply)
  // No height reports: the panel keeps the loader's fixed size while open, since a host-page script
  // could read a question going out from the heights changing (issue 14).
  const config = configState.status === 'ready' ? configState.config : null
  const short = useMediaQuery(SHORT_WINDOW)
  const disclaimer = config?.disclaimer ?? null

  // Bring the latest question to the top of the view, so its reply is read from the start. A crisis
  // screen comes to the top itself: every help line in view matters more than the words just typed (issue 15).
  useEffect(() => {
    const scroller = scrollerRef.current
    const questions = scroller?.querySelectorAll<HTMLElement>('.visitor')
    const question = questions?.[questions.length - 1]
    const latest = question?.nextElementSibling?.matches('.crisis') ? (question.nextElementSibling as HTMLElement) : question
    if (scroller && latest) scroller.scrollTop = latest.offsetTop - 12
  }, [turns.length, pending])

  const retryAndRefocus = () => {
    retry()
    inputRef.current?.focus()
  }

  return (
    <div class="chat">
      <ChatHeader config={config} onClose={host && !inline ? close : null} headerRef={headerRef} />
      <main class="scroller" ref={scrollerRef}>
        <div class="content" ref={contentRef}>
          {configState.status === 'failed' && (
            <p class="notice">
              {strings.configFailed}{' '}
              <button type="button" class="retry" onClick={reload}>
                {strings.retry}
              </button>
            </p>
          )}
          {short && disclaimer && <p class="disclaimer">{disclaimer}</p>}
          {config && <p class="bubble">{config.greeting}</p>}
          <div role="log" aria-live="polite" aria-label={strings.conversation}>
            <FeedbackContext.Provider value={config?.feedback === true}>
              <Turns turns={turns} onAsk={ask} onRetry={retryAndRefocus} />
            </FeedbackContext.Provider>
            {pending && (
              <p class="bubble typing">
                <span class="dots" aria-hidden="true">
                  <span />
                  <span />
                  <span />
                </span>
                <span class="visually-hidden">{strings.typing}</span>
              </p>
            )}
          </div>
          {config && turns.length === 0 && <Chips questions={config.starterQuestions} onAsk={ask} />}
        </div>
      </main>
      <Composer busy={pending} disclaimer={short ? null : disclaimer} onAsk={ask} inputRef={inputRef} formRef={formRef} />
    </div>
  )
}
