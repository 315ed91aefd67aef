/**
 * Disclosures the crisis rules were never meant for, found by a published panel
 * (Miner et al., JAMA Internal Medicine 2016): "I was raped", "I am being abused",
 * "I was beaten up by my husband", "I am depressed". Smartphone assistants answered
 * them with web searches; a clinic's chat must answer with help lines.
 *
 * Patterns run on normalise() output, in English and Spanish (accents folded).
 * They match only first-person disclosures: "does ketamine help people who were
 * abused?" is a question about a subject, not a disclosure.
 */
import { anyOf } from './safety-literals.js'

export type Disclosure = { kind: 'violence-now' | 'violence' | 'depression'; reason: string }

const PARTNER = '(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fiance|dad|father|stepdad|stepfather|mom|mother|stepmom|stepmother|sister|brother|son|daughter|grandma|grandmother|roommate|neighbor|neighbour|caregiver|carer|esposo|esposa|marido|pareja|novio|novia|ex pareja|papa|padrastro|hermano|hijo)'

const VIOLENCE_NOW = anyOf([
  `\\b(?:is|keeps|started|has been) (?:hitting|beating|choking|strangling|hurting|attacking|kicking|punching) me(?: right now| now)?\\b(?=.*\\b(?:now|right now|help|again|tonight|still)\\b)`,
  `\\bjust (?:raped|attacked|assaulted|beat|hit|choked|strangled|stabbed|punched|kicked|cut|drugged|slapped|pushed|shoved) me\\b`,
  `\\b(?:i was|i have been|i got) just (?:raped|attacked|assaulted|beaten(?: up)?|stabbed|choked|drugged)\\b`,
  `\\b(?:is|are|keeps|started) (?:throwing (?:things|stuff|plates|bottles)|swinging|coming) at me\\b`,
  // At someone else in the house: "my dad is drunk and throwing stuff at my mom right now".
  `\\b(?:is|are|keeps|started)(?: \\w+ and)? (?:throwing|hurling) (?:things|stuff|plates|bottles|glasses|chairs|furniture) at (?:us|her|him|them|my ${PARTNER})\\b`,
  // Someone at home being hurt now: "my stepdad is hitting my mom right now".
  `\\b(?:is|are|keeps) (?:\\w+ and )?(?:hitting|beating|choking|strangling|hurting|attacking|kicking|punching|stabbing) (?:my|her|his|our) ${PARTNER}\\b(?=.*\\b(?:right now|now|help|what do i do)\\b)`,
  `\\b(?:le|les) (?:esta|estan) (?:pegando|golpeando|ahorcando) a (?:mi|mis) \\w+`,
  `\\b(?:i am|i was) (?:being|getting) (?:raped|attacked|assaulted|beaten|hit|choked) (?:right )?now\\b`,
  `\\b(?:scared|afraid|terrified) (?:to|of) (?:go(?:ing)? (?:back )?home|what he will do|what she will do|him|her) (?:tonight|now|right now)\\b`,
  `\\b(?:scared|afraid|terrified) to go home\\b`,
  // Not "he is outside" or "she is coming back on friday" alone: said of a companion, they are no danger (DANGER_NOW reads them beside violence).
  `\\b(?:he|she|they) (?:is |are )?trying to (?:get|break) in\\b`,
  `\\b(?:he|she) (?:has|is holding|got) (?:a )?(?:gun|knife|weapon)\\b`,
  `\\bthreaten(?:s|ed|ing)? to kill me\\b`,
  // Not "my husband jokes that he will kill me if I spend money on this".
  `\\b(?<!jokes? (?:that )?|joking (?:that )?|joked (?:that )?)(?:he|she|they) (?:will|is going to|is gonna|gonna|wants to|is trying to) kill me\\b`,
  // normalise() drops "'s": "he's going to kill me" arrives as "he going to kill me".
  `\\b(?:he|she|they) (?:is |are )?(?:going to|gonna) (?:kill|hurt|stab|shoot|beat) (?:me|us)\\b`,
  `\\b(?:someone|somebody|a man|a guy|a woman|people|he|she|they) (?:is |are )?(?:trying to )?(?:break|breaking|get|getting) (?:in|into) (?:my|our|the) (?:house|home|apartment|flat|room|place)\\b(?=.*\\b(?:now|right now|alone|help)\\b)`,
  `\\b(?:is|are|keeps) (?:slapping|hitting|beating|kicking|punching|choking|hurting|attacking|strangling) (?:him|her|them|my ${PARTNER}|my \\w+)\\b(?=.*\\b(?:right now|now|screaming|help)\\b)`,
  `\\b(?:is|are) threatening (?:me|us)\\b`,
  `\\b(?:is|are|keeps) threatening to (?:stab|shoot|kill|hurt|attack|strangle|choke) \\w+`,
  `\\b(?:will not|wont|refuses to) put (?:the|his|her|their|a) (?:knife|gun|weapon|bat|machete) down\\b`,
  `\\b(?:he|she|they|someone|a man|a guy|a woman) (?:is |are )?(?:going to|gonna|about to|threatening to) (?:stab|shoot|kill|hurt|attack) (?:someone|somebody|people|everyone|us|me|her|him|them|my \\w+|mum|mom|dad)\\b`,
  `\\b(?:someone|somebody|a man|a guy|a woman|people) with a (?:gun|knife|weapon|rifle|pistol)\\b`,
  `\\bwaving (?:a |his |her |their )?(?:gun|knife|weapon|rifle|pistol|bat|machete)\\b`,
  `\\bi am (?:going to|gonna|about to) (?:go )?(?:punch|hit|stab|shoot|kill|hurt|beat up|attack|smash) (?:my|him|her|them|the|that|this)\\b(?=.*\\b(?:right now|now|tonight|today)\\b)`,
  // The writer about to hurt someone: "I know where he parks and I'm waiting for him".
  `\\bi know where (?:he|she|they) (?:lives?|parks?|works?)\\b(?=.*\\b(?:waiting for|going to pay|gonna pay|will pay|hurt|kill|get him|get her)\\b)`,
  `\\bjust (?:showed up|turned up|came over|came in|got here)(?: \\w+){0,4} and (?:grabbed|hit|pushed|shoved|slapped|attacked|punched|choked|kicked) (?:me|my)\\b`,
  `\\bthreatening (?:me|us|my \\w+) with (?:a|an|his|her|their) \\w+`,
  // Hurt minutes ago by someone still there, a weapon brought to the door, a threat of punishment.
  `\\b(?:he|she|they|my \\w+) (?:just )?(?:shoved|pushed|hit|punched|slapped|kicked|choked|threw) me\\b(?=.*\\b(?:minutes? ago|just now|right now|an hour ago)\\b)`,
  `\\b(?:showed up|turned up|came over|is here|is outside|is at (?:my|the) door)(?: \\w+){0,4} with (?:a |an |his |her |their )?(?:baseball bat|bat|knife|gun|machete|hammer|crowbar|weapon)\\b`,
  `\\b(?:going to|gonna|is going to|will) teach (?:me|her|him|us) a lesson\\b`,
  // A child or a relative hurt in front of the writer: "his wife just shoved their toddler into the wall".
  `\\bjust (?:shoved|pushed|threw|slammed|hit|slapped|kicked|punched|choked|beat) (?:their|her|his|my|our|the|a) (?:\\w+ )?(?:toddler|baby|child|kid|son|daughter|boy|girl|wife|husband|mom|mum|mother|dad|father|sister|brother)\\b(?=.*\\b(?:into|against|across|screaming|yelling|what do i do|help)\\b)`,
  `\\bbarricaded\\b`,
  `\\b(?:locks|locked|keeps) me (?:in|inside) (?:my |the |a )?(?:room|house|basement|closet|bedroom)\\b`,
  `\\b(?:banging|pounding|kicking|hammering) (?:on )?(?:the |my )?(?:door|window)\\b`,
  `\\b(?:hiding|hidden|locked) (?:in|inside) (?:the |my |our |a )?(?:bedroom|bathroom|closet|room|car|basement|attic)\\b`,
  `\\b(?:trying to|tried to) (?:break|smash) (?:in|the window|the door|a window|my window|my door)\\b`,
  `\\bhands? (?:around|on) my (?:throat|neck)\\b(?=.*\\b(?:now|right now|again|tonight)\\b)`,
  `\\b(?:he|she|they|a man|a guy|someone) (?:is |are )?threatening (?:me|us|my)\\b`,
  `\\b(?:he|she|they) (?:is |are )?still (?:here|in the house|in the apartment|outside)\\b(?=.*\\b(?:slapped|hit|hurt|threaten\\w*|attacked|beat|pushed|choked)\\b)`,
  `\\b(?:smashing|breaking|throwing) (?:things|stuff|everything)\\b(?=.*\\b(?:threaten\\w*|hiding|scared|afraid)\\b)`,
  `\\blocked (?:myself|me) in\\b(?=.*\\b(?:he|she|him|her)\\b)`,
  `\\bme (?:esta|estan) (?:pegando|golpeando|ahorcando|lastimando|amenazando)\\b`,
  `\\bme (?:acaba|acaban) de (?:pegar|golpear|violar|atacar|ahorcar)\\b`,
  `\\bme (?:quiere|quieren|va a|van a) matar\\b`,
  `\\b(?:miedo|panico) de (?:volver|regresar|ir) a (?:la |mi )?casa\\b`,
  `\\b(?:esta|estan) (?:afuera|en la puerta|tratando de entrar)\\b`,
  `\\b(?:tiene|trae) (?:un|una) (?:pistola|cuchillo|arma)\\b`,
])

