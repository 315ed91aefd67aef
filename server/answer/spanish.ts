import { stemmer } from '@orama/stemmers/spanish'
import { foldText } from './normalise.js'

/**
 * The Spanish side of the analysis (issue 18): visitors' shorthand spelled
 * out, function words, and Snowball's Spanish stemmer (from @orama/stemmers,
 * the Snowball algorithm as Orama's search engine ships and maintains it).
 * Accents are folded before anything else, since visitors often leave them
 * out ("sesion", "cuanto"), so every list here is written without them.
 */

// A Map, not an object: a visitor's "constructor" must not find Object.prototype's.
const SPELLED_OUT: ReadonlyMap<string, string> = new Map(Object.entries({
  q: 'que',
  k: 'que',
  ke: 'que',
  xq: 'porque',
  pq: 'porque',
  porq: 'porque',
  x: 'por',
  tb: 'tambien',
  tmb: 'tambien',
  tmbn: 'tambien',
  d: 'de',
  dr: 'doctor',
  dra: 'doctora',
  doc: 'doctor',
  porfa: 'por favor',
  xfa: 'por favor',
  info: 'informacion',
  min: 'minutos',
  mins: 'minutos',
  hr: 'hora',
  hrs: 'horas',
  aseguranza: 'seguro',
  meds: 'medicamentos',
}))

/** Folded, lower-case words with Spanish texting shorthand spelled out ("q tanto dura" → "que tanto dura"). */
export function normaliseSpanish(text: string): string {
  return foldText(text)
    .split(' ')
    .filter((word) => word.length > 0)
    .map((word) => SPELLED_OUT.get(word) ?? word)
    .join(' ')
}

/**
 * Spanish function words, the polite filler visitors wrap a question in, and
 * the people they ask for ("mi hija tiene ..."), as in English (terms.ts).
 * Words of dying and killing are idioms by the time retrieval sees them; the
 * safety rules have already read them.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  `a al algo alguien algun alguna algunas alguno algunos ante antes aqui asi aun bien cada como con contra cual cuales
  cualquier cuando de del desde donde dos e el ella ellas ello ellos en entre era eran eres es esa esas ese eso esos esta
  estaba estado estais estamos estan estar estas este esto estos estoy fue fueron fui ha habia han has hasta hay he
  la las le les lo los mas me mi mis mucho muchos muy nada ni no nos nosotros o os otra otras otro otros para pero poco por
  porque que quien quienes se ser si sin sobre soy su sus tambien tan tanto te tener tengo ti tiene tienen todo todos tu tus
  un una unas uno unos usted ustedes vez y ya yo u del
  hola buenas buenos dias tardes noches gracias favor porfavor pregunta preguntas duda dudas saber quisiera quiero queria
  gustaria necesito puedo pueden puede podria podrian decir digame dime cosa cosas algo este pues bueno oye oiga disculpe perdon
  senor senora senorita hey ok okey jaja jeje
  esposo esposa marido mujer pareja hijo hija hijos hijas madre mama padre papa abuelo abuela nieto nieta amigo amiga
  hermano hermana tio tia novio novia
  morir muero muriendo muerte matar matando mata`
    .split(/\s+/)
    .filter((word) => word.length > 0),
)

export function isSpanishStopWord(word: string): boolean {
  return STOP_WORDS.has(word)
}

/**
 * Everyday Spanish words that wrap a question rather than name its topic
 * ("usan", "hacen", "mundo", "gente"): what the English side learns from
 * word frequencies (english.ts), listed here, as no Spanish frequency list is
 * shipped. They count a little, like the commonest English words.
 */
