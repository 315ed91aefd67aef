import { normalise, words } from './normalise.js'

/**
 * Whether a message is written in Spanish, from its function words. The
 * widget's `lang` is a hint about the page, not about the visitor: a visitor
 * on an English page may write in Spanish, and a person in crisis must get the
 * help lines in the language they wrote in.
 */
const SPANISH = new Set(
  'el la los las un una de del que y en es no me mi se por para con su al lo como pero mas muy ya yo tengo tiene estoy esta quiero puedo puede hay sesion cuanto cuando donde porque tambien ahora nada todo aqui'.split(' '),
)
const ENGLISH = new Set('the a an of and to in is it i my me you your for with on that this what how can do does are was be have not at'.split(' '))

export function looksSpanish(text: string): boolean {
  let spanish = 0
  let english = 0
  for (const word of words(normalise(text))) {
    if (SPANISH.has(word)) spanish++
    if (ENGLISH.has(word)) english++
  }
  return spanish >= 2 && spanish > english
}
