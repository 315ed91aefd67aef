import type { Language } from './language.js'

/** The chat's own words; the greeting, disclaimer and answers come from the clinic's settings. */
export type ChatStrings = typeof en

const en = {
  loading: 'Loading…',
  configFailed: "We couldn't load the chat just now.",
  book: 'Book an appointment',
  close: 'Close chat',
  conversation: 'Conversation',
  suggestions: 'Suggested questions',
  you: 'You:',
  question: 'Your question',
  placeholder: 'Type your question…',
  send: 'Send',
  typing: 'Looking for an answer…',
  source: 'Source:',
  section: 'section',
  newTab: '(opens in a new tab)',
  related: 'Related questions',
  call: 'Call',
  text: 'Text',
  offline: "We couldn't reach the clinic's server, so your question wasn't answered. Check your connection and try again.",
  slow: "The clinic's server is taking too long to answer. Please try again.",
  busy: 'Many questions were sent in a short time. Please wait a minute, then try again. If you are in danger or thinking of harming yourself, call 911 or call or text 988 now.',
  retry: 'Try again',
  helpfulQuestion: 'Was this helpful?',
  helpful: 'Yes',
  notHelpful: 'No',
  thanks: 'Thank you for telling us.',
}

const es: ChatStrings = {
  loading: 'Cargando…',
  configFailed: 'No pudimos cargar el chat en este momento.',
  book: 'Reservar una cita',
  close: 'Cerrar el chat',
  conversation: 'Conversación',
  suggestions: 'Preguntas sugeridas',
  you: 'Usted:',
  question: 'Su pregunta',
  placeholder: 'Escriba su pregunta…',
  send: 'Enviar',
  typing: 'Buscando una respuesta…',
  source: 'Fuente:',
  section: 'sección',
  newTab: '(se abre en una pestaña nueva)',
  related: 'Preguntas relacionadas',
  call: 'Llamar al',
  text: 'Enviar SMS al',
  offline: 'No pudimos conectar con el servidor de la clínica y su pregunta no recibió respuesta. Revise su conexión e inténtelo de nuevo.',
  slow: 'El servidor de la clínica tarda demasiado en responder. Inténtelo de nuevo.',
  busy: 'Se enviaron muchas preguntas en poco tiempo. Espere un minuto y vuelva a intentarlo. Si está en peligro o piensa en hacerse daño, llame al 911 o llame o envíe un mensaje de texto al 988 ahora.',
  retry: 'Intentar de nuevo',
  helpfulQuestion: '¿Le fue útil?',
  helpful: 'Sí',
  notHelpful: 'No',
  thanks: 'Gracias por decírnoslo.',
}

export const CHAT_STRINGS: Record<Language, ChatStrings> = { en, es }
