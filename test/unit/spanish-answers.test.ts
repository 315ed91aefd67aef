import { describe, expect, it } from 'vitest'
import { answerVisitor, prepareKnowledge } from '../../server/answer/answer.js'
import { confidence } from '../../server/answer/decide.js'
import { detectLanguage, visitorLanguage } from '../../server/answer/language.js'
import { SPANISH } from '../../server/answer/analyser.js'
import { realKnowledge } from '../helpers.js'

const knowledge = await realKnowledge()
const prepared = prepareKnowledge(knowledge)

describe('language of a message (issue 18)', () => {
  it('reads a message as mostly Spanish, mostly English, or unsure', () => {
    expect(detectLanguage('¿cuánto dura una sesión?')).toBe('es')
    expect(detectLanguage('cuanto dura la sesion')).toBe('es')
    expect(detectLanguage('quiero matarme')).toBe('es')
    expect(detectLanguage('How long does a session take?')).toBe('en')
    expect(detectLanguage('ketamine?')).toBe('unsure')
  })

  it('takes the widget language as a hint only when the message is unsure', () => {
    expect(visitorLanguage('ketamina?', 'es-MX')).toBe('es')
    expect(visitorLanguage('ketamine?', undefined)).toBe('en')
    expect(visitorLanguage('cuanto dura la sesion', 'en')).toBe('es')
    expect(visitorLanguage('How long does a session take?', 'es')).toBe('en')
  })
})

describe('the Spanish analyser', () => {
  it('folds accents, spells out shorthand and stems with Snowball Spanish', () => {
    expect(SPANISH.normalise('¿Cuánto DURA la sesión? q tal')).toBe('cuanto dura la sesion que tal')
    expect(SPANISH.stemOf('sesiones')).toBe(SPANISH.stemOf('sesion'))
    expect(SPANISH.stemOf('infusiones')).toBe(SPANISH.stemOf('infusion'))
    expect(SPANISH.isStopWord('para')).toBe(true)
    expect(SPANISH.isStopWord('ketamina')).toBe(false)
  })
})

describe('Spanish spelled as it sounds', () => {
  it('meets the usual spelling in one stem: sita and cita, kuanto and cuanto, cobid and covid, bena and vena', () => {
    for (const [heard, written] of [['sita', 'cita'], ['kuanto', 'cuanto'], ['cobid', 'covid'], ['bena', 'vena'], ['kansansio', 'cansancio'], ['medisina', 'medicina']]) {
      expect(SPANISH.stemOf(heard!)).toBe(SPANISH.stemOf(written!))
    }
    expect(SPANISH.stemOf('guerra')).not.toBe(SPANISH.stemOf('jerra'))
  })

  it('answers a question written as it sounds like the same question spelled as usual', () => {
    expect(answerVisitor(prepared, 'kuanto tiempo dura la sita de ketamina').response.answers[0]?.id).toBe('session-length')
  })
})

describe('answers for Spanish visitors', () => {
  it('refers a message written in both languages to the team when its Spanish words name an ask-us-directly topic', () => {
    const { response, trace } = answerVisitor(prepared, 'does acupuntura help con el long covid? my tía swears by it')
    expect(response.kind).toBe('fallback')
    expect(trace.referral).toBe('other treatments for Long COVID')
  })

  it.each([
    ['¿Se puede tomar la ketamina en pastillas en vez del suero?', 'la ketamina por boca (pastillas, tabletas o pastillas para disolver)'],
    ['Mi esposo y yo queremos quedar embarazados el próximo año, ¿afecta la ketamina?', 'el embarazo y la lactancia'],
    ['¿Hay una doctora mujer que me pueda atender?', 'nuestros médicos y personal'],
    ['¿Es mejor la esketamina o la ketamina por vena?', 'otros medicamentos y psicodélicos, y cómo se comparan con la ketamina'],
    ['Las pastillas que tomo para la tiroides, ¿interfieren con el suero?', 'el alcohol, las drogas recreativas y otros medicamentos tomados con ketamina'],
    ['¿Uno puede engancharse a la ketamina si la usa seguido?', 'la adicción y el mal uso'],
    ['¿Tienen la lista de espera muy larga ahorita?', 'los tiempos de espera y la primera cita disponible'],
    ['¿Quiénes son los doctores que ponen el suero?', 'nuestros médicos y personal'],
  ])('refers "%s" to the team, on %s', (message, topic) => {
    const { response, trace } = answerVisitor(prepared, message, 'es')
    expect(response.kind).toBe('fallback')
    expect(trace.referral).toBe(topic)
  })

  it('answers a message written in both languages from the entry the other language\'s words find, in the language mostly written', () => {
    // English words ask, Spanish words name the topic: the English entries alone have no evidence for an answer (at most the intent model's guess).
    const { response, trace } = answerVisitor(prepared, 'what is the niebla mental and does the ketamine help con eso')
    const own = trace.retrieval
    expect(own?.kind === 'fallback' || confidence(own!.answers[0]!) === undefined).toBe(true)
    expect(response.answers[0]?.id).toBe('ketamine-brain-fog')
    expect(response.answers[0]?.text).toBe(knowledge.entries.find((entry) => entry.id === 'ketamine-brain-fog')?.answer)
  })

  it('answers "suero" and "covid largo" wording from the Spanish entries', () => {
    expect(answerVisitor(prepared, 'cuantos minutos dura el suero').response.answers[0]?.id).toBe('session-length')
    expect(answerVisitor(prepared, 'cuales son los sintomas del covid largo').response.answers[0]?.text).toMatch(/^Los síntomas del COVID persistente/)
  })

  it('gives the English answer with the clinic\'s Spanish note when the entry has no translation yet', () => {
    const untranslated = prepareKnowledge({ ...knowledge, es: { ...knowledge.es!, entries: knowledge.es!.entries.filter((entry) => entry.id !== 'clinic-hours') } })
    const { response } = answerVisitor(untranslated, 'cuales son sus opening hours?', 'es')
    expect(response.answers[0]?.id).toBe('clinic-hours')
    expect(response.answers[0]?.text).toMatch(/^We are open/)
    expect(response.message).toBe(knowledge.clinic.languages.es?.answer_in_english_note)
  })

  it('answers a Spanish question with a Spanish fallback when nothing fits, and an English one in English', () => {
    expect(answerVisitor(prepared, '¿Quién ganó el mundial de fútbol?').response.message).toBe(knowledge.clinic.languages.es?.fallback_message)
    expect(answerVisitor(prepared, 'Who won the football world cup?').response.message).toBe(knowledge.clinic.fallback_message)
  })

  it('shows the crisis screen, in Spanish, for Spanish crisis messages, and not for "no quiero matarme"-style denials of a topic question', () => {
    for (const message of ['me quiero suicidar esta noche', 'ya no quiero vivir', 'me voy a quitar la vida', 'me quiero matar']) {
      const { response } = answerVisitor(prepared, message)
      expect(response.kind, message).toBe('crisis')
      expect(response.message, message).toBe(knowledge.clinic.languages.es?.crisis?.self_harm?.message)
    }
    expect(answerVisitor(prepared, 'quiero matar el tiempo mientras espero la cita').response.kind).not.toBe('crisis')
  })
})
