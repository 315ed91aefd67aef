/**
 * The words behind classifySafety(): which phrases signal a crisis, and which
 * frames around a phrase make it a denial, a hypothetical, a question or history.
 * Everything runs on normalise() output (lower case, no punctuation, "can't" ->
 * "can not", "im" -> "i am"), so the patterns spell contractions out too.
 */
import type { CrisisCategory } from './safety'

/** When a matched signal counts as a crisis (after negation, hypotheticals and history are ruled out). */
export type Trigger =
  | 'always'
  /** A long-standing symptom ("since covid", "when i climb stairs") is a question for the FAQ, not an emergency. */
  | 'unless-chronic'
  /** A symptom name alone is usually a question; it is an emergency only when the message says it is happening now. */
  | 'if-acute'

export interface Signal {
  readonly pattern: RegExp
  readonly trigger: Trigger
}

export interface Family {
  readonly category: CrisisCategory
  readonly reason: string
  readonly signals: readonly Signal[]
}

const any = (...alternatives: string[]): string => `(?:${alternatives.join('|')})`
/** Global, because every occurrence is judged in its own frame ("i am not suicidal but he is suicidal"). */
const phrase = (source: string): RegExp => new RegExp(`\\b${source}\\b`, 'g')
const signals = (trigger: Trigger, ...sources: string[]): Signal[] =>
  sources.map((source) => ({ pattern: phrase(source), trigger }))

// Vocabulary, with the misspellings visitors type on phones.
const SELF = any('my ?self', 'myslef', 'mysef', 'him ?self', 'her ?self', 'them ?selves', 'them ?self', 'your ?self', 'one ?self')
const KILL = any('kill?', 'kill?(?:ing|in)', 'kill?ed', 'unalive', 'unaliving', 'off')
// suicide, suicidal, sucide, suicidle, suiside, suicdal, ...; "sewer slide" is the social-media euphemism.
const SUICIDE = any('su[iaeu]?c?i?[cs]i?d[a-z]*', 'siucid[a-z]*', 'suicial', 'sewer ?slide')
const BREATHE = any('breathe?', 'breth', 'brethe', 'breate', 'breathing', 'breating', 'brething')
const SEIZURE = any('seizures?', 'siezures?', 'seisures?', 'seizurs?', 'sezures?', 'convulsions?')
const INTENT = any(
  'want(?:s|ed)? to', 'wanna', 'going to', 'gonna', 'about to', 'plan(?:ning)? to', 'ready to', 'decided to',
  'need to', 'have to', 'will', 'tempted to', 'urges? to', 'thinking (?:about|of)', 'think (?:about|of)',
)
/** Intent without "will": "i am scared i will overdose" is a fear of an accident, not a plan. */
const PLAN = any(
  'want(?:s|ed)? to', 'wanna', 'going to', 'gonna', 'about to', 'plan(?:ning)? to', 'ready to', 'decided to',
  'tempted to', 'thinking (?:about|of)',
)
const RELATIVE = any(
  'husband', 'wife', 'partner', 'spouse', 'son', 'daughter', 'kid', 'child', 'baby', 'teen(?:ager)?', 'mom', 'mum',
  'mother', 'dad', 'father', 'friend', 'boyfriend', 'girlfriend', 'brother', 'sister', 'roommate', 'grandma',
  'grandmother', 'grandpa', 'grandfather', 'aunt', 'uncle', 'fiancee?', 'patient', 'client', 'neighbou?r',
)
/** Someone the writer is with: "he", "my husband", "the patient", "someone here". */
const OTHER = any('he', 'she', 'they', `(?:my|our|the) ${RELATIVE}`, RELATIVE, 'someone', 'somebody')
const DEGREE = any(
  'really', 'so', 'very', 'pretty', 'kind of', 'kinda', 'a bit', 'a little', 'quite', 'extremely', 'super', 'still',
  'been', 'feeling', 'getting', 'having', 'some', 'these', 'those', 'constant(?:ly)?', 'bad', 'serious', 'strong',
  'intense', 'recurring', 'frequent', 'passive', 'active', 'dark', 'more', 'always', 'often', 'sometimes', 'also',
  'just', 'actually', 'honestly', 'literally', 'again',
)
const PILLS = any('pills?', 'meds', 'medications?', 'tablets?', 'sleeping pills', 'painkillers', 'ketamine', 'troches', 'lozenges', 'opioids')
const DOSE = any('dose', 'doses', 'dosage', 'amount', 'pills?', 'tablets?', 'troches?', 'lozenges?', 'sprays?', 'meds', 'medication', 'ketamine')
/** "not responding to my calls", "to treatment": not a body on the floor. */
const NOT_ABOUT_TREATMENT = `(?! to (?:my |our |the |his |her |their )?(?:treatments?|medications?|meds|ketamine|therapy|antidepressants?|emails?|calls?|messages?|texts?|voicemails?|infusions?|drugs?)\\b)`
const CHEST_PAIN = any(
  'chest (?:pains?|pressure|tightness|aches?|discomfort)', 'pains? in (?:my|the) chest', 'pressure (?:in|on) (?:my|the) chest',
  'tight(?:ness)? (?:in )?(?:my |the )?chest', 'heavy chest', 'heaviness in (?:my|the) chest',
)
const PAIN_WORD = any(
  'a', 'an', 'some', 'this', 'these', 'really', 'very', 'so', 'bad', 'severe', 'sharp', 'crushing', 'terrible', 'awful',
  'strong', 'stabbing', 'weird', 'strange', 'horrible', 'intense', 'sudden', 'new', 'massive', 'real', 'serious',
)
const SESSION = any('dose', 'infusion', 'session', 'injection', 'treatment', 'shot', 'lozenge', 'troche', 'spray', 'ketamine')

