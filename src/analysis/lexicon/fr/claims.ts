// French data for claims: abbreviations, reporting verbs ("déclarer+": every form of a first-group verb,
// the conditional excepted, which is a hedge), hedges (the journalistic conditional among them), number
// words, in the lexicon notation.
import type { ClaimLexicon } from '../schema';
import { frenchProfile } from './profile';

// Verbs that report words; they may also come after their subject in an incise (", a déclaré le ministre").
const speechVerbs =
  'déclarer+|affirmer+|annoncer+|rapporter+|noter+|estimer+|ajouter+|indiquer+|préciser+|expliquer+|souligner+|rappeler+|' +
  'assurer+|confirmer+|mentionner+|raconter+|insister+|confier+|témoigner+|observer+|commenter+|signaler+|' +
  'révéler+|juger+|considérer+|répliquer+|rétorquer+|marteler+|plaider+|constater+|tweeter+|détailler+|' +
  'regretter+|déplorer+|résumer+|ironiser+|nuancer+|argumenter+|arguer+|énoncer+|murmurer+|divulguer+|dévoiler+|' +
  'certifier+|relater+|réaffirmer+|clamer+|proclamer+|lâcher+|avancer+';

// Verbs of stance: they carry content but take an object, so they never come before their subject.
const stanceVerbs =
  'accuser+|blâmer+|dénoncer+|critiquer+|saluer+|féliciter+|remercier+|condamner+|fustiger+|réclamer+|exiger+|demander+|' +
  'rejeter+|contester+|nier+|protester+|prôner+|étiqueter+|décrier+|menacer+|' +
  'jurer+|avouer+|penser+|espérer+|redouter+|excuser+|encourager+|reprocher+|recommander+|suggérer+|proposer+|' +
  'réitérer+|exhorter+|soulever+|évoquer+|alerter+|souhaiter+|refuser+|' +
  'douter+|concéder+|préconiser+|implorer+|supplier+|réfuter+|' +
  'interpeller+|épingler+|vanter+|approuver+|désapprouver+|revendiquer+|sommer+|conjurer+|tancer+|railler+|' +
  'dédouaner+|tabler+|anticiper+|projeter+|offusquer+|ordonner+';

const irregularSpeech =
  'dit|disent|disait|disaient|dira|diront|disant|dise|écrit|écrivent|écrivait|écrivaient|écrira|écrivant|' +
  'prévient|préviennent|prévenu|prévenue|prévenait|répond|répondent|répondu|répondait|réagit|réagi|réagissent|' +
  'conclut|concluent|conclu|reconnaît|reconnait|reconnaissent|reconnu|reconnue|reconnaissait|admet|admettent|' +
  'admis|admise|soutient|soutiennent|soutenu|soutenait|maintient|maintiennent|maintenu|prévoit|prévoient|prévu|' +
  'prévue|prévus|prévues|prévoyait|avertit|avertissent|averti|avertissait|décrit|décrivent|poursuit';

const irregularStance =
  'promet|promettent|promis|promettait|dément|démentent|démenti|démentait|croit|croient|cru|croyait|croyaient|' +
  'craint|craignent|craignait|craignaient|prétend|prétendent|prétendait|défend|défendent|défendu|défendait|' +
  'interdit|contredit|applaudit|applaudissent|applaudi|applaudie|garantit|garantissent|garanti';

// Every verb in the two lists above is of the first group; irregular ones are listed by form.

// "a laissé entendre que…" reports and hedges at once.
const ENTENDRE = 'laissé/laisse/laissent/laissait/laissaient entendre';

