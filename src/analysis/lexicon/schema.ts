// The shape of a language pack: every word the engine needs of one language, and the morphology hooks
// its lists and the tokenizer call. A pack is a folder (lexicon/en/, lexicon/fr/) and a line in registry.ts;
// a language Newsmark only recognises has a folder with its profile alone (lexicon/de/).

/** How a language shapes its words. */
export interface Morphology {
  /** Words cut off before an apostrophe and kept as their own token ("l d qu": "l'ambassadeur" → "l'" + "ambassadeur"). */
  elisions: string;
  /** Endings of a plural ("s", "x"): "députés" is a plural of the title "député". */
  pluralEndings: string;
  /** Endings after an apostrophe that make a possessive ("s": "Obama's"), left outside a name. */
  possessiveEndings: string;
  /** The forms of a verb written "stem+" in a list ("insist+" → insist insists insisted insisting). */
  conjugate(stem: string): string[];
  /** The forms of a word written "word*" in a list, by gender and number ("sommé*" → sommé sommée sommés sommées). */
  inflect(word: string): string[];
}

/**
 * What Newsmark knows of every language it recognises, whether it reads it or not: the words that tell
 * the language in a text, and the words of its dates and page furniture, which pages in any language
 * may carry (a site's chrome is often in another language than its article).
 */
export interface LanguageProfile {
  /** The language's ISO 639-1 code ("de"). */
  code: string;
  /** Its most frequent function words, in the notation: a text's share of them tells its language. */
  functionWords: string;
  /** Month names and their abbreviations: "19 Febbraio 2020" is a date in any page. */
  months: string;
  /** Words for minutes after a number ("min", "minuti"): "4 Min." alone on a line is a reading time. */
  minuteUnits: string;
  /** Labels of a reading time ("reading time", "tempo di lettura", "lecture"). */
  readingTimeLabels: string;
}

export interface LanguagePack {
  /** The language's ISO 639-1 code ("en"). */
  code: string;
  profile: LanguageProfile;
  morphology: Morphology;
  people: PeopleLexicon;
  claims: ClaimLexicon;
}

