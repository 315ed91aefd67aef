import type { RefObject } from 'preact'
import { useEffect } from 'preact/hooks'
import type { HostChannel } from './host-channel.js'

/**
 * Tells the loader how tall the chat would like to be (header, conversation
 * and question box at their natural heights), so the panel grows with the
 * conversation instead of opening as a tall empty box, up to a comfortable
 * reading height (the loader also keeps it within the visitor's window).
 */
const MAX_HEIGHT = 640

export function useResizeReport(host: HostChannel | null, parts: RefObject<HTMLElement>[]) {
  useEffect(() => {
    if (!host || typeof ResizeObserver !== 'function') return
    let reported = 0
    const observer = new ResizeObserver(() => {
      const height = Math.min(MAX_HEIGHT, Math.ceil(parts.reduce((sum, part) => sum + (part.current?.offsetHeight ?? 0), 0)))
      if (height !== reported) host.send({ type: 'resize', height: (reported = height) })
    })
    for (const part of parts) if (part.current) observer.observe(part.current)
    return () => observer.disconnect()
  }, [host])
}
