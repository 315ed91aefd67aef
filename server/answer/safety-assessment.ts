import weights from './risk-weights.json' with { type: 'json' }
import { loadRiskModel, RISK_CLASSES, type RiskModel, type RiskScores, type RiskWeights } from './risk-model.js'
import { classifySafety } from './safety.js'
import { findDisclosure } from './safety-disclosures.js'
import { detectLanguage } from './language.js'

/**
 * The graduated safety response: the rules (safety.ts) for what they do well,
 * precision and the frames of negation, hypotheticals and history; disclosures
 * of violence and depression (safety-disclosures.ts); and the learned risk model
 * for the wording no rule anticipated. A miss is never silent: a message the
 * model finds risky but not clearly a crisis gets a check-in, the normal answer
 * led by a caring line and the help lines.
 */

export type HelpCategory = 'self-harm' | 'emergency' | 'violence'

export type SafetyAssessment =
  | { kind: 'crisis'; category: HelpCategory; reason: string }
  | { kind: 'check-in'; category: HelpCategory; reason: string }
  | { kind: 'sensitive-topic'; topic: 'suicidal-ideation' }
  | { kind: 'none' }

/**
 * Thresholds on the model's probabilities, chosen by cross-validation on the
 * training corpus, except crisisWithDangerWord: it was set after round 11's first
 * run, on that round's quiet crises, and checked on the committed sets, where it
 * screens no decoy or ordinary message that was not screened before.
 * A crisis screen needs the model to be nearly sure; a check-in, which still
 * answers the question, needs only a fair chance of risk.
 */
export const RISK_THRESHOLDS = { crisis: 0.9, crisisWithDangerWord: 0.5, checkIn: 0.35, checkInOnFaqQuestion: 0.6 } as const

/**
 * Words that put a self-harm reading in time or in hand: a night, a deadline, the means counted out, for good,
 * ready, already. Fresh crises are mostly told quietly ("can't promise i'll still be around by then", "swallowing
 * the whole month's worth tonight") and the model alone gives them a fair chance, not near certainty: with one of
 * these words a fair chance of self-harm is a crisis. Not "today" or "tomorrow" alone, which visitors say of
 * appointments ("my brain is mush today", "can i still come in tomorrow").
 */
const DANGER_WORD = new RegExp(
  '\\b(?:' +
    [
      'tonight|this weekend|by then|by the time|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in (?:an|one|a few) hours?',
      'counted out|lined up|laid out|saved up|the whole (?:bottle|box|pack|month|lot|supply)|all of (?:them|my pills|my meds)',
      'for good|permanent\\w*|forever|arranged|all set|ready|already|the date|the day|last (?:one|time|thing|night on)|one last',
      '(?:will not|wont|would not|no longer|not) (?:still )?be (?:alive|around|here)|working out how|worked out how|i (?:already )?know (?:exactly )?(?:how|which ones?)(?= (?:i|it|they|would)\\b|$)',
      'esta noche|hoy es el dia|para siempre|ya (?:las|lo|tengo|decidi|esta)',
    ].join('|') +
    ')\\b',
)

export const riskModel: RiskModel = loadRiskModel(weights as RiskWeights)

/**
 * A short chat turn ("thank you for the information", "just browsing", "this chat is useless") gives
 * the model a handful of letters to go on, and it has read farewells into thanks and despair into
 * tiredness. There it checks in only beside a word that can carry risk; nearly sure of a crisis, it still
 * screens (short crises rarely name their danger: "im ready", "no one will miss me"), and the rules read every turn.
 */