/** The people half's words of a language. Every list is in the lexicon notation, lower case. */
export interface PeopleLexicon {
  /** Courtesy titles kept outside a name: "mr", "mme". */
  honorifics: string;
  /** Titles that are offices (see GUIDELINES.md): "prime minister", "ambassadrice". */
  officialTitles: string;
  /** Functions that are not offices: "professor", "journaliste". */
  otherTitles: string;
  /** Words that qualify a title inside a role phrase: "former", "adjoint". */
  titleModifiers: string;
  /** Small words that may sit inside a role phrase: "of", "de", "l'". */
  roleLinks: string;
  /** Words that may open an apposition: "the", "a", "le", "son". */
  determiners: string;
  nationalities: string;
  places: string;
  /** Words that make a capitalised run an organisation or a place: "department", "conseil". */
  orgWords: string;
  /** Capitalised words that are never names: function words, months, days, labels. */
  notNames: string;
  /** Particles inside names ("de la", "von der", "bin"). */
  particles: string;
  /** Particles that show a run is a person's name by themselves. */
  strongParticles: string;
  /** Particles accepted only after a lone known first name ("Laure de la …", not "X Y de Z"). */
  particleNeedsFirstName: string;
  /** Words just before a speaker's name ("said", "selon", "a déclaré"). */
  speechBefore: string;
  /** Words just after a speaker's name ("said", "a"). */
  speechAfter: string;
  /** Links between a name and its role ("is", "became", "est devenu"). */
  copulas: string;
  /** Relative pronouns opening a role clause ("who", "qui"). */
  relatives: string;
  /** verb:title pairs for roles given by a verb ("advises:adviser"). */
  verbRoles: string;
  /** Words that introduce a group a named person belongs to ("among", "parmi"). */
  among: string;
  /** Family words before a name ("daughter", "épouse"). */
  kin: string;
  /** Words that end a role apposition ("who", "which", "qui"). */
  clauseBreaks: string;
  /** Words that make the next capitalised word a place ("St. Louis", "Fort Worth", "Saint-Denis"). */
  placePrefixes: string;
  /** Words at the start of a line that introduce an author's or photographer's name ("By", "Par"). */
  bylines: string;
  /** Pronouns that only refer to a person ("he", "she"); empty where pronouns also stand for things. */
  personPronouns: string;
  /** Definite articles opening a role phrase that may describe the person just named ("the", "le"). */
  definiteArticles: string;
  /** Reporting verbs that make the single capitalised word before them a speaker ("said"). */
  reportAfter: string;
  /** Functions that are an office only in a company ("manager" of a firm, not of a team). */
  companyTitles: string;
  /** Words that make a role phrase name a company ("company", "groupe"). */
  companyWords: string;
  /** Words before a nickname in quotes ("dubbed", "surnommé"): the quoted words are no new person. */
  nicknameCues: string;
  /** Phrases that give an organisation a speaker ("par la voix de", "through"): the role after them, up to a comma, is the next name's. */
  voiceOf: string;
  /** Participles of appointment after a name and its comma ("appointed", "désignée"): the role follows them. */
  appointments: string;
  /** Words that give the function someone acts in ("as", "en tant que"): "her time as secretary of state". */
  asCues: string;
  /** Words before an "as" that make it a comparison or a label, not a function ("such as", "seen as"). */
  asBlockers: string;
  /** Subject pronouns that a role clause may follow ("when she was …", "lorsqu'elle était …"). */
  subjectPronouns: string;
  /** pronoun:gender pairs ("he:m", "elle:f"): which people a pronoun can stand for. */
  pronounGenders: string;
  /** noun:title pairs for offices named by their institution ("in the presidency" → president). */
  officeNouns: string;
  /** Abbreviations whose full stop belongs to the word, besides those the lists write with a stop ("jan", "jr", "vs"). */
  abbreviations: string;
  /** Words that join two titles or two names ("and", "&"): "vice-Premier ministre et ministre de l'Intérieur X". */
  titleJoiners: string;
  /** Words that join the items of a list ("and", "or"): names after a shared plural title, nicknames. */
  listJoiners: string;
  /** Prefixes a title keeps its meaning under ("ex-": "l'ex-député"). */
  titlePrefixes: string;
  /** Links inside an institution's name after its head word ("Council on Foreign Relations"). */
  orgNameLinks: string;
  /** Links between an office and the organisation it is of ("chief executive of X", "directeur de X"). */
  officeLinks: string;
  /** Indefinite articles ("a", "un"): a capitalised word after one is no name of a known person. */
  indefiniteArticles: string;
  /** Endings that, after "N-", make an age before a title ("52-year-old resident"). */
  ageSuffixes: string;
  /** Words that end a name and never start one ("jr", "iii"). */
  nameSuffixes: string;
  /**
   * Descriptions that stand for an office, as description:office pairs ("top diplomat:secretary of state",
   * "chef de la diplomatie:secrétaire d'état"): a source so described is the person the text gives that office.
   * A description's words may have a few words between them ("the top U.S. diplomat").
   */
  roleDescriptions: string;
  /** Words that make an office a lesser one beside it ("deputy", "adjoint"): a deputy secretary of state is no top diplomat. */
  subordinateTitles: string;
}

/**
 * The claims half's words of a language. Every list is in the lexicon notation; a list of phrases (named
 * in CLAIM_PHRASE_LISTS) is matched word by word, the others are sets of single words.
 */