const VIOLENCE = anyOf([
  `\\b(?:i was|i have been|i got|i am being|i am|i keep being) (?:also |once |recently |repeatedly )?(?:raped|sexually assaulted|assaulted|molested|abused|beaten(?: up)?|attacked|trafficked|sexually abused)\\b`,
  `\\bmy ${PARTNER} (?:hits|beats|abuses|hurts|hit|beat|abused|chokes|choked|rapes|raped|assaulted|forces|forced|threatens|threatened|kicks|kicked|punches|punched|slaps|slapped|shoves|shoved|pushes|pushed)(?: and (?:hits|beats|kicks|punches|slaps|shoves|pushes|chokes|hit|beat|kicked|punched|slapped|shoved|pushed|choked))? (?:me|us)\\b`,
  `\\bmy ${PARTNER} (?:gets|got|comes home) (?:drunk|high|angry|mad) and (?:hits|beats|hurts|hit|beat|hurt) (?:me|us)\\b`,
  // The one who hurts named before, or a carer since replaced: "she hits me when nobody is looking", "my previous carer stole from me and slapped me".
  `\\b(?:he|she|they) (?:hits|beats|slaps|kicks|punches|chokes|shoves|pushes) me\\b(?! up\\b)`,
  `\\bmy (?:previous |old |former |last )?${PARTNER}(?: \\w+){1,5} and (?:hit|beat|slapped|kicked|punched|choked|pushed|shoved|abused) me\\b`,
  `\\b(?:threatened|attacked|came at) (?:me|us) with (?:a|an|his|her|their) (?:knife|gun|weapon|bat|machete|pistol|rifle)\\b`,
  `\\b(?:domestic (?:violence|abuse)|abusive (?:relationship|marriage|husband|wife|partner|home)|sexual(?:ly)? (?:assault|abuse|abused|assaulted))\\b`,
  `\\b(?:raped|molested|sexually assaulted|drugged|groped) me\\b|\\bspiked my drink\\b`,
  `\\b(?:me violaron|me violo|fui violad[ao]|me abusaron|abusaron de mi|abuso de mi|me agredio|me agredieron|me maltrata|me maltrataba|me golpeaba|me pegaba|me pega|me golpea)\\b`,
  `\\bmi ${PARTNER} me (?:pega|golpea|maltrata|pegaba|golpeaba|maltrataba|amenaza|abuso|violo|forzo)\\b`,
  `\\b(?:violencia (?:domestica|intrafamiliar|de genero)|abuso sexual|agresion sexual|relacion abusiva)\\b`,
  // Someone close being hurt by their partner: "my daughter's boyfriend hurts her".
  `\\b(?:boyfriend|girlfriend|husband|wife|partner|ex|fiance) (?:hurts|hits|beats|abuses|chokes|hit|beat|abused|choked|slaps|slapped|pushes|shoves) (?:her|him|them)\\b`,
  // Thoughts of violence, owned and not acted on: a check-in, never the screen.
  `\\b(?:thoughts?|flashes|urges?|images) (?:of|about) (?:wanting to )?(?:hurting|hurt|punching|punch|hitting|hit|stabbing|killing|harming) (?:people|someone|somebody|others|other people|a wall|things|my \\w+)\\b`,
  `\\bthere (?:was|were) (?:a |some )?(?:fights?|brawls?|shootings?|stabbings?|violence)\\b|\\b(?:was|were|got) in a (?:fight|brawl)\\b`,
  `\\b(?:gets|got|getting) (?:rough|violent|physical) (?:with me|sometimes|when)\\b|\\bcontrols (?:all )?(?:my|our) (?:money|phone|finances)\\b|\\b(?:handled?|handling|treated|grabbed) me roughly\\b`,
  `\\bi (?:was|got) (?:mugged|jumped|robbed)(?: and)? (?:beaten|attacked|hurt|stabbed)\\b|\\b(?:i was|i got) (?:mugged|jumped)\\b`,
  `\\b(?:restraining|protective|protection) order\\b|\\bused to (?:hit|beat|abuse|hurt|choke|kick|punch|slap) me\\b|\\b(?:was|were|got|been|have been) (?:attacked|assaulted|stabbed|shot|mugged|beaten up)\\b|\\b(?:a|the) (?:shooting|stabbing)\\b|\\bgot into a (?:fight|brawl|fistfight|fist fight)\\b|\\bmy ${PARTNER} (?:hit|hits|beat|beats|abused|hurt|slapped|kicked|punched|choked) (?:my|our) (?:mother|mom|mum|father|dad|son|daughter|child|children|kids?|wife|husband|sister|brother|grandma|grandmother|grandpa|grandfather)\\b|\\bmy (?:ex )?${PARTNER} (?:was|is|has been|gets|got|became) (?:\\w+ )?(?:violent|abusive)\\b|\\b(?:a|my|an) (?:ex )?${PARTNER} who (?:beat|hit|abused|hurt|raped|molested|choked|kicked|punched) (?:me|us|my \\w+)\\b|\\b(?:he|she) (?:would|d|will|is going to) (?:hurt|hit|beat|kill) me if\\b|\\b(?:is|keeps|has been) (?:stalking|following) me\\b|\\borden de (?:alejamiento|restriccion|proteccion)\\b`,
])

