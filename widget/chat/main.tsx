import { render } from 'preact'
import { textOn } from '../accent.js'
import { CHAT_STRINGS } from '../i18n/chat-strings.js'
import { App } from './app.js'
import { readChatParams } from './chat-params.js'
import { connectHost } from './host-channel.js'
import { StringsContext } from './strings-context.js'
import './chat.css'

const { hostOrigin, language, accent, inline, theme } = readChatParams(location.hash)
const root = document.documentElement
root.lang = language
root.dataset.theme = theme
// CSSOM, not a style attribute: the page's CSP allows no inline styles.
root.style.setProperty('--accent', accent)
root.style.setProperty('--on-accent', textOn(accent))

const app = document.getElementById('app')
if (app) {
  render(
    <StringsContext.Provider value={CHAT_STRINGS[language]}>
      <App host={connectHost(hostOrigin)} inline={inline} language={language} />
    </StringsContext.Provider>,
    app,
  )
}
