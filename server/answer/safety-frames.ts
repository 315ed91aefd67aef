/**
 * The frames around a matched phrase that make it a denial ("i am not
 * suicidal"), a hypothetical or a question ("what if i stop breathing"),
 * history ("years ago, and i am better now") or a long-standing symptom.
 */
import { any, phrase, SELF, KILL, SUICIDE, SESSION } from './safety-words.js'

/** Any mention of suicide or self-harm as a subject; with no crisis, it adds the 988 line to the answer. */
export const SUICIDE_TOPIC = phrase(
  any(SUICIDE, `self ?(?:harm|injur)[a-z]*`, `${KILL} ${SELF}`, `(?:want|wanting|wants) to die`, `end (?:their|your|one) (?:own )?life`, `took (?:his|her|their) own life`),
)

// Frames read from the text before a match.
const NEGATION_FILLER = any(
  'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does', 'did',
  'feel', 'feeling', 'felt', 'get', 'getting', 'got', 'any', 'a', 'an', 'the', 'some', 'really', 'actually',
  'currently', 'ever', 'experienced', 'experiencing', 'thoughts?', 'thinking', 'of', 'about', 'going', 'to',
  'want', 'wanting', 'plans?', 'planning', 'intend', 'intention', 'urges?', 'at all', 'even', 'once', 'tried',
  'try', 'trying', 'considered',
)
/** "not", "no", "never" just before the signal, with only filler between ("i have never had thoughts of ..."). */
export const NEGATED = new RegExp(`\\b(?:not|no|never|nor|without|none)(?: ${NEGATION_FILLER}){0,4}$`)
/** "if" / "when" / "in case" governing the signal; the words after it are checked in safety.ts. */
export const CONDITIONAL = /\b(?:if|whether|when|whenever|unless|in case|suppose|supposing)((?: [a-z0-9]+){0,6})$/
/** A new subject after the conditional ends its scope: "if this does not work i am going to ...". */
export const SCOPE_BREAK = /^(?:i|he|she|they|we|then)$/
/**
 * "how do i know if i am having a stroke", "i wonder if" + "i am suicidal": an embedded
 * question about the writer (or someone with them) now, not a hypothetical.
 */
export const EMBEDDED_QUESTION =
  /\b(?:know|tell|sure|unsure|wonder|wondering|check|idk) (?:if|whether)(?: (?:i|he|she|they|my)\b(?: [a-z0-9]+){0,5})?$/
/** "can ketamine make me ...", "does it cause people to ...": a question about a side effect. */
export const CAUSAL_QUESTION =
  /(?:^|\b(?:and|but|so|also|or|wondering|curious|wonder|know|ask)\s)(?:can|could|will|would|might|may|does|do|did|is it|is there|are there)\b(?! not)(?: [a-z0-9]+){0,4} (?:make|makes|cause|causes|give|gives|trigger|triggers|increase|increases|lead to|leads to|turn)(?: [a-z0-9]+){0,4}$/
/** "the risk of having a seizure", "i am scared of having a stroke". */
export const ABOUT_THE_SUBJECT =
  /\b(?:risks?|chances?|odds|likelihood|possibility|history|fear|afraid|scared|worried|worry|prone|rates?|studies|study|research|evidence|symptoms?|signs?|side effects?)(?: (?:of|about|for|with|from|on|in|that|a|an|the|having|getting|developing|being|people|patients|someone))*$/
/** Self-harm said of people in general ("people who want to die", "people with severe depression who keep thinking about it", "does it make you suicidal") is a topic, not a person in danger. */
export const GENERIC_SUBJECT =
  /\b(?:people|patients|participants|someone|somebody|anyone|anybody|person|those|individuals|folks|others|users|veterans|teens|teenagers|adults|you)(?: with(?: \w+){1,3}(?= who| that))?(?: (?:who|that|with|are|is|were|have|has|had|feel|feeling|get|getting|experiencing|having|struggling|suffering|dealing|want|wanting|to|been|may|might|can|could|will|would|still|often|sometimes|ever|already|from|keep|keeps))*$/

/** Groups of people ("patients who overdosed") for emergencies; "someone is not breathing" may be right there, so it is not here. */
export const GENERIC_GROUP =
  /\b(?:people|patients|participants|persons|individuals|folks|users|anyone|anybody)(?: (?:who|that|with|are|is|were|have|has|had|may|might|can|could|will|would|often|sometimes|ever))*$/