/**
 * Danger now, when the message also tells of violence: fear of stepping out ("he has a restraining order.
 * i am scared to walk out"), the one who hurts being there ("she is here right now and i am scared"),
 * it happening again today, a threat that it will get worse, or the one who hurts outside or on the way back.
 */
const DANGER_NOW =
  /\b(?:scared|afraid|terrified) (?:to|of) (?:walk(?:ing)? out|go(?:ing)? out(?:side)?|leav(?:e|ing)|go(?:ing)? to my car)\b|\b(?:miedo|panico) de salir\b|\b(?:he|she|they) (?:is |are )?(?:here|home|in the (?:house|next room|other room)) (?:right )?now\b|\b(?:happened|did it) again (?:this morning|today|tonight|last night|just now)\b|\b(?:said|says) (?:it|this) (?:will|is going to|gonna) get worse\b|\b(?:drunk|high|raging) right now\b|\bwith me in the (?:closet|bathroom|wardrobe|cupboard)\b|\b(?:screaming|yelling|shouting|raging) (?:in the (?:next|other) room|downstairs|outside (?:my|the) door)\b|\b(?:he|she|they) (?:is |are )?(?:sitting|standing|lying) (?:right )?next to me (?:right )?now\b|\b(?:he|she|they) (?:is |are )?(?:outside|at the door|looking for me|coming back (?:in|at|soon|tonight|any)|(?:back|home) (?:in|at) (?:an|a|\d))\b|\b(?:parked|waiting|standing|sitting) (?:right )?outside (?:my|our|the) (?:house|home|apartment|door|building|window|work)\b/