const EVERYDAY: ReadonlySet<string> = new Set(
  `ser soy eres somos son era eran fue fueron sido sea estar estoy esta estan estaba estado este
  hacer hago hace hacen hacia hizo hecho haga hagan dar doy da dan dio dado de den usar uso usa usan usado use usen
  tener tengo tiene tienen tenia tuvo tenga ir voy va van iba fui vaya vayan poder puedo puede pueden podia pudo pueda
  decir digo dice dicen dijo dicho diga ver veo ve ven vio visto vea saber se sabe saben sabia supo sepa
  querer quiero quiere quieren queria quiso llegar llega llegan llego pasar paso pasa pasan paso deber debo debe deben
  poner pongo pone ponen puso puesto parecer parece parecen quedar queda quedan creer creo cree creen hablar habla hablan
  llevar llevo lleva llevan dejar deja dejan seguir sigo sigue siguen encontrar encuentro llamar llamo llama llaman
  venir vengo viene vienen pensar pienso piensa piensan salir sale salen volver vuelve vuelven tomar tomo toma toman
  conocer conozco conoce vivir vivo vive viven sentir siento siente sienten tratar trata tratan mirar contar cuenta
  empezar empieza esperar espero espera buscar busco busca existir existe existen entrar trabajar trabajo trabaja trabajan
  ayudar ayuda ayudan funcionar funciona funcionan servir sirve sirven
  mas menos mejor peor grande grandes pequeno pequena bueno buena buenos malo mala nuevo nueva mismo misma otro otra
  mundo gente persona personas vez veces ano anos dia dias cosa cosas parte forma manera caso lugar verdad
  cuanto cuanta cuantos cuantas mucho mucha muchos muchas poco poca pocos pocas algo nada siempre nunca todavia aun
  ahora hoy ayer manana luego despues antes bien mal asi tal solo sola solamente casi tan tanto
  normal normalmente general realmente verdad cierto claro exactamente`
    .split(/\s+/)
    .filter((word) => word.length > 0),
)

const EVERYDAY_SPECIFICITY = 0.2

/** 0..1: how much a Spanish word names a topic. */
export function spanishSpecificity(word: string): number {
  return EVERYDAY.has(word) ? EVERYDAY_SPECIFICITY : 1
}

/** Words never read as a typo of another: the everyday words and function words listed here. */
export function isKnownSpanishWord(word: string): boolean {
  return EVERYDAY.has(word) || STOP_WORDS.has(word)
}

/**
 * Snowball joins a few words that mean different things here and keeps apart
 * some that mean the same ("dosis" and "dosificacion"); these override it.
 */
const STEM_OVERRIDES: ReadonlyMap<string, string> = new Map(Object.entries({
  dosis: 'dosis',
  dosificacion: 'dosis',
  suero: 'suer',
  sueros: 'suer',
  efectiva: 'efect-ivo',
  efectivo: 'efect-ivo',
  efectivos: 'efect-ivo',
  efectivas: 'efect-ivo',
  eficaz: 'efect-ivo',
  eficaces: 'efect-ivo',
  eficacia: 'efect-ivo',
}))

const stemCache = new Map<string, string>()
const STEM_CACHE_LIMIT = 50_000

/**
 * Many visitors spell Spanish as it sounds: "sita" for cita, "kuanto" for cuanto, "cobid", "bena",
 * "ase" for hace, "cansansio". Stems are compared by how they sound, so both spellings of a word
 * meet: c and qu before e or i, c and k, z and s, v and b, ll and y, and a silent h each become one
 * letter (the idea behind Spanish phonetic keys such as the Spanish Metaphone).
 */
export function spanishSoundKey(stem: string): string {
  return stem
    .replace(/ch/g, '\u0001')
    .replace(/qu(?=[ei])/g, 'k')
    .replace(/gu(?=[ei])/g, '\u0002')
    .replace(/g(?=[ei])/g, 'j')
    .replace(/\u0002/g, 'g')
    .replace(/c(?=[ei])/g, 's')
    .replace(/c/g, 'k')
    .replace(/z/g, 's')
    .replace(/v/g, 'b')
    .replace(/ll/g, 'y')
    .replace(/h/g, '')
    .replace(/\u0001/g, 'ch')
    .replace(/([a-z])\1+/g, '$1')
}

export function spanishStemOf(word: string): string {
  const known = stemCache.get(word)
  if (known !== undefined) return known
  const stemmed = spanishSoundKey(STEM_OVERRIDES.get(word) ?? stemmer(word))
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear()
  stemCache.set(word, stemmed)
  return stemmed
}