export const FAMILIES: readonly Family[] = [
  {
    category: 'self-harm',
    reason: 'suicidal-intent',
    signals: signals(
      'always',
      `${KILL} ${SELF}`,
      `${INTENT} kms`,
      // Not "took his own life": a death already reported is grief, handled as a sensitive topic.
      `(?:end|ending|take|taking) (?:my|his|her|their|your) (?:own )?life(?! savings| insurance| story)`,
      `(?:end|ending) it all`,
      `(?:${INTENT}|i will|i am going to) (?:just )?(?:end|ending) (?:things|everything)(?! (?:with|between)\\b)`,
      `i (?:will |am going to |am gonna |finally )?end it(?: all)?(?! (?:with|early|soon|off|there|here)\\b)(?= (?:tonight|today|now|this (?:week|weekend|time)|for good)|$)`,
      `(?:tonight|today|this weekend) is the (?:night|day)(?! (?:of|for)\\b)`,
      `(?:decided|made up my mind|made the decision|have a plan)(?: \\w+){0,6} (?:end it|end my life|kill myself|die|not be here)`,
      `${INTENT} (?:end|ending) it(?! (?:with|early|soon|off|there|here)\\b)`,
      `(?:i am|i feel|i have been|i keep|i get|i have|i had|i was|i felt|i have had|am|been|feeling|felt|having|my|(?:makes|made|gives|gave|giving) me) (?:${DEGREE} )*(?:thoughts? (?:of|about) )?${SUICIDE}`,
      `i (?:am )?(?:struggle|struggling|deal|dealing|battle|battling|suffer|suffering|cope|coping|live|living) (?:with|from) (?:${DEGREE} )*${SUICIDE}`,
      // normalise() drops "'s", so "he's suicidal" arrives as "he suicidal".
      `${OTHER} (?:(?:is|are|was|has been|have been|seems|feels|sounds|keeps|is being|says (?:he|she|they) (?:is|are|feels?)) )?(?:${DEGREE} )*${SUICIDE}`,
      // "i am not suicidal but my brother is"
      `(?<=${SUICIDE}(?: thoughts)? )but ${OTHER} (?:is|are|seems|has been|might be|may be|does|has)(?: too| as well)?$`,
      `${OTHER} (?:has|have|is having|keeps having) (?:${DEGREE} )*${SUICIDE}`,
      `my ${RELATIVE} ${SUICIDE}`,
      `${SUICIDE} (?:right now|tonight|today|at the moment|these days|lately)`,
      `(?:${INTENT}|considering|contemplating|planning|attempt|attempted|attempting|tried|try|commit|committing) (?:to )?(?:commit )?${SUICIDE}`,
      `(?:wrote|writing|write|written) (?:a |my )?${SUICIDE} (?:note|letter)`,
    ),
  },
  {
    category: 'self-harm',
    reason: 'wish-to-die',
    signals: signals(
      'always',
      `(?:(?:want|wants|wanted|wanting|wish|wishing|ready|hope|hoping|pray|praying) (?:to|2|i could|i would|i will|i)|wanna) die(?! (?:of|from) (?:embarrassment|shame|laughter|laughing|boredom)| laughing)`,
      `feel(?:ing)? like dying`,
      `(?:wish|want|hope|hoping|pray)(?: i could| to| i would| i)? (?:just )?(?:go to sleep|sleep|fall asleep) and (?:not|never) wake up`,
      `(?:i|he|she|they|keep|keeps|been|having|have|has|my) (?:\\w+ ){0,2}(?:think|thinking|thought|thoughts) (?:about|of) (?:dying|being dead|not being here|not waking up)`,
      `(?:want|wanted|wish) (?:it|it all|everything|all of it|my life) to (?:end|be over)`,
      `tired of (?:living|being alive|life)(?! (?:with|like|in)\\b)`,
      `(?:do not|does not|no longer|never) (?:want|wants|wanna|wish) to (?:live|be alive|exist|keep living|keep going|continue living|carry on|be here any ?more|be around any ?more)`,
      `(?:do not|never) want to wake up(?! (?:early|at|before|for|in the)\\b)`,
      `(?:hope|hoping|wish) i (?:do not|would not|will not|never|did not) wake up`,
      `(?:take|taking|have|swallow|use|need) (?:\\w+ ){0,4}to (?:not|never) wake up`,
      `wish(?:ing)? i (?:was|were) (?:dead|gone|never born)`,
      `wish i (?:had )?never (?:been born|woke up)`,
      `can not go on(?= any ?more| any longer| like this| living|$)`,
      `(?:(?:do not|does not|can not|could not) (?:have|see|find|think of) )?(?:no|any|a|a single) reasons? (?:to|for) (?:live|living|be alive|go on)`,
      `(?:do not|does not|can not) see (?:any |the )?point (?:in |to |of )?(?:living|life|going on|being alive)`,
      `nothing (?:left )?to live for`,
      `no point (?:in |to )?(?:living|life|being alive|going on)`,
      `(?:life is )?not worth (?:living|being alive)`,
      `life is not worth it`,
      `(?:no|lost the|lost my) will to live`,
      `better off (?:dead|without me|if i (?:was|were|am) (?:gone|dead|not here|not around))`,
      `(?:miss|care|notice) (?:\\w+ ){0,2}if i (?:died|was gone|were gone|was dead|were dead|disappeared)`,
    ),
  },
  {
    category: 'self-harm',
    reason: 'self-injury',
    signals: signals(
      'always',
      `(?:harm|harming|harmed) ${SELF}`,
      `(?:cut|cutting|burn|burning|burned|burnt) ${SELF}(?! (?:shaving|cooking|chopping|ironing|on|while|with a kitchen|by accident|accidentally|some slack|a break|off)\\b)`,
      `(?:${PLAN}|urges? to|thoughts? (?:of|about)|thinking|tried to|trying to|feel like|scared i will|afraid i will) (?:\\w+ ){0,2}(?:hurt|hurting|injure|injuring|cut|punish|punishing) ${SELF}`,
      `(?:been|keep|keeps|started|am|is|are) (?:hurting|injuring|punishing) ${SELF}`,
      `(?:hurt|hurting|injured|injuring) ${SELF}(?: \\w+){0,4} on purpose`,
      `(?:deliberately|intentionally|purposely) (?:hurt|hurting|cut|cutting|burn|burning|burned|injure|injuring|injured) ${SELF}`,
      `cut(?:ting)? (?:my|his|her|their) (?:wrists?|arms?|thighs?|legs?|skin)`,
      `(?:i|he|she|they|${RELATIVE}) (?:have been |has been |am |is |are |keep |keeps |started |start )?self ?(?:harm|injur)[a-z]*`,
    ),
  },
  {
    category: 'self-harm',
    reason: 'intentional-overdose',
    signals: signals(
      'always',
      // Not "i have to take all my pills at 8": only a plan counts.
      `(?:${PLAN}|i will|could just|might just|should just) (?:take|swallow|down) (?:all|every one|the whole|the rest|a handful|a bunch|loads|lots) (?:of )?(?:my |his |her |the |these |those )?(?:${PILLS}|bottle)`,
      `(?:took|swallowed|downed|have taken|just took) (?:all|every one|every single one|the rest) (?:of )?(?:my |his |her |the |these |those )?${PILLS}(?! (?:for (?:today|the day|this morning|tonight)|today|this morning|as prescribed|on time|like (?:normal|usual))\\b)`,
      `(?:took|swallowed|downed|take|swallow) (?:a |the )?(?:whole|entire) (?:bottle|pack|box|packet)`,
      `(?:took|swallowed|downed) (?:a handful|a bunch|loads|lots) of (?:my |his |her |the )?${PILLS}`,
      `over ?dos(?:e|ed|ing) on purpose`,
      `(?:intentionally|deliberately) (?:over ?dosed|took)`,
      `(?:${PLAN}|try to|tried to|trying to) over ?dose`,
      `took an over ?dose`,
      `(?:lethal|fatal|deadly) (?:dose|amount|quantity)`,
      `(?:would|does|will|could) it take to (?:die|kill (?:me|myself|a person|someone)|end it|over ?dose)`,
      `enough (?:\\w+ ){0,4}to (?:die|kill me|kill myself|end it)`,
      `(?:saved|saving|stockpil[a-z]*|hoard[a-z]*|collected|collecting|stashed|stashing) (?:up )?(?:(?:my|some|all|of|his|her|the|extra|old) ){0,3}${PILLS}`,
      `${PILLS} (?:saved|stockpiled|stashed|hoarded) up`,
    ),
  },
  {
    category: 'self-harm',
    reason: 'farewell',
    signals: signals(
      'always',
      `(?:wrote|writing|write|written|left|leaving|leave) (?:\\w+ ){0,2}(?:goodbye|farewell|final|last) (?:letters?|notes?|messages?)`,
      `(?:goodbye|farewell) (?:letters?|notes?) (?:to|for)`,
      `(?:giving|gave|give) away (?:all )?(?:of )?(?:my|his|her) (?:stuff|things|belongings|possessions|pets?)`,
      `saying (?:my )?(?:last |final )?goodbyes? to (?:everyone|everybody|my|the world)`,
      `(?:put|putting|got|getting) (?:all )?my affairs in order`,
    ),
  },
  {
    category: 'emergency',
    reason: 'accidental-overdose',
    signals: signals(
      'always',
      `(?:took|taken|swallowed|used|injected) (?:way |far |much )?too (?:much|many)(?! (?:time|effort|energy|money|coffee|caffeine|sugar|days?|sick days|steps|hours|minutes|weeks|photos|pictures|notes|breaks|naps|classes|shifts|risks|chances|questions)\\b)`,
      // Not "had a second dose": that is how people talk about vaccines.
      `(?:took|taken|used) (?:a |an )?(?:double|twice|triple|extra) (?:of )?(?:my |his |her |the |a |an )?${DOSE}`,
      `(?:took|taken|had|used) (?:my|his|her|the) ${DOSE} twice(?! (?:a|per|each|every|daily|weekly)\\b)`,
      `(?:double|triple) dos(?:ed|ing)`,
      `doubled (?:up )?(?:on )?(?:my|his|her|the) ${DOSE}`,
      `accidentally (?:took|taken|swallowed|had|used|double)`,
      `over ?dosed`,
      `(?:am|is|are|be|been) over ?dosing`,
      `(?:having|had|is) an over ?dose`,
      `(?:kids?|child|children|baby|toddler|son|daughter|grandson|granddaughter|dog|cat|puppy) (?:ate|swallowed|got into|got hold of|drank|has eaten|has swallowed) (?:some of |one of |a |an )*(?:my|his|her|the|our) ${PILLS}`,
    ),
  },
  {
    category: 'emergency',
    reason: 'breathing',
    signals: [
      ...signals(
        'always',
        `(?:is|are|was) not breathing`,
        `stopped breathing`,
        `(?:lips|face|skin|fingers|fingertips) (?:are |is |turning |going |gone |look |looks )*(?:blue|grey|gray|purple)`,
      ),
      ...signals(
        'unless-chronic',
        `not breathing(?! through (?:my|his|her|the) nose)`,
        `gasping`,
        `choking`,
        `(?:can not|could not|can barely|can hardly|unable to|not able to|(?:not|never) been able to|struggling to|struggle to|fighting to|hard to|trying to) ${BREATHE}(?! through (?:my|his|her|the) nose)`,
        `(?:can not|could not) (?:catch (?:my|his|her|a) breath|get (?:any |enough )?air|get a breath)`,
        `breathing (?:is |has |got |has gotten |became |getting )?(?:very |really |so |too |extremely )*(?:slow|shallow|labou?red|noisy|rattly|weird)`,
      ),
      ...signals(
        'if-acute',
        `short(?:ness)? of breath`,
        `breathless`,
        `out of breath`,
        `(?:trouble|difficulty|difficulties|problems?|issues?|hard time) ${BREATHE}`,
        `wheez[a-z]*`,
      ),
    ],
  },
  {
    category: 'emergency',
    reason: 'unresponsive',
    signals: [
      ...signals(
        'always',
        // "will i be unconscious during the infusion" is a question: these need "is", "went", "found".
        `${OTHER} (?:(?:is|are|seems|was|went|has gone|looks|became|has been|is lying|was found|just|now|still|completely|totally|fully) )*(?:unresponsive|unconscious|non ?responsive|not responding)${NOT_ABOUT_TREATMENT}`,
        `(?:found|lying|lay) (?:\\w+ ){0,2}(?:unresponsive|unconscious)`,
        `${OTHER} (?:\\w+ ){0,2}(?:will not|does not|is not|did not|can not) respond${NOT_ABOUT_TREATMENT}`,
        `(?:will not|does not|is not|did not|can not|not) respond(?:ing)? (?:to (?:me|us|anything|anyone|his name|her name|their name|touch|shaking)|at all)`,
        `(?:can not|could not|unable to) (?:wake|rouse) (?:him|her|them|my ${RELATIVE})(?! (?:in the mornings?|for school|for work|on time|early)\\b)`,
        `${OTHER} (?:just )?(?:passed out|fainted|collapsed|blacked out|lost consciousness)`,
      ),
      ...signals(
        'unless-chronic',
        `${OTHER} (?:\\w+ ){0,2}(?:will not|would not|is not|does not|did not|can not|could not|not) (?:wake|waking) up(?! (?:in the mornings?|for school|for work|on time|early)\\b)`,
      ),
      ...signals('if-acute', `i (?:just )?(?:passed out|fainted|collapsed|blacked out|lost consciousness)`),
    ],
  },
  {
    category: 'emergency',
    reason: 'chest-pain',
    signals: [
      ...signals(
        'unless-chronic',
        `(?:i have|i have got|i got|i have had|i had|i am having|i have been having|having|getting|i feel|feeling|i get|got) (?:${PAIN_WORD} )*${CHEST_PAIN}`,
        `(?:my|his|her) chest (?:is |feels |keeps |has been )?(?:hurting|hurts|hurt|aching|aches|tight|heavy|pounding|burning|crushing|painful|killing me|on fire|feels like)`,
        `crushing (?:pain |pressure |feeling )?(?:in )?(?:my |his |her )?chest`,
        `pain (?:going |spreading |radiating |shooting )?(?:down|into|to|up) (?:my|his|her) (?:left )?(?:arm|jaw|neck)`,
        `chest (?:is |feels |feeling |so |very |really |all )*(?:tight|heavy|crushed|crushing|squeezed|squeezing)`,
      ),
      ...signals('always', `(?:having|just had) a heart attack`, `(?:having|showing) (?:the )?(?:signs?|symptoms?) of a heart attack`),
      ...signals('if-acute', `chest (?:pains?|pressure|tightness)`, `(?:left )?arm (?:is |feels |went |gone |going |so )*(?:numb|tingling|dead)`),
    ],
  },
  {
    category: 'emergency',
    reason: 'seizure',
    signals: signals(
      'always',
      `seizing`,
      `convulsing`,
      `(?:having|just had|started having|keeps having|is having) (?:a |another )?${SEIZURE}`,
      `${SEIZURE} (?:right now|just now|started)`,
      `(?:is|are|started|keeps|was|been) (?:shaking|jerking|twitching|convulsing) (?:all over|uncontrollably|violently)`,
    ),
  },
  {
    category: 'emergency',
    reason: 'stroke',
    signals: [
      ...signals(
        'always',
        `(?:having|just had) a stroke`,
        `(?:face|mouth|smile) (?:is |are |looks |seems |has )?(?:drooping|droopy|lopsided|gone droopy)`,
        `drooping (?:face|mouth|smile|eyelid)`,
        `(?:one side|half|left side|right side) of (?:my|his|her|their) (?:face|body) (?:is |went |feels |has gone |has )?(?:numb|weak|drooping|droopy|paraly[sz]ed|dead)`,
        `(?:speech|words|talking) (?:is |are )?(?:slurred|slurring|garbled)`,
        `(?:am|is|are|keeps|started) slurring`,
        `worst headache of (?:my|his|her) life`,
        `(?:having|showing) (?:the )?(?:signs?|symptoms?) of (?:a )?stroke`,
        `sudden(?:ly)? (?:numbness|weakness|numb|weak) (?:in|on|down) (?:my|his|her|one side)`,
      ),
      ...signals(
        'unless-chronic',
        `(?:my|his|her) (?:arm|leg|face|hand|side) (?:is |went |feels |has gone )?(?:suddenly )?(?:numb|limp|paraly[sz]ed)`,
        `(?:can not|could not|unable to) (?:move|feel|lift|raise) (?:my|his|her|their) (?:left |right )?(?:arm|leg|hand|face|side)`,
      ),
      ...signals('if-acute', `slurred speech`),
    ],
  },
  {
    category: 'emergency',
    reason: 'allergic-reaction',
    signals: [
      ...signals(
        'always',
        `(?:my|his|her|their) (?:throat|tongue|lips?|mouth|airway) (?:(?:is|are|feels|feel|look|looks|seem|seems|keeps|started|starting|has|have|been|getting|got|going|really|so|very|all|kind of) )*(?:swelling|swollen|closing|tightening|tight|puffing up|blowing up|huge|massive|enormous|too big|thick|puffy)`,
        `(?:throat|tongue|lips?|airway) (?:is|are|feels|keeps|started|starting|getting) (?:\\w+ )?(?:swelling|swollen|closing|huge|puffy)`,
        `(?:i have|i have got|i got|having|he has|she has) (?:a )?(?:swollen|swelling) (?:throat|tongue|lips?)`,
        `(?:having|going into) (?:an |a )?(?:severe |bad )?(?:ana(?:ph|f)[a-z]*|allergic reaction)`,
        `(?:used|use|using|grab|give|gave) (?:my |his |her |an |the )?epi ?pen`,
      ),
      ...signals('if-acute', `allergic reaction`, `ana(?:ph|f)[a-z]*`, `hives`, `(?:swelling|swollen) (?:throat|tongue|lips?)`),
    ],
  },
]

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
/** Self-harm said of people in general ("people who want to die", "does it make you suicidal") is a topic, not a person in danger. */
export const GENERIC_SUBJECT =
  /\b(?:people|patients|participants|someone|somebody|anyone|anybody|person|those|individuals|folks|others|users|veterans|teens|teenagers|adults|you)(?: (?:who|that|with|are|is|were|have|has|had|feel|feeling|get|getting|experiencing|having|struggling|suffering|dealing|want|wanting|to|been|may|might|can|could|will|would|still|often|sometimes|ever|already|from))*$/