// Markers read from the clause or the whole message.
export const CLAUSE_BREAK = /\b(?:but|and|so|though|although|however|because|anyway|plus|also|btw)\b/g
export const PAST_TENSE =
  /\b(?:was|were|had|felt|used to|thought|did|went|cut|took|got|gave|made|ate|swallowed|tried|attempted|wanted|overdosed|harmed|hurt|started|stopped|happened|passed|fainted|collapsed|planned|considered|struggled|suffered)\b/
export const DISTANT_PAST =
  /\b(?:used to|years? ago|months ago|decades? ago|in the past|long time ago|long ago|last year|in (?:19|20)\d\d|back in|as a (?:kid|child|teen|teenager)|when i was (?:younger|little|a (?:kid|child|teen|teenager)|in (?:high school|college|school|my (?:teens|twenties|20s)))|in (?:high school|college)|during (?:covid|the pandemic|lockdown|my (?:covid|infection))|when i (?:had|got|caught) covid)\b/
export const RESOLVED =
  /\b(?:(?:am|feel|feeling|doing) (?:much |a lot |so much |way )?better now|now i am (?:much |a lot |way )?better|no longer (?:suicidal|feel (?:that way|like that)|have (?:those|these|the) thoughts|think about it)|(?:am|do|have|feel) not (?:suicidal |feel that way |like that )?any ?more|recovered|(?:ketamine|it|treatment|therapy|that) (?:really )?helped|in recovery|(?:am|i am|he is|she is|they are|we are) (?:ok|okay|fine|safe|stable)(?: right)? now|(?:have been|been) (?:stable|safe|doing (?:well|fine|ok|okay|much better|better)|in a good place) (?:for|since|now)|(?:am|i am) (?:safer|safe) now|(?:it|he|she|they|everything) (?:was|were|turned out|ended up) (?:fine|ok|okay|alright|all right))\b/
export const RECURRING =
  /\b(?:again|coming back|come back|came back|creeping back|returning|relaps[a-z]*|still (?:think about it|feel (?:that way|like that)|have (?:those|these|the) thoughts|want to))\b/
/** "i still feel that way" (but not "can i still have ketamine"). */
export const STILL_NOW =
  /\b(?:(?<!(?:can|could|should|would|will|do|may|might) )(?:i|he|she|they) (?:am |is |are )?still|lately|these days|right now|currently|at the moment|tonight|ever since)\b/
export const ACUTE = new RegExp(
  `\\b(?:right now|just now|happening now|(?:pains?|pressure|tight(?:ness)?|breath|breathe|breathing|hurts?|hurting|swelling|swollen|numb|seizure|reaction) now|suddenly|sudden|all of a sudden|(?:getting|much|a lot|way) worse|severe|crushing|spreading|radiating|left arm|jaw|sweat[a-z]*|please help|help me|help us|need help|so bad|(?:can not|cant) (?:stand|stand up|move|walk)|911|emergency|ambulance|this (?:morning|afternoon|evening)|minutes? ago|an hour ago|hours ago|after (?:my|his|her|this|todays?) ${SESSION}|since (?:my|his|her) ${SESSION}|after (?:taking|i took|he took|she took))\\b`,
)
export const CHRONIC =
  /\b(?:since (?:covid|i (?:had|got|caught) covid|my (?:covid|infection)|the (?:covid|infection|virus)|(?:19|20)\d\d|last (?:year|month|winter|summer|spring|fall|autumn))|ever since|for (?:weeks|months|years|ages|a (?:few |couple of )?(?:weeks|months|years)|\d+ (?:weeks|months|years)|(?:two|three|four|five|six|several|many) (?:weeks|months|years))|on and off|(?:from|with|due to|because of) (?:my )?long covid|every (?:day|time|morning|night)|sometimes|often|i (?:often |sometimes |usually |always )?get|i keep getting|when i (?:exercise|walk|climb|exert|lie down|run|talk)|on (?:my )?walks|(?:when|while) walking|since then|climbing|stairs|exertion|chronic(?:ally)?|last month|(?:a|one|two|three|four|five|six|several|\d+) months ago|after ?effects?|(?:they|the doctors?|my (?:doctor|gp)|the er) (?:did an?|ran|checked|said it was|said its|said it is)\b)\b/

/** Idioms that contain a signal's words but mean the opposite; removed before matching. */
export const IDIOMS: readonly RegExp[] = [
  /\bcould (?:just )?kill (?:my ?self) for\b/g,
  /\bchoking on (?:the )?(?:cost|costs|price|prices|bill|bills|fees?|paperwork|words)\b/g,
  // A fear told as a story that ended otherwise: "thought i was having a stroke, turned out to be a panic attack".
  /\bthought (?:i|he|she|they) (?:was|were) having an? (?:stroke|heart attack|seizure)\b(?=.*\bturned out\b)/g,
]