const SHORT_TURN_WORDS = 8
const SIGNAL_WORDS = new RegExp(
  '\\b(?:' +
    [
      'depress\\w*|numb|empty|sad|anxi\\w*|alive|myself|die|dying|died|dead|death|kill\\w*|suicid\\w*|sucid\\w*|unaliv\\w*|kms|end|ending|over|done|gone|goodbye|bye|farewell|sorry|burden|alone|lonely',
      'hopeless|worthless|pointless|point|anymore|any more|give up|gave up|cannot|can not|cant|help|scared|afraid|terrified|panic|cry|crying|hate|hurt\\w*|harm\\w*|pain|cut\\w*|bleed\\w*|blood',
      'pills?|overdos\\w*|od|gun|rope|bridge|roof|jump\\w*|tonight|ready|plan|decided|letter|note|forever|good|last|final|breath\\w*|breathe|chest|heart|faint\\w*|wake|seizure|swallow\\w*|drank|911|988',
      'mor\\w*|muer\\w*|mat\\w*|vida|vivir|adios|carga|acabar|pastillas|ayuda|sangr\\w*|respir\\w*|pecho|despert\\w*|solo|sola|triste|llor\\w*',
      'abus\\w*|shov\\w*|yell\\w*|violen\\w*|tired of (?:fighting|everything|it all|trying|being)',
    ].join('|') +
    ')\\b',
)
/**
 * The same holds at any length for talk of tiredness, fog and doctors who do not listen, the everyday of
 * Long COVID, in which the model also reads despair: there too it checks in only beside a word that can carry risk.
 */
const EVERYDAY_OF_LONG_COVID = /\b(?:tired|tiredness|exhausted|exhaustion|fatigue|fatigued|wiped|worn out|drained|no energy|energy|fog|foggy|mush|stress|stressed|frustrating|frustrated|marathons?|mailbox|shower|stairs)\b/
const groundedIfShort = (normalised: string) =>
  (normalised.split(' ').length > SHORT_TURN_WORDS && !EVERYDAY_OF_LONG_COVID.test(normalised)) || SIGNAL_WORDS.test(normalised)

/**
 * The model reads letters and word pairs, and in Spanish, where its corpus is smallest, it has been nearly
 * sure of a crisis in "va a llover mañana en Houston?" and "cuantas sesiones voy a necesitar". A message
 * written in Spanish (or not surely in English) gets the screen from the model alone only when it holds
 * a word of danger; without one the model may still check in. English keeps the model's reading of implicit crises ("tonight's the night").
 */
const SPANISH_DANGER_WORDS = new RegExp(
  '\\b(?:' +
    [
      // Not "carta" alone: "me ayudas a escribir una carta para mi casero" is a letter; farewell letters have their own rules.
      'mor\\w*|muer\\w*|mat\\w*|suicid\\w*|vida|vivir|adios|despedida|perdon|carga|acabar|terminar|desaparecer|pastillas?|medicinas?|medicamentos?',
      'pistola|arma|cuchillo|navaja|cort\\w*|sangr\\w*|puente|techo|azotea|tren|lastim\\w*|respir\\w*|aire|(?<!(?:dar|dando|doy|da|de) )pecho|corazon|desmay\\w*|despiert\\w*|despertar',
      'convuls\\w*|inconsciente|garganta|labios|morad\\w*|cara|hablar|vomit\\w*|veneno|trag\\w*|tom\\w*|dolor|ayuda|emergencia|ambulancia|cayo|golpe\\w*|ahog\\w*|esta noche',
      // English words in a message the detector reads as Spanish ("no point anymore. tonight.").
      'tonight|today|point|die|dead|pills|kill\\w*|goodbye|bye',
    ].join('|') +
    ')\\b',
)
/** "fine now after some water": over, in the writer's present. Not "he said he was fine, now he is confused". */
const SAYS_IT_IS_OVER = /\b(?:fine|ok|okay|better|safe|all good) now\b(?! (?:he|she|they|i|it|we|my|his|her|the|but)\b)/
const groundedInSpanish = (normalised: string) => detectLanguage(normalised) === 'en' || SPANISH_DANGER_WORDS.test(normalised)