/** Groups of people ("patients who overdosed") for emergencies; "someone is not breathing" may be right there, so it is not here. */
export const GENERIC_GROUP =
  /\b(?:people|patients|participants|persons|individuals|folks|users|anyone|anybody)(?: (?:who|that|with|are|is|were|have|has|had|may|might|can|could|will|would|often|sometimes|ever))*$/

// Markers read from the clause or the whole message.
export const CLAUSE_BREAK = /\b(?:but|and|so|though|although|however|because|anyway|plus)\b/g
export const PAST_TENSE =
  /\b(?:was|were|had|felt|used to|thought|did|went|cut|took|got|gave|made|ate|swallowed|tried|attempted|wanted|overdosed|harmed|hurt|started|stopped|happened|passed|fainted|collapsed|planned|considered|struggled|suffered)\b/
export const DISTANT_PAST =
  /\b(?:used to|years? ago|months ago|decades? ago|in the past|long time ago|long ago|last year|in (?:19|20)\d\d|back in|as a (?:kid|child|teen|teenager)|when i was (?:younger|little|a (?:kid|child|teen|teenager)|in (?:high school|college|school|my (?:teens|twenties|20s)))|in (?:high school|college)|during (?:covid|the pandemic|lockdown|my (?:covid|infection))|when i (?:had|got|caught) covid)\b/
