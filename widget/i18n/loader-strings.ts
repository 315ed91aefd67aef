import type { Language } from './language.js'

/**
 * The few words the loader shows on the host page, kept apart (and as tuples)
 * so widget.js stays within its 3 KB budget. The last five are its own panel
 * for when the chat cannot load (issue 15): there the help lines must be
 * reachable without the chat.
 */
export type LoaderStrings = [
  launcher: string,
  dialog: string,
  unread: string,
  close: string,
  failed: string,
  callClinic: string,
  crisisCall: string,
  crisisText: string,
  emergency: string,
]

export const LOADER_STRINGS: Record<Language, LoaderStrings> = {
  en: [
    'Questions? Chat with us',
    'Chat with the clinic',
    'new',
    'Close chat',
    "The chat can't load right now.",
    'Call the clinic:',
    'In a crisis, call 988',
    'Or text 988',
    'In an emergency, call 911',
  ],
  es: [
    '¿Preguntas? Chatee con nosotros',
    'Chat con la clínica',
    'nuevas',
    'Cerrar el chat',
    'El chat no se puede cargar en este momento.',
    'Llame a la clínica:',
    'En una crisis, llame al 988 y marque 2',
    'O envíe AYUDA al 988',
    'En una emergencia, llame al 911',
  ],
}
