import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import { CHAT_STRINGS, type ChatStrings } from '../i18n/chat-strings.js'

/** The chat's words in the language the clinic's script tag chose. */
export const StringsContext = createContext<ChatStrings>(CHAT_STRINGS.en)
export const useStrings = () => useContext(StringsContext)