export const RESOLVED =
  /\b(?:(?:am|feel|feeling|doing) (?:much |a lot |so much |way )?better now|now i am (?:much |a lot |way )?better|no longer (?:suicidal|feel (?:that way|like that)|have (?:those|these|the) thoughts|think about it)|(?:am|do|have|feel) not (?:suicidal |feel that way |like that )?any ?more|recovered|(?:ketamine|it|treatment|therapy|that) (?:really )?helped|in recovery|(?:am|i am) (?:ok|okay|fine|safe|stable) now)\b/
export const RECURRING =
  /\b(?:again|coming back|come back|came back|creeping back|returning|relaps[a-z]*|still (?:think about it|feel (?:that way|like that)|have (?:those|these|the) thoughts|want to))\b/
/** "i still feel that way" (but not "can i still have ketamine"). */
export const STILL_NOW =
  /\b(?:(?<!(?:can|could|should|would|will|do|may|might) )(?:i|he|she|they) (?:am |is |are )?still|lately|these days|right now|currently|at the moment|tonight|ever since)\b/
export const ACUTE = new RegExp(
  `\\b(?:right now|just now|happening now|(?:pains?|pressure|tight(?:ness)?|breath|breathe|breathing|hurts?|hurting|swelling|swollen|numb|seizure|reaction) now|suddenly|sudden|all of a sudden|(?:getting|much|a lot|way) worse|severe|crushing|spreading|radiating|left arm|jaw|sweat[a-z]*|please help|help me|help us|need help|911|emergency|ambulance|this (?:morning|afternoon|evening)|minutes? ago|an hour ago|hours ago|after (?:my|his|her|this|todays?) ${SESSION}|since (?:my|his|her) ${SESSION}|after (?:taking|i took|he took|she took))\\b`,
)
export const CHRONIC =
  /\b(?:since (?:covid|i (?:had|got|caught) covid|my (?:covid|infection)|the (?:covid|infection|virus)|(?:19|20)\d\d|last (?:year|month|winter|summer|spring|fall|autumn))|ever since|for (?:weeks|months|years|ages|a (?:few |couple of )?(?:weeks|months|years)|\d+ (?:weeks|months|years)|(?:two|three|four|five|six|several|many) (?:weeks|months|years))|on and off|(?:from|with|due to|because of) (?:my )?long covid|every (?:day|time|morning|night)|sometimes|often|i (?:often |sometimes |usually |always )?get|i keep getting|when i (?:exercise|walk|climb|exert|lie down|run|talk)|climbing|stairs|exertion|chronic(?:ally)?)\b/

/** Idioms that contain a signal's words but mean the opposite; removed before matching. */
export const IDIOMS: readonly RegExp[] = [/\bcould (?:just )?kill (?:my ?self) for\b/g]