export const frenchClaims: ClaimLexicon = {
  fixedAbbreviations:
    'M|MM|Mme|Mmes|Mlle|Mlles|Dr|Drs|Pr|Me|Mgr|St|Ste|Sts|Stes|janv|févr|fév|avr|juil|sept|oct|nov|déc|Jan|Feb|' +
    'Apr|Aug|Sept|Oct|Nov|Dec|No|Nos|Mr|Mrs|Ms|Sen|Gov|Gen|Lt|Col|Cie|art|chap|av|bd|boul|réf|tél|env|cf|p|pp|vol',
  softAbbreviations: 'etc|Inc|Corp|Ltd|Co|Jr|Sr',
  sentenceOpeners:
    'le|la|les|l|un|une|des|il|elle|ils|elles|on|nous|vous|je|ce|cette|ces|mais|et|or|donc|car|pourtant|' +
    'cependant|en|dans|selon|pour|par|après|avant|alors|ainsi|enfin|puis|depuis|lors|si|au|aux|du|de',
  reportingVerbs: `${speechVerbs}|${irregularSpeech}|${stanceVerbs}|${irregularStance}`,
  inversionVerbs: `${speechVerbs}|${irregularSpeech}`,
  inciseVerbs:
    'lance|lancé|lancent|poursuit|poursuivi|poursuivent|continue|continué|tranche|tranché|glisse|glissé|souffle|' +
    'soufflé|résume|résumé|ironise|ironisé|reprend|repris|interroge|interrogé|tonne|tonné|renchérit|renchéri|' +
    'conclut|conclu|explique|expliqué|rappelle|rappelé|assène|asséné|martèle|martelé|nuance|nuancé|sourit|souri|' +
    'commente|commenté|avance|avancé|raconte|raconté|confie|confié|détaille|détaillé|fait|publié|écrit|tweeté',
  reportingPhrases:
    `fait/font savoir/part/valoir|a fait savoir/part/valoir|faisait part|ont fait part|${ENTENDRE}|` +
    "se dit/disent/défend/défendent/félicite|s'est dit/dite/défendu*/opposé*/excusé*/félicité*/inquiété*/" +
    "indigné*/insurgé*/prononcé*/engagé*/plaint/plainte|était/est défavorable/favorable|s'était/s'étaient excusé*|" +
    "s'oppose/s'opposent/s'inquiète/s'inquiètent/s'excuse/s'excusent/s'indigne/s'indignent/s'insurge/s'engage|" +
    'a/ont appelé|appelle/appellent|met en garde|a/ont mis en garde|fait/font/faisait/faisaient/fera état|' +
    'a tenu à|rendu* public|a plaidé|hésité à montrer/pointer du doigt|à/a l en croire|' +
    'abaisse/abaissé/relève/relevé/révise/révisé ses/sa/leurs prévisions/prévision/perspectives/estimations',
  stancePhrases:
    'perçu*/considéré*/vu*/décrit* comme|jugé* trop/comme|qualifié*/sommé* de|' +
    "suscité/suscite/suscitent la_désapprobation/la_colère/des_critiques/l'indignation/la_polémique/un_tollé/l'ire/" +
    'des_réactions|appels/appel à|sous le feu des critiques|essuyé des critiques|est/était/sont accusé*|' +
    'a été accusé*|visé* par des critiques|pointé* du doigt|mis/mise en cause|inquiète/inquiètent/inquiétait',
  quotingVerbs: '',
  stanceAgentPrepositions: 'à|parmi|chez',
  boilerplate:
    'lire aussi|article réservé|cet article est paru|chaque jour à|en cliquant|vous pouvez lire|abonnez-vous|' +
    'inscrivez-vous|découvrez|il vous reste|la suite est réservée',
  organisationHeads:
    'institution|organisation|agence|société|groupe|entreprise|organisme|banque|fonds|commission|conseil|ministère|' +
    'office|institut|union|association|fédération|autorité|cour|tribunal|parlement|assemblée',
  organisationPronouns: 'il|elle',
  nonSources: 'fois|exemple|moment|instant',
  sourceIntroducers:
    "d'après|selon|citant|aux dires de|de source/sources|peut-on/pouvait-on lire dans|lit-on/lisait-on dans|on peut/pouvait lire dans|on lit/lisait dans",
  openingSourceIntroducers: 'pour',
  hedges:
    'pourrais|devait|devaient|' +
    'semble|semblent|semblait|semblaient|paraît|paraissent|paraissait|paraissaient|puisse|puissent|' +
    'probablement|peut-être|sans doute|vraisemblablement|apparemment|supposément|prétendument|visiblement|' +
    'présumé*|supposé*|prétendu*|soupçonné*|on pense/croit/estime/suppose/ignore|on ne sait pas|' +
    'reste/restent inconnu*|' +
    'il se pourrait|possiblement|éventuellement|selon toute vraisemblance|risque/risquent/risquait/risquaient de|incertain|' +
    'incertaine|hypothétique|potentiellement|censé*|' +
    `${ENTENDRE}|est possible/probable|sembler|paraître|` +
    'présumément|à priori|a priori|en principe|suggère|suggèrent|suggéré|suggérait|soupçonne|' +
    'soupçonnent|aux dernières nouvelles|soupçon/soupçons de/d|l air de|' +
    // Fears and expectations of what may come: "craint que", "est attendu mercredi", "on peut s'attendre à".
    'craint/craignent/craignait/craignaient/redoute/redoutent/redoutait que/qu|est/sont/était/étaient attendu*|' +
    's attendre/attend/attendent/attendait à|certainement|de possibles|possible que|' +
    'non vérifié*|non confirmé*|à/a l en croire|selon/d_après des/plusieurs/certaines informations',
  // A subjunctive of purpose ("pour qu'elles puissent commander") hedges nothing.
  hedgeIdioms:
    'comme bon lui/leur semble/semblait/semblera|faut il|' +
    'pour/afin qu il/elle/ils/elles/on puisse/puissent|pour/afin que nous/vous puissions/puissiez',
  scheduleVerbs: 'doit|doivent|devra|devront',
  scheduleWords:
    'demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|prochain|prochaine|prochains|prochaines|' +
    'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|soir|matin|' +
    'après-midi|bientôt|ultérieurement|courant',
  infinitiveEndings: 'er|ir|re|oir',
  labelIntroducers: 'surnommé*|baptisé*|dit|dite|soi-disant|prétendu*|considéré*/perçu*/vu*/décrit* comme le/la/les/l/un/une',
  chargeWords:
    'mis* en examen|enquête|information judiciaire|plainte|poursuivi*|condamné*|accusé*|inculpé*|soupçonné*|' +
    'chef* de|procès|renvoyé*|suspecté*',
  chargeLinks: 'pour|de|d',
  prepositions: 'de|d|du|des|à|au|aux|par|pour|avec|sans|contre|chez|sur|sous|entre|envers|vers|auprès|dans|en',
  // Irregular participles that are no present tense as well ("dit" is both, so it is left out).
  pastParticiples:
    '-é|-ée|-és|-ées|prévu*|reconnu*|soutenu*|maintenu*|répondu|défendu*|démenti*|admis|admise|promis|promise|averti*|' +
    'prévenu*|conclu*',
  bareParticipleIsAdjective: true,
  futureMarkers: 'sera|seront|devra|devront|pourra|pourront|aura|auront|va|vont|fera|feront|prévoit|prévoient',
  contentOpeners: 'que|qu',
  // The conditional, told apart from the imperfect of -rer verbs ("gérait", "montrait").
  conditionalEndings:
    'erait|eraient|rrait|rraient|evrait|evraient|aurait|auraient|ndrait|ndraient|ttrait|ttraient|irait|iraient|' +
    'udrait|udraient|îtrait|îtraient|oirait|oiraient',
  conditionalExceptions: 'portrait|retrait|extrait|attrait|abstrait|distrait|trait|soustrait',
  complementizers: 'que|qu|si',
  auxiliaries:
    'a|ont|avait|avaient|aura|auront|aurait|est|sont|était|étaient|été|fut|furent|ait|aient|eut|également|aussi|déjà|' +
    'encore|ensuite|même|toujours|lui|leur|se|s|ne|n|pas|jamais|plus|l|y|en|me|m|nous|vous|t|bien|alors|' +
    'immédiatement|aussitôt|notamment|pour|sa|part|quant',
  adverbEnding: 'ment',
  subjectPronouns: 'il|elle|ils|elles',
  personalPronouns: 'il|elle',
  genderWords: 'il:m|lui:m|m:m|monsieur:m|elle:f|mme:f|mlle:f|madame:f|mademoiselle:f',
  impersonalPronouns: 'on|je|j|nous|vous|tu|ce|c|cela|ça|ceci',
  boundaries:
    'que|qu|et|mais|ou|donc|car|quand|lorsque|lorsqu|puisque|puisqu|comme|si|alors|tandis|où|dont|' +
    'parce|bien|quoique|afin|avant|après|pendant|depuis|par|pour|avec|sans|contre|vers|chez|dans|sur|sous|' +
    'entre|selon|malgré',
  relativePronouns: 'qui|lequel|laquelle|lesquels|lesquelles',
  determiners:
    'le|la|les|l|un|une|des|du|au|aux|ce|cet|cette|ces|son|sa|ses|leur|leurs|mon|ma|mes|notre|nos|votre|vos|' +
    'quelque|quelques|chaque|aucun|aucune|nouvelle|nouveau|première|premier|dernier|dernière|en|autre|autres|' +
    'tout|tous|toute|toutes|deux|trois|quatre|cinq|plusieurs',
  definiteArticles: 'le|la|les|l',
  groupHeads:
    'sources|source|proches|responsables|experts|analystes|témoins|habitants|opposants|partisans|observateurs|' +
    'diplomates|spécialistes|plusieurs|certains|beaucoup|personnes|gens|membres|militants|députés|élus',
  timeWords:
    'jeudi|lundi|mardi|mercredi|vendredi|samedi|dimanche|hier|aujourd|aujourd’hui|hui|soir|matin|après-midi|' +
    'également|encore|aussi|alors|ensuite|ce|cette|semaine|dernier|dernière|mois|lors|récemment|déjà|même|' +
    'plus|tôt|tard|enfin',
  agentPrepositions: 'par',
  passiveMarkers: 'été|est|sont|était|étaient|être|fut',
  infinitiveMarkers: '',
  navigation: 'lire|voir|regarder|écouter|revivez|abonnez|inscrivez|suivez|partager|publicité|diaporama|galerie|afficher',
  finiteVerbs:
    'a|ont|avait|avaient|aura|auront|aurait|auraient|est|sont|était|étaient|sera|seront|serait|fut|ait|aient|soit|' + 'soient|ayant|avoir',
  demonstratives: 'ceux|celles|celui|celle',
  intensifiers: 'plus|moins|très|si|trop|fort|bien',
  participleEnding: 'ant',
  participleIntroducers: 'en|tout',
  verbOnlyEndings: 'é|ée|és|ées|ait|aient|èrent',
  numberWords:
    'deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|vingts|trente|' +
    'quarante|cinquante|soixante|septante|huitante|nonante|cent|cents|mille|million|millions|milliard|milliards|' +
    'millier|milliers|centaine|centaines|dizaine|dizaines|douzaine|douzaines|quinzaine|quinzaines|vingtaine|' +
    'vingtaines|trentaine|trentaines|cinquantaine|soixantaine|zéro',
  months: frenchProfile.months,
  timeUnits: 'an|ans|année|années|mois|semaine|semaines|jour|jours|heure|heures|minute|minutes|décennie|décennies|siècle|siècles',
  timeAfter: 'plus|auparavant|avant|après',
  timeBefore: 'a|dans',
  ageBefore: 'âgé|âgée|âgés|âgées|homme|femme|garçon|fille|enfant|adolescent|adolescente',
  referringDeterminers: 'les|ces',
  pairWords: 'deux',
  clockAfter: 'h|heures|heure',
  units: 'km|kg|mm|cm|m|mg|g|t|kw|mw|gw|kwh|mwh|go|mo|to|ha',
  durationBefore: 'pendant|durant|espace|un|une',
  halfWords: 'et|demi|demie',
  negations: 'ne|n',
  nameJoiners: 'et',
  agentLinks: 'de|d',
  partitiveArticles: 'des|du',
  euphonicLetters: 't',
  ordinalSuffixes: 'e|er|re|ère|ème|eme|è',
  clockSuffixes: 'h',
  ageLinks: 'de',
  ageAfter: '',
  ageUnits: 'ans',
};