export interface ClaimLexicon {
  /** Abbreviations that never end a sentence, as written ("Mr", "M", "Sen", "Oct"). */
  fixedAbbreviations: string;
  /** Abbreviations that end a sentence only before a typical opener ("Inc", "etc"). */
  softAbbreviations: string;
  /** Lower-case words that typically open a sentence. */
  sentenceOpeners: string;
  /** Single-word forms of reporting and stance verbs, every conjugated form. */
  reportingVerbs: string;
  /** The forms among them that may come before their subject (", said X", ", a déclaré X"). */
  inversionVerbs: string;
  /** Verbs that report words only in an incise after a quotation ("», lance-t-il", "», continued Smith"). */
  inciseVerbs: string;
  /** Multi-word reporting cues ("pointed out", "fait part"). */
  reportingPhrases: string;
  /**
   * Stances of others with no speaking subject ("seen as", "regarded as", "perçu comme", "sommé de",
   * "suscité la colère"): attributed, the source being an agent after them when one is named.
   */
  stancePhrases: string;
  /** Verbs that report only before a quotation ("called the plan “reckless”"). */
  quotingVerbs: string;
  /** Prepositions after a stance that introduce who holds it ("opposition from locals", "inquiète à Bruxelles"). */
  stanceAgentPrepositions: string;
  /** Openings of boilerplate lines, which are no claims ("read more", "lire aussi", "en cliquant"). */
  boilerplate: string;
  /** Heads of descriptions of an organisation ("the company", "l'institution"), also heads of organisation names. */
  organisationHeads: string;
  /** Pronouns that may stand for an organisation ("it", "elle"). */
  organisationPronouns: string;
  /** Words that make a phrase no source: times, ordinals, examples ("fois", "time", "exemple"). */
  nonSources: string;
  /** Cues followed by their source ("according to", "selon", "citant"). */
  sourceIntroducers: string;
  /** The same, only at the start of a sentence ("Pour la ministre, …"). */
  openingSourceIntroducers: string;
  /** Words and phrases that mark content as unconfirmed or predicted. */
  hedges: string;
  /** Idioms that contain a hedge word but hedge nothing ("could not differ more", "might as well"). */
  hedgeIdioms: string;
  /** Verbs of a scheduled event ("doit se rendre vendredi"), a hedge before an infinitive when the sentence names a time. */
  scheduleVerbs: string;
  /** Words naming a coming time for those ("vendredi", "demain", "prochaine"). */
  scheduleWords: string;
  /** Endings of an infinitive ("er", "ir", "re"). */
  infinitiveEndings: string;
  /** Words just before a quotation that make it a label, not someone's words ("so-called", "dubbed", "surnommé"). */
  labelIntroducers: string;
  /** Words of a charge or an inquiry ("charged", "mis en examen"): a quotation after them and a link names an offence. */
  chargeWords: string;
  /** Words linking a charge to its offence ("with", "for", "pour", "de"). */
  chargeLinks: string;
  /** Prepositions: a name after one is no subject ("the lawyer for X", "une décision de X"). */
  prepositions: string;
  /** Endings of past participles ("ed", "é"), and irregular ones as whole words ("seen", "prévu"). */
  pastParticiples: string;
  /** Whether a bare past participle after a noun is an adjective, not a verb ("les aires prévues"): true where the past tense needs an auxiliary. */
  bareParticipleIsAdjective: boolean;
  /** Words of the future ("will", "sera"): "in 180 days" after one measures a delay, not a date. */
  futureMarkers: string;
  /** Words that open a reported statement ("that", "que"), unlike "whether"/"si", which open a question. */
  contentOpeners: string;
  /** Endings of a conditional mood that is a hedge unless it only follows reported speech ("rait"). */
  conditionalEndings: string;
  /** Words with those endings that are no verbs ("portrait"). */
  conditionalExceptions: string;
  /** Words that open reported content ("that", "que"). */
  complementizers: string;
  /** Words that may stand between a subject and its verb ("has", "also", "a", "ne"). */
  auxiliaries: string;
  /** The ending of manner adverbs, also skipped between subject and verb ("ly", "ment"). */
  adverbEnding: string;
  /** Pronouns that stand for the last named speaker ("he", "elle"). */
  subjectPronouns: string;
  /** Those of them that stand for one person ("he", "she", "il", "elle"). */
  personalPronouns: string;
  /** Pronouns that name no source ("we", "on"). */
  impersonalPronouns: string;
  /**
   * Words that tell a person's gender, as word:m or word:f: pronouns, also the object forms a source
   * introducer takes ("according to him", "selon elle"), and courtesy titles before a name ("ms:f", "mme:f").
   */
  genderWords: string;
  /** Words that end a source phrase ("and", "when", "que", "par"). */
  boundaries: string;
  /** Relative pronouns, whose antecedent is the subject ("who", "qui"). */
  relativePronouns: string;
  /** Words after which a verb form is a noun ("the report", "une note"). */
  determiners: string;
  /** Definite articles, dropped from the front of a source. */
  definiteArticles: string;
  /** Heads of group phrases kept whole even when they contain a name ("people close to Ms. Haley"). */
  groupHeads: string;
  /** Words skipped between an inverted verb and its subject ("jeudi", "on Tuesday"). */
  timeWords: string;
  /** Prepositions introducing an agent ("by", "par"). */
  agentPrepositions: string;
  /** Auxiliaries of the passive ("was", "été"). */
  passiveMarkers: string;
  /** Marks of an infinitive, which has no subject of its own ("to"). */
  infinitiveMarkers: string;
  /** First words of navigation lines ("Read", "Lire"). */
  navigation: string;
  /** Finite auxiliaries, which a subject phrase never contains ("would", "has", "est"). */
  finiteVerbs: string;
  /** Demonstratives that head a relative clause inside a subject ("those who know her"). */
  demonstratives: string;
  /** Words before which a participle is an adjective ("les plus contestées", "most respected"). */
  intensifiers: string;
  /** Ending of the present participle ("ing", "ant"), a cue only after a comma, an auxiliary or one of… */
  participleEnding: string;
  /** …these words ("by saying", "en affirmant"). */
  participleIntroducers: string;
  /** Endings of verb forms that are never nouns ("ed", "é"), exempt from the determiner test. */
  verbOnlyEndings: string;
  /** Cardinal number words and quantity nouns: "two", "dozen", "millions"; "deux", "douzaine", "milliers". */
  numberWords: string;
  /** Month names and their abbreviations. */
  months: string;
  /** Units of time ("years", "ans"). */
  timeUnits: string;
  /** Words after "N <unit>" that place an event in time ("ago", "earlier", "plus"). */
  timeAfter: string;
  /** Words just before a number that place an event in time ("in", "dans"; the last word of "il y a"). */
  timeBefore: string;
  /** Words that introduce an age ("aged", "âgé"). */
  ageBefore: string;
  /** Determiners before which "two" only refers back, like "both" ("the two sides", "les deux camps"). */
  referringDeterminers: string;
  /** The number words meaning a pair ("two", "deux"). */
  pairWords: string;
  /** Clock words after a number ("h", "heures", "am", "pm", "o"). */
  clockAfter: string;
  /** Suffixes glued to digits that make a measurement ("km", "kg", "mw"). */
  units: string;
  /** Words before "a month", "un mois" that make it a length ("for", "pendant", "l'espace d'"), and the articles "a", "un". */
  durationBefore: string;
  /** Words between "two years" and "after" ("and a half", "et demi"). */
  halfWords: string;
  /** Words of negation before a verb ("ne", "not"): "ne doit pas" is an obligation, not a schedule. */
  negations: string;
  /** Words that join two names inside a source ("and", "et": "Enquête et The Fifth Estate"). */
  nameJoiners: string;
  /** Links between a stance and who holds it ("of the members", "de la ministre"). */
  agentLinks: string;
  /** Articles that open the holders of a stance without a link ("des élus", "du gouvernement"). */
  partitiveArticles: string;
  /** A letter put between a verb and its inverted pronoun for the sound ("a-t-il", "précise-t-on"). */
  euphonicLetters: string;
  /** Endings of ordinals glued to digits ("1st", "2e", "3ème"): no quantity. */
  ordinalSuffixes: string;
  /** Hour marks glued to digits, with or without minutes ("14h", "14h30"): a clock time. */
  clockSuffixes: string;
  /** Links between an age word and the age ("âgé de 26 ans", "aged of 26 years"). */
  ageLinks: string;
  /** Phrases after a number that make it an age ("year old"). */
  ageAfter: string;
  /** The unit of an age in apposition (", 45 ans,", ", 45 years,"). */
  ageUnits: string;
}

/** The claim lists that hold phrases (matched word by word); the other lists are sets of words. */
export const CLAIM_PHRASE_LISTS = [
  'reportingPhrases',
  'stancePhrases',
  'boilerplate',
  'sourceIntroducers',
  'openingSourceIntroducers',
  'hedges',
  'hedgeIdioms',
  'labelIntroducers',
  'chargeWords',
  'ageAfter',
] as const satisfies readonly (keyof ClaimLexicon)[];
