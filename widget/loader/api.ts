import { guard } from './dom.js'
import { warn } from './settings.js'

export type WidgetEvent = 'open' | 'close' | 'ready'
type Handler = () => void

/** `window.ClinicFAQ`: lets a site's own "Ask us" button drive the chat (issue 15). */
export type ClinicFaqApi = {
  open: Handler
  close: Handler
  toggle: Handler
  /** Calls the handler on each such event, at once for `ready` if the chat already is; returns a function that stops it. */
  on: (event: WidgetEvent, handler: Handler) => Handler
}

/** What the README's snippet leaves on window before widget.js arrives: each call, in order. */
type Stub = { q?: Array<[string, ArrayLike<unknown>]> }

declare global {
  interface Window {
    ClinicFAQ?: ClinicFaqApi
  }
}

/**
 * Puts the API on window, then replays the calls the page made before the
 * loader arrived, the way analytics snippets queue theirs. The controls come
 * guarded (the launcher and close button use them too). Returns `emit`.
 */
export function exposeApi(controls: Pick<ClinicFaqApi, 'open' | 'close' | 'toggle'>, isReady: () => boolean) {
  const handlers: Record<string, Set<Handler>> = {}
  const api: ClinicFaqApi = {
    ...controls,
    on: (event, handler) => {
      ;(handlers[event] ??= new Set()).add(handler)
      if (event === 'ready' && isReady()) guard(handler)()
      return () => handlers[event]!.delete(handler)
    },
  }
  const queued = (window.ClinicFAQ as Stub | undefined)?.q ?? []
  window.ClinicFAQ = api
  for (const [method, args] of queued) {
    if (method in api) (api[method as keyof ClinicFaqApi] as (...args: unknown[]) => void)(...(args as unknown[]))
    else warn(`ClinicFAQ.${method} is not a function`)
  }
  return (event: WidgetEvent) => handlers[event]?.forEach((handler) => guard(handler)())
}
