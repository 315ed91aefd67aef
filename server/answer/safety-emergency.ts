/**
 * The emergency families: a body in danger now (911 first). Some symptom
 * phrases count only when the message says it is happening now ('if-acute'),
 * or not when it says it is long-standing ('unless-chronic').
 */
import { any, signals, BREATHE, SEIZURE, RELATIVE, OTHER, PILLS, DOSE, NOT_ABOUT_TREATMENT, CHEST_PAIN, PAIN_WORD, type Family } from './safety-words.js'

export const EMERGENCY_FAMILIES: readonly Family[] = [
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
        `went (?:limp|floppy|unconscious|blue)`,
        `(?:is not|not|will not|wont|stopped) answering (?:me|us)`,
        `(?:can not|could not|cant) stay awake`,
        `no breathing`,
        `(?:will not|wont|does not|is not) wake up(?! (?:in the mornings?|for school|for work|on time|early|till|until)\\b)`,
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
    reason: 'bleeding',
    signals: signals(
      'always',
      `bleeding (?:a lot|heavily|badly|everywhere|so much|really bad|like crazy)`,
      `(?:bleeding|blood) (?:\\w+ ){0,6}(?:will not|wont|does not|can not) stop`,
      `(?:soaked|soaking|soaked through) (?:\\w+ ){0,2}(?:towels?|bandages?|gauze|pads?)`,
      `(?:coughing|vomiting|throwing) up blood`,
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
        `(?:face|mouth|smile) (?:looks |is |seems |went |gone )?(?:wrong|weird|funny|crooked|lopsided)(?: on)? one side`,
        `(?:can not|cant|could not) (?:talk|speak) (?:right|properly|straight|clearly)`,
        `words (?:are )?coming out (?:slurred|wrong|weird|jumbled|garbled)`,
        `(?:arm|leg|face)(?: and (?:arm|leg|face))* (?:suddenly )?(?:went|gone|going) (?:numb|weak|dead)`,
        `sudden(?:ly)? (?:very |really |super |so )?confused`,
        `(?:does not|doesnt|do not) (?:know|recogni[sz]e) (?:who|where) (?:i am|she is|he is|they are|we are)`,
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
        `(?:face|tongue|throat|lips?)(?: and (?:my |his |her )?(?:face|tongue|throat|lips?))* (?:is |are )?(?:swelling|swollen|puffing) up`,
        `(?:hard|difficult|can not|cant) (?:to )?swallow`,
        `hives (?:\\w+ ){0,10}(?:pass out|faint|dizzy|swell|swelling|breath|breathe)`,
      ),
      ...signals('if-acute', `allergic reaction`, `ana(?:ph|f)[a-z]*`, `hives`, `(?:swelling|swollen) (?:throat|tongue|lips?)`),
    ],
  },
]