/**
 * How much the message reads like one of the FAQ's questions: 'verbatim' when
 * nearly word for word one of its phrasings ("i want to make an appointment"),
 * 'faq' when the intent model is fairly sure it asks for an entry. The model,
 * which learned that "i want to" often ends badly and "i have tried everything"
 * sometimes does, may not screen or check in alone on a verbatim FAQ question,
 * and may only check in, with more risk, on an FAQ question.
 * 'asks-faq': a long message whose asking part is such a question, after a
 * history of the illness ("I lost my job, my friends stopped calling... how long
 * is a session?"), the way most visitors write. The model checks in on it with
 * the same higher bar, and may still screen it when nearly sure of a crisis.
 * The rules and the disclosures still apply to all.
 */
export type FaqLikeness = () => 'verbatim' | 'faq' | 'asks-faq' | 'other'

export function assessSafety(normalised: string, faqLikeness: FaqLikeness = () => 'other', model: RiskModel = riskModel): SafetyAssessment {
  const rules = classifySafety(normalised)
  const scores = model.score(normalised)
  if (rules.kind === 'crisis') return rules

  const disclosure = findDisclosure(normalised)
  if (disclosure?.kind === 'violence-now') return { kind: 'crisis', category: 'violence', reason: disclosure.reason }

  const crisisCategory = scores.emergency > scores['self-harm'] ? 'emergency' : 'self-harm'
  // Where the rules read a self-harm phrase as a question, a hypothetical or history, the model may check in but not take over the screen.
  const risk = 1 - scores.none
  const likeness = risk >= RISK_THRESHOLDS.checkIn ? faqLikeness() : 'other'
  const modelMaySpeak = likeness === 'other' ? risk >= RISK_THRESHOLDS.checkIn : likeness !== 'verbatim' && risk >= RISK_THRESHOLDS.checkInOnFaqQuestion
  const nearlySure = scores[crisisCategory] >= RISK_THRESHOLDS.crisis
  // On a question the intent model reads as one of the FAQ's, the model alone checks in (help lines first, then the answer); only the rules screen it.
  // A message that says it is over ("fine now after some water") may get a check-in from the model, never the screen.
  const modelMayScreen = (likeness === 'other' || likeness === 'asks-faq') && modelMaySpeak && groundedInSpanish(normalised) && !SAYS_IT_IS_OVER.test(normalised)
  if (modelMayScreen && nearlySure && rules.kind !== 'sensitive-topic') {
    return { kind: 'crisis', category: crisisCategory, reason: `risk model (${because(model, normalised, crisisCategory)})` }
  }
  // A fair chance of self-harm beside a word of time or means; on a sensitive topic, only when nearly sure.
  if (modelMayScreen && crisisCategory === 'self-harm' && scores['self-harm'] >= RISK_THRESHOLDS.crisisWithDangerWord && (rules.kind !== 'sensitive-topic' || nearlySure) && groundedIfShort(normalised)) {
    const danger = DANGER_WORD.exec(normalised)
    if (danger) return { kind: 'crisis', category: 'self-harm', reason: `risk model with a word of time or means, "${danger[0]}" (${because(model, normalised, 'self-harm')})` }
  }
  if (disclosure?.kind === 'violence') return { kind: 'check-in', category: 'violence', reason: disclosure.reason }
  if (disclosure?.kind === 'depression') return { kind: 'check-in', category: 'self-harm', reason: disclosure.reason }
  // Where the rules read self-harm as a topic or as history that is over, the answer already carries the 988 line: the model adds
  // a check-in only when it is nearly sure of a crisis, as for "can u tell my mom i love her. im done", which reads like a question.
  if (modelMaySpeak && (rules.kind !== 'sensitive-topic' || nearlySure) && groundedIfShort(normalised)) {
    const category = scores.emergency > scores['self-harm'] + scores.distress ? 'emergency' : 'self-harm'
    return { kind: 'check-in', category, reason: `risk model (${because(model, normalised, strongest(scores))})` }
  }
  return rules
}

function strongest(scores: RiskScores) {
  return RISK_CLASSES.filter((name) => name !== 'none').reduce((best, name) => (scores[name] > scores[best] ? name : best))
}

function because(model: RiskModel, normalised: string, towards: Parameters<RiskModel['explain']>[1]): string {
  return model.explain(normalised, towards, 3).join(', ')
}
