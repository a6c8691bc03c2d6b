// English data for claims: abbreviations, reporting verbs, hedges, number words, in the lexicon notation.
import type { ClaimLexicon } from '../schema';
import { englishProfile } from './profile';

export const englishClaims: ClaimLexicon = {
  fixedAbbreviations:
    'Mr|Mrs|Ms|Mx|Dr|Sen|Sens|Rep|Reps|Gov|Govs|Lt|Gen|Gens|Col|Capt|Cpt|Sgt|Cpl|Pvt|Adm|Maj|Cmdr|Cmdt|Brig|Prof|' +
    'Rev|Hon|Pres|Supt|Insp|Det|Amb|Atty|Messrs|St|Ste|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|' +
    'No|Nos|vs|Vol|Fig|Ave|Blvd|Rd|Dept|Univ|Sec|Treas|Ald|Pte|Esq',
  softAbbreviations: 'Inc|Corp|Ltd|Co|Jr|Sr|etc|Bros|LLC|Plc|Cos',
  sentenceOpeners:
    'the|a|an|he|she|it|they|we|i|you|his|her|their|its|our|this|that|these|those|there|here|but|and|so|yet|' +
    'in|on|at|for|with|after|before|when|while|as|if|however|meanwhile|still|now|then|today|yesterday|' +
    'mr|mrs|ms|dr|some|many|most|few|all|no|one|two|three|officials',
  // Single-word forms; a form right after a determiner ("the report", "a claim") is taken as a noun.
  reportingVerbs:
    'said|say+|tell|told|tells|telling|wrote|writes|written|add+|announce+|warn+|deny+|accuse+|blame+|criticized|criticizes|criticizing|criticised|criticises|criticising|argue+|claim+|insist+|noted|notes|noting|estimate+|report+|admit|admitted|admits|admitting|' +
    'acknowledge+|confirm+|vow+|pledge+|promised|promises|declare+|assert+|allege+|contend+|maintained|explain+|' +
    'suggest+|predict+|believe+|thinks|think|expects|expect|hope+|fears|feared|fear|conclude+|reveal+|disclose+|' +
    'urge+|demand+|recommend+|propose+|questioned|complain+|concede+|respond+|replied|replies|answered|testify+|' +
    'emphasized|emphasised|stressed|stresses|hail+|praised|praises|praising|applaud+|oppose+|protest+|boast+|celebrated|condemn+|' +
    'reject+|defend+|favored|favoured|threaten+|cautioned|dismissed|apologize+|apologise+|welcome+|lamented|decried|' +
    'denounce+|slammed|blasted|tweeted|observed|remarked|indicate+|speculated|recall+|repeated|reiterate+|stated|' +
    'agreed|disagreed|charged|doubted|worried|signaled|signalled|divulge+|cite+|affirm+|reaffirmed|assure+|disputed|' +
    'refuted|rebuked|scolded|lambasted|chided|castigated|implored|begged|forecast+|encourage+|assail+|bragged|brags|texted|emailed',
  inversionVerbs:
    'said|says|added|adds|wrote|writes|explained|explains|noted|notes|continued|recalled|replied|insisted|' +
    'argued|warned|stated|acknowledged|admitted|conceded|cautioned|observed|remarked|asked|tweeted|' +
    'confirmed|disclosed|revealed|insists',
  inciseVerbs: 'continued|went|added|asked|replied|recalled|explained|quipped|joked|laughed|shouted|cried',
  reportingPhrases:
    'pointed/points out|made/makes clear/public|spoke/speaks out/of|called/calls for/on|is/are/was adamant|' +
    'is/are/was/were concerned|found/finds/showed/shows that|in a statement|took/takes issue|raised concerns/doubts|' +
    'went on to say|has/have/had said|took/takes/take aim at|laying/setting/spelling out|fired/fires/hit/hits/shot/shoots back|lashed/lashes out|teed/tees off on|can/could be heard saying|shared/shares this/that/the sentiment/view|' +
    'made/makes this/that/the suggestion/argument/case|cut/cuts/raised/raises/lowered/lowers its/their forecast/forecasts/outlook',
  stancePhrases:
    'seen/regarded/viewed as/by|perceived/hailed/branded/denounced/criticised/criticized/condemned/derided/described as|' +
    'considered by|widely considered|is/are/was/were considered/accused|reviled|revered|stands accused|is/was alleged|' +
    'came under fire/criticism|drew criticism/condemnation|sparked outrage/criticism|calls to|faced calls|' +
    'under pressure to|opposition/backlash/pushback from|perception/belief/view/feeling among',
  quotingVerbs: 'called|calls|calling|described|describes',
  stanceAgentPrepositions: 'from|among',
  boilerplate: 'read more|sign up|click here|subscribe to|support our journalism|continue reading|this article is for subscribers',
  organisationHeads:
    'company|firm|group|institution|organization|organisation|agency|bank|fund|reserve|commission|council|ministry|' +
    'department|office|institute|union|association|federation|corporation|board|authority',
  organisationPronouns: 'it',
  nonSources: 'time|times|example|instance',
  sourceIntroducers: 'according to|citing|as reported/quoted by|in the words of',
  openingSourceIntroducers: '',
  hedges:
    'reportedly|allegedly|apparently|supposedly|purportedly|presumably|perhaps|probably|possibly|likely|' +
    'unlikely|may|might|could|maybe|seemingly|ostensibly|is/are/was/were believed|is/are/was/were thought|is/are/was/were said to|expected to|' +
    'is/was/remains unclear|it is unclear|it is not clear|not/unclear whether|' +
    'unconfirmed|not known|not publicly known|widely believed/expected|s unclear|seems|seem|seemed|appears/appear/appeared to|suspected|alleged|rumoured|rumored|' +
    'it is possible|a possible|possible that|is/are/was/were understood to|is/are/was/were feared|reputed|reputedly|' +
    'said to be|suggest|suggests|suggested|suggesting|is/are/was/were set/poised to|' +
    'presumed|believed to|it appears|potentially|conceivably|in all likelihood',
  hedgeIdioms:
    'could not differ|could not be more|could hardly be more|could not agree|might as well|may as well|is/are/was/were due to the',
  scheduleVerbs: '',
  scheduleWords: '',
  infinitiveEndings: '',
  labelIntroducers: 'so-called|what he/she/they called|dubbed|nicknamed|known as|termed|labelled|labeled|self-styled',
  chargeWords: 'charged|indicted|investigation|probe|inquiry|accused|convicted|arrested|suspicion|sued|prosecuted',
  chargeLinks: 'with|for|of|on',
  prepositions:
    'of|from|to|for|with|without|by|about|against|near|at|in|on|into|under|over|between|among|toward|towards|' + 'behind|beside|like',
  pastParticiples: '-ed|seen|made|given|shown|written|taken|done|known|held|found|told|brought|sent',
  bareParticipleIsAdjective: false,
  futureMarkers: 'will|would|shall|ll|going|plans|plan|planned',
  contentOpeners: 'that',
  conditionalEndings: '',
  conditionalExceptions: '',
  complementizers: 'that|whether|if',
  auxiliaries:
    'has|have|had|is|are|was|were|be|been|being|will|would|shall|should|can|did|does|do|not|never|also|later|' +
    'then|previously|already|just|recently|repeatedly|publicly|privately|still|often|always|first|again|even|' +
    'once|further|himself|herself|themselves|itself|n|t',
  adverbEnding: 'ly',
  subjectPronouns: 'he|she|they|it',
  personalPronouns: 'he|she',
  impersonalPronouns: 'i|we|you|one|there|this|that',
  genderWords: 'he:m|him:m|his:m|himself:m|mr:m|she:f|her:f|herself:f|mrs:f|ms:f|miss:f',
  boundaries:
    'that|and|but|or|so|when|while|as|if|because|after|before|since|although|though|whereas|where|which|' +
    'whom|whose|what|how|why|than|then|yet|nor|also|however|meanwhile|once|until|' +
    'unless|whether|said|says|told|by',
  relativePronouns: 'who|which',
  determiners:
    'the|a|an|his|her|their|its|our|my|your|this|these|those|some|any|no|every|each|another|such|' +
    'of|to|for|in|on|at|by|with|first|second|last|new|own',
  definiteArticles: 'the',
  groupHeads:
    'people|officials|sources|aides|analysts|experts|critics|residents|witnesses|those|many|some|several|few|' +
    'members|supporters|opponents|diplomats|lawmakers|observers|advocates|activists|others|most',
  timeWords:
    'on|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|earlier|later|last|' +
    'this|week|weekend|morning|afternoon|evening|night|month|year|also|then|again|recently|previously|once',
  agentPrepositions: 'by',
  passiveMarkers: 'is|are|was|were|be|been|being',
  infinitiveMarkers: 'to',
  navigation: 'read|watch|listen|see|click|subscribe|sign|follow|share|related|advertisement|slideshow|gallery|show',
  finiteVerbs: 'has|have|had|is|are|was|were|will|would|shall|should|can|could|may|might|must|does|did|do',
  demonstratives: 'those|anyone|someone|people|everyone',
  intensifiers: 'most|more|less|least|very|so|too|widely|well|highly',
  participleEnding: 'ing',
  participleIntroducers: 'by|while|after|before|without|when|since|for',
  // Endings, or whole words, of forms that are never nouns ("believe" after "her" is still a verb).
  verbOnlyEndings: 'ed|believe|say|think|argue|insist|suggest',
  numberWords:
    'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
    'eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|' +
    'million|millions|billion|billions|trillion|trillions|dozen|dozens|zero',
  months: englishProfile.months,
  timeUnits: 'year|years|month|months|week|weeks|day|days|hour|hours|minute|minutes|decade|decades|century|centuries',
  timeAfter: 'ago|earlier|later|before|after|previously',
  timeBefore: 'in|within',
  ageBefore: 'aged|age',
  referringDeterminers: 'the|these|those',
  pairWords: 'two',
  clockAfter: 'am|pm|a|p|o|h',
  units: 'km|kg|mm|cm|m|mg|g|t|kw|mw|gw|kwh|mwh|gb|mb|tb|ha|mph|bn|k',
  durationBefore: 'for|during|a|an',
  halfWords: 'and|a|half',
  negations: 'not',
  nameJoiners: 'and',
  agentLinks: 'of',
  partitiveArticles: '',
  euphonicLetters: '',
  ordinalSuffixes: 'th|st|nd|rd',
  clockSuffixes: '',
  ageLinks: 'of',
  ageAfter: 'year old|years old',
  ageUnits: 'years',
};
