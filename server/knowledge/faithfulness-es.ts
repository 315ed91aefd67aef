import { SPANISH } from '../answer/analyser.js'
import { foldText } from '../answer/normalise.js'
import type { FaithfulnessRules } from './faithfulness.js'

/**
 * The faithfulness rules in Spanish (issue 18), for translations checked
 * against the Spanish article: the same kinds of hedge, safety clause and
 * limitation as in English, in the words the translation uses. Patterns run
 * on accent-folded lower-case text, so "podría" and "podria" are one word.
 */
const folded = (pattern: string) => ({ test: (text: string) => new RegExp(`\\b(?:${pattern})\\b`).test(foldText(text)) })

const SAFETY_CLAUSES = [
  { name: 'manejar o conducir (driving)', pattern: 'manejar|manejen|maneje|conducir|conduzca|conduzcan' },
  { name: 'maquinaria pesada (heavy machinery)', pattern: 'maquinaria' },
  { name: 'supervisión médica (medical supervision)', pattern: 'supervision' },
  { name: 'proceso de evaluación (screening)', pattern: 'proceso de evaluacion|evaluacion exhaustiva' },
  { name: 'efectos secundarios (side effects)', pattern: 'efectos? secundarios?' },
  { name: 'informar de afecciones, medicamentos o alergias (disclosing)', pattern: 'informar|informe|alergias?' },
].map(({ name, pattern }) => ({ name, pattern: folded(pattern) }))

/** Hedges by name, each with the forms a translation may use for it ("puede", "pueden", "podría"). */
const HEDGES: ReadonlyArray<{ hedge: string; pattern: RegExp }> = Object.entries({
  puede: 'puede|pueden|podria|podrian|pudiera|pudieran',
  sugiere: 'sugiere|sugieren|sugerido',
  'se cree': 'se cree|se creia|se piensa',
  'en general': 'en general|generalmente|por lo general',
  suele: 'suele|suelen|normalmente|habitualmente',
  alrededor: 'alrededor|aproximadamente|unos|unas',
  estima: 'estimo|estima|estimado|estimada',
  'etapas tempranas': 'etapas tempranas|primeras etapas',
  'mas investigacion': 'mas investigacion|mas estudios',
  potencial: 'potencial|potenciales',
  prometedor: 'prometedor|prometedora|prometedores|prometedoras',
  algunos: 'algun|alguna|algunos|algunas',
  variar: 'variar|varia|varian|variable|variables',
  raro: 'raro|rara|raros|raras|poco frecuentes?',
  'a menudo': 'a menudo|con frecuencia',
  parcial: 'parcial|parciales|parcialmente',
  'entre otros': 'entre otros|entre otras',
  incluir: 'incluir|incluye|incluyen|incluido|incluida|incluidos|incluidas|incluso',
  informo: 'informo|informaron|informa|informan',
}).map(([hedge, forms]) => ({ hedge, pattern: new RegExp(`\\b(?:${forms})\\b`) }))

const hedgesIn = (text: string) => {
  const plain = foldText(text)
  return HEDGES.filter(({ pattern }) => pattern.test(plain)).map(({ hedge }) => hedge)
}

export const SPANISH_FAITHFULNESS: FaithfulnessRules = {
  safetyClauses: SAFETY_CLAUSES,
  riskWords: folded('riesgos?|graves?|alucinaciones|presion arterial|respiratoria|nauseas?|mareos?|disociacion'),
  hedgesIn,
  limitations: [
    { phrase: 'la investigación aún está en etapas tempranas', pattern: folded('etapas tempranas'), kept: folded('etapas tempranas|primeras etapas') },
    { phrase: 'se necesita más investigación', pattern: folded('se necesita mas investigacion'), kept: folded('mas investigacion|mas estudios') },
    { phrase: 'se necesitan más estudios', pattern: folded('se necesitan mas estudios'), kept: folded('mas investigacion|mas estudios') },
  ],
  effectivenessQuestion: folded('(?:ayuda|ayudan|ayudo|funciona|funcionan|funciono|sirve|sirven|cura|curan|curo|esta probad[oa]|es eficaz)'),
  hedgedFinding: folded('puede|pueden|podria|sugiere|sugieren|etapas tempranas|mas investigacion|mas estudios|se cree|varia|varian|un estudio|en algunos|en algunas'),
  analyser: SPANISH,
}
