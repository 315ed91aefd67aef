import type { Resource } from '../../server/http/api-schema.js'
import { NewTabLink } from './new-tab-link.js'
import { httpUrl, smsHref, telHref } from './safe-url.js'
import { useStrings } from './strings-context.js'

type Action = { href: string; words: string; external: boolean }

/**
 * Help lines and contact links as large tappable links. A resource with one
 * way to reach it is one link reading as its label ("In immediate danger?
 * Call 911"); with several, the label heads one link per way ("Call 988",
 * "Text 988"), side by side where they fit, so that every line of a crisis
 * screen shows at once (issue 15).
 */
export function Resources({ resources, urgent = false }: { resources: Resource[]; urgent?: boolean }) {
  const strings = useStrings()
  return (
    <ul class={urgent ? 'resources urgent' : 'resources'}>
      {resources.map((resource) => {
        const actions: Action[] = []
        const call = resource.phone && telHref(resource.phone)
        const text = resource.sms && smsHref(resource.sms, resource.smsBody)
        const page = resource.url && httpUrl(resource.url, location.href)
        if (call) actions.push({ href: call, words: `${strings.call} ${resource.phone}`, external: false })
        if (text) actions.push({ href: text, words: `${strings.text} ${resource.sms}`, external: false })
        if (page) actions.push({ href: page, words: resource.label, external: true })
        const only = actions.length === 1
        return (
          <li>
            {!only && <span class="resource-label">{resource.label}</span>}
            <span class="actions">
              {actions.map(({ href, words, external }) =>
                external ? (
                  <NewTabLink class="action" href={href}>
                    {words}
                  </NewTabLink>
                ) : (
                  <a class="action" href={href}>
                    {only ? resource.label : words}
                  </a>
                ),
              )}
            </span>
          </li>
        )
      })}
    </ul>
  )
}
