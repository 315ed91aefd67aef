import { useEffect, useRef } from 'preact/hooks'
import type { HostChannel } from './host-channel.js'

/**
 * The chat's side of the loader's panel: whether it is shown (answers that
 * arrive while it is not are reported as unread), focus on request, and
 * Escape anywhere in the chat asking the loader to close it (the loader then
 * returns focus to the launcher). Inline in the page, there is nothing to close.
 */
export function useHost(host: HostChannel | null, inline: boolean, focusQuestion: () => void) {
  // On its own (no loader), the chat page is always visible.
  const visible = useRef(host === null)
  const unread = useRef(0)

  const setUnread = (count: number) => {
    if (unread.current === count) return
    unread.current = count
    host?.send({ type: 'unread', count })
  }

  useEffect(() => {
    if (!host) return
    const stop = host.listen((message) => {
      if (message.type === 'focus') focusQuestion()
      if (message.type !== 'open' && message.type !== 'close') return
      visible.current = message.type === 'open'
      if (visible.current) setUnread(0)
    })
    const onKeyDown = (event: KeyboardEvent) => {
      // Escape during an IME composition cancels the composition, not the chat.
      if (event.key === 'Escape' && !event.isComposing && !inline) host.send({ type: 'close' })
    }
    document.addEventListener('keydown', onKeyDown)
    host.send({ type: 'ready' })
    return () => {
      stop()
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [host])

  /** Counts a reply the visitor has not seen because the panel is hidden. */
  const noteReply = () => {
    if (!visible.current) setUnread(Math.min(unread.current + 1, 99))
  }

  return { noteReply, close: () => host?.send({ type: 'close' }) }
}
