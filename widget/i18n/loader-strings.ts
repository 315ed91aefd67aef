import type { Language } from './language.js'

/**
 * The few words the loader shows on the host page, kept apart (and as tuples)
 * so widget.js stays within its 2 KB budget.
 */
export type LoaderStrings = [launcher: string, dialog: string, unread: string]

export const LOADER_STRINGS: Record<Language, LoaderStrings> = {
  en: ['Questions? Chat with us', 'Chat with the clinic', 'new'],
  es: ['¿Preguntas? Chatee con nosotros', 'Chat con la clínica', 'nuevas'],
}