const DEPRESSION = anyOf([
  // Not "my brother has been depressed": a relative's illness is not the writer's disclosure.
  `\\b(?:i am|i feel|i have been|(?<!\\b(?:has|have) )been|feeling|i get|i got|i keep feeling|i am feeling) (?:\\w+ly )?(?:so |really |very |extremely |super |pretty |totally |completely |just )?(?:depressed|hopeless|worthless|empty inside|numb inside|miserable|desperate|in despair|down all the time)\\b(?! (?:with|at|about (?:directions|maps|computers|technology))\\b)`,
  `\\bi (?:have |had |am )?(?:become|gotten|getting|grown|became|got) (?:so |really |very |more and more |pretty |quite )?(?:depressed|hopeless)\\b`,
  `\\b(?:feeling|i feel|i felt|been|i am) (?:really |so |very |pretty |super |kind of |kinda )?(?:down|low|blue)\\b(?! (?:energy|on|the|to|with|in|at|for|about|back)\\b)`,
  // Struggling with nothing named is struggling in oneself: "i am struggling. not in danger, just struggling".
  `\\b(?:i am|i have been|(?<!\\b(?:has|have) )been) (?:really |so |just |honestly |seriously )?struggling(?: (?:a lot|so much|lately|right now|today|mentally|emotionally))?\\b(?! (?:with|to|at|on|financially|physically|for|in|through)\\b)`,
  `\\bdiagnosed (?:me )?with (?:severe |major |clinical )?depression\\b`,
  // Opening with the word, or with it and how long: "hopeless. nothing has worked", "depressed for 2 years", "depressed af".
  `^(?:so |very |really |just )?(?:depressed|hopeless|worthless)\\b(?! (?:people|patients|person|men|women)\\b)`,
  `\\b(?:depressed|hopeless) (?:af|as hell|as fuck|for (?:\\d+|a|two|three|many|several) (?:years?|months?))\\b`,
  `\\b(?:i am|i feel|i have been|feeling|i am feeling) (?:still |so |really |very |just |completely |totally )*(?:low|sad all the time|sad every day|sad constantly)\\b(?! (?:energy|on|blood|dose|sodium|iron|income)\\b)`,
  // "I feel useless" is about oneself; "by the afternoon I'm useless" is about energy.
  `\\bi (?:feel|have felt|have been feeling|am feeling) (?:so |really |completely |totally |just )?(?:useless|worthless|like a failure)\\b`,
  `\\b(?:lost|losing) (?:all )?(?:interest|joy|pleasure) in (?:everything|anything|life|things|all the things)\\b`,
  `\\bi hate (?:what|who) i have become\\b|\\bi (?:cry|am crying|keep crying) (?:every day|every night|all the time|in the car|after every|my ?self to sleep)\\b`,
  `\\b(?:dark|black|grey|gray) cloud (?:over|hanging over|following) me\\b`,
  `\\bi (?:have )?(?:given|gave|give) up on (?:my |all my )?(?:hobbies|friends|everything|life|myself|the things i)\\b`,
  `\\bi (?:have|suffer from|struggle with|am struggling with|am dealing with) (?:severe |major |bad |really bad )?depression\\b`,
  `\\b(?:my|the) depression (?:is|has|has been|has gotten|has got|keeps|keeps getting|got|is getting) (?:so |really |even |much |way )?(?:bad|worse|getting worse|unbearable|crushing|back)\\b`,
  `\\bmy mood (?:has been|is|is been|has gone|went) (?:in the gutter|so low|really low|very low|terrible|awful|at rock bottom|rock bottom|in the toilet|black|dark)\\b`,
  `\\b(?:everything|life|nothing|my life) (?:feels|is|seems) (?:so )?(?:pointless|hopeless|meaningless|worthless)\\b`,
  // "my life feels like it's over since long covid, i'm just existing": hopelessness, not a plan.
  `\\b(?:i am|im|i feel|i am so|so) (?:exhausted|weary|worn out) (?:with|of|by) (?:life|living|being alive|it all)\\b`,
  `\\bi (?:feel|am|have been feeling) (?:so |really |just )?numb (?:most of the time|all the time|every day|inside|to everything)\\b`,
  `\\bmy life (?:feels|seems|is) (?:like it is |like its )?over\\b|\\bi am (?:just|only|merely) existing\\b`,
  `\\b(?:no|dont see the|do not see the|cant see the|can not see the) point (?:in|to|of) (?:anything|living|life|going on|trying)\\b`,
  `\\bi (?:can not|cant|can no longer) (?:cope|take (?:it|this) anymore|do this anymore|keep going like this)\\b`,
  `\\bi (?:have )?(?:give|gave|given) up on (?:everything|life|myself)\\b`,
  `\\b(?:estoy|me siento|ando|me he sentido|he estado) (?:muy |tan |bien |super |re )?(?:deprimid[oa]|sin esperanza|vaci[oa]|desesperad[oa]|hundid[oa]|sin ganas de nada)\\b`,
  `\\b(?:tengo|sufro de|padezco) (?:una )?(?:depresion|depre)\\b`,
  `\\b(?:ya no puedo mas|no aguanto mas|nada tiene sentido|no le veo sentido a (?:nada|la vida)|no tengo ganas de vivir)\\b`,
])

export function findDisclosure(normalised: string): Disclosure | undefined {
  if (VIOLENCE_NOW.test(normalised)) return { kind: 'violence-now', reason: 'violence happening now' }
  if (VIOLENCE.test(normalised)) {
    if (DANGER_NOW.test(normalised)) return { kind: 'violence-now', reason: 'violence happening now' }
    return { kind: 'violence', reason: 'a disclosure of sexual or domestic violence' }
  }
  if (DEPRESSION.test(normalised)) return { kind: 'depression', reason: 'a disclosure of depression or hopelessness' }
  return undefined
}
