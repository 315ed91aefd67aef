import type { AnswerLanguage } from '../knowledge/knowledge.js'
import { foldText, words } from './normalise.js'

/**
 * The language a visitor wrote in, from its function words and the words
 * visitors use for the clinic's topics. The widget's `lang` is a hint about the
 * page, not about the visitor: a visitor on an English page may write in
 * Spanish, and a person in crisis must get the help lines in the language they
 * wrote in. The hint decides only when the message itself is unsure
 * ("ketamine?", "ok").
 */
const SPANISH = new Set(
  `el la los las un una unos unas de del que y en es no me mi mis se por para con su sus al lo como pero mas muy ya yo tengo
  tiene tienen estoy esta estan quiero puedo puede pueden hay cuanto cuanta cuantos cuantas cuando donde porque tambien
  ahora nada todo aqui cual cuales usted ustedes hola gracias despues antes sin sobre ser son fue hace hacer necesito
  q pq xq si eso esto este esa ese
  sesion sesiones ketamina efectos secundarios dura duracion tratamiento tratamientos seguro cita clinica persistente largo
  niebla mental cansancio fatiga dolor suero goteo infusion infusiones aerosol nasal dosis riesgos sintomas medico doctor
  depresion ansiedad ayuda sirve funciona cuesta precio manejar casa aceptan aseguranza abren horario estacionamiento llevar
  primera matarme suicidarme morir morirme quitarme vida`.split(/\s+/),
)
const ENGLISH = new Set(
  `the a an of and to in is it i my me you your for with on that this what how can do does are was be have not at
  will would should there long much many after before get does from about any`.split(/\s+/),
)
/** Letters and marks only Spanish writes: "¿", "ñ", "ción". */
const SPANISH_MARKS = /[¿¡ñ]|ci[oó]n\b|[áéíóú]/i

export type DetectedLanguage = AnswerLanguage | 'unsure'

/** How many of a message's words are in each language's list. */
function languageWords(text: string, spanishWords: ReadonlySet<string>, englishWords: ReadonlySet<string>): { spanish: number; english: number } {
  let spanish = 0
  let english = 0
  for (const word of words(foldText(text))) {
    if (spanishWords.has(word)) spanish++
    if (englishWords.has(word)) english++
  }
  return { spanish, english }
}

export function detectLanguage(text: string): DetectedLanguage {
  const counted = languageWords(text, SPANISH, ENGLISH)
  const spanish = counted.spanish + (SPANISH_MARKS.test(text) ? 1 : 0)
  // "quiero matarme" has one Spanish word and no English one: a short message in crisis is still Spanish.
  if (spanish > counted.english) return 'es'
  if (counted.english > spanish) return 'en'
  return 'unsure'
}

/**
 * Little words each language has and the other never writes: not "a", "me", "no" or "infusion",
 * which an English message and a Spanish one both hold.
 */
const ONLY_SPANISH = new Set(
  `el la los las una unos unas del que y en es por para con su sus lo como pero mas muy ya yo tengo tiene estoy esta
  quiero puedo hay cuanto cuando donde porque tambien eso esto mi mis se al sobre sin`.split(/\s+/),
)
const ONLY_ENGLISH = new Set(
  `the of and to is it my you your for with that this what how can do does are was be have not at will would should
  there much many after before get from about any`.split(/\s+/),
)
/** Written in both languages: at least two words only each writes ("what are the síntomas of long covid? how do I know si lo tengo"). */
const MIXED_AT_LEAST = 2

export function isMixedLanguage(text: string): boolean {
  const { spanish, english } = languageWords(text, ONLY_SPANISH, ONLY_ENGLISH)
  return spanish >= MIXED_AT_LEAST && english >= MIXED_AT_LEAST
}

/** The widget's language tag ("es-MX") as a language answers come in: Spanish or English. */
export function pageLanguage(hint: string | undefined): AnswerLanguage {
  return hint?.toLowerCase().split('-')[0] === 'es' ? 'es' : 'en'
}

/** The language to answer in: the message's own, or the widget's hint when the message is unsure. */
export function visitorLanguage(text: string, hint: string | undefined): AnswerLanguage {
  const detected = detectLanguage(text)
  return detected === 'unsure' ? pageLanguage(hint) : detected
}
