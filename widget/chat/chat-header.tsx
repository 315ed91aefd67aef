import type { Ref } from 'preact'
import type { WidgetConfig } from '../../server/http/api-schema.js'
import { NewTabLink } from './new-tab-link.js'
import { httpUrl } from './safe-url.js'
import { useStrings } from './strings-context.js'

const CLOSE_ICON = 'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12 19 17.6 17.6 19 12 13.4 6.4 19 5 17.6 10.6 12 5 6.4z'

/** The clinic's name, its booking link and, inside the loader's panel, a close button. */
export function ChatHeader({ config, onClose, headerRef }: { config: WidgetConfig | null; onClose: (() => void) | null; headerRef: Ref<HTMLElement> }) {
  const strings = useStrings()
  const booking = config && httpUrl(config.bookingUrl)
  return (
    <header class="header" ref={headerRef}>
      <div class="title">
        {config ? <h1>{config.clinicName}</h1> : <p class="loading">{strings.loading}</p>}
        {booking && (
          <NewTabLink class="book" href={booking}>
            {strings.book}
          </NewTabLink>
        )}
      </div>
      {onClose && (
        <button type="button" class="close" aria-label={strings.close} onClick={onClose}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d={CLOSE_ICON} />
          </svg>
        </button>
      )}
    </header>
  )
}
