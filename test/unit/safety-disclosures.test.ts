import { describe, expect, it } from 'vitest'
import { normalise } from '../../server/answer/normalise.js'
import { findDisclosure } from '../../server/answer/safety-disclosures.js'

const disclosure = (message: string) => findDisclosure(normalise(message))?.kind

describe('disclosures of violence', () => {
  it.each([
    "I was just raped at a party. I'm locked in the bathroom and I don't know what to do.",
    "my girlfriend is throwing things at me and she just cut me with a plate, she's still screaming in the kitchen",
    "I'm in your waiting room and my ex is sitting in his car in the parking lot. He has a restraining order. I'm scared to walk out.",
    'my stepfather is drunk and hitting my mom right now, what do i do',
    'he is pounding on the door and says he will kill me',
    'we are hiding in the basement, he is smashing things and threatening my mom',
    "there's a stranger in my kitchen and he's threatening me",
    "she's still here, she just pushed me down the stairs",
    'my brother is yelling and throwing plates at my grandma',
    'my boyfriend shoved me again last night and says it is going to get worse, he is home now',
    'there is a protective order against my ex and he is sitting outside my apartment',
    "my son hits me when he is angry and he's back in an hour",
    'my neighbour just shoved her little boy against the fence and is yelling at him',
    'my boyfriend slaps and kicks me when he drinks and he is yelling in the next room',
    'she hits me when no one is looking and she is sitting next to me now',
    'my husband pushed me down a few minutes ago and he is still shouting',
    'my ex turned up at the house with a bat',
    'he says when i get home he is going to teach me a lesson',
    'my stepdad gets drunk and hits us, he is drunk right now',
  ])('reads danger now in "%s"', (message) => {
    expect(disclosure(message)).toBe('violence-now')
  })

  it.each([
    "a guy i went on a date with drugged me in march and i still get flashbacks. would ketamine make that worse?",
    'I was also assaulted years ago, is ketamine ok for trauma?',
    'my husband gets rough with me when he drinks. does insurance cover this?',
    'my stepmother slapped us all the time growing up. could that come up during a session?',
    'an ex once threatened me with a gun. is dissociation going to feel like that?',
    'I was raised by a stepdad who hit my mother. Does that matter for the screening?',
    'my ex wife was violent. that is behind me now, but should I tell the doctor?',
    'my old carer took my money and slapped me. the new one is kind',
  ])('reads a past disclosure in "%s"', (message) => {
    expect(disclosure(message)).toBe('violence')
  })
})

describe('a companion is not a danger', () => {
  it.each([
    'my mum had her infusion on monday and she is coming back next week, can I stay with her?',
    "he's outside in the car, can my husband come in with me?",
  ])('finds no disclosure in "%s"', (message) => {
    expect(disclosure(message)).toBeUndefined()
  })
})

describe('disclosures of depression', () => {
  it.each([
    "My depression has gotten really bad since I got sick. Is ketamine an option for me?",
    "I've become really depressed about it. Does ketamine help with both?",
    'My therapist diagnosed me with depression after long covid. What is the first step?',
    'feeling really down lately, like the world went grey after covid. do you do weekend sessions?',
    'my mood has been rock bottom for months, how fast does ketamine work?',
    'since covid my life feels like it is over, I am just existing. Could ketamine be for me?',
    'I am so worn out with life, and not the fatigue kind',
    'my pain is better but I feel numb most of the time',
  ])('reads one in "%s"', (message) => {
    expect(disclosure(message)).toBe('depression')
  })

  it.each([
    "I'm hopeless with directions. What's the address?",
    'do you have any stories from patients who got depressed after covid',
    'I have been feeling low energy since covid',
    'i am exhausted by the stairs since covid',
    'my dad has been so depressed since his long covid started, would ketamine help him?',
  ])('reads none in "%s"', (message) => {
    expect(disclosure(message)).toBeUndefined()
  })
})
