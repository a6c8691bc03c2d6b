// French data for people and roles: honorifics, titles of office and of other functions (with their
// feminine forms), the words that build a role phrase, and capitalised words that are not names.
// Lists are '|'-separated, lower case, apostrophes plain ('); "président~e" stands for président and
// présidente (a word and its longer form); "direct(eur,rice)" for directeur and directrice (one stem,
// two endings). No person's name belongs here.
import type { PeopleLexicon } from '../schema';

export const frenchPeople: PeopleLexicon = {
  honorifics: 'm|mm|mme|mmes|mlle~s|me|mes|dr|pr|mgr|monsieur|madame|mademoiselle|maître|sir|lord|lady|mr|mrs|ms',

  officialTitles:
    'président~e|vice-président~e|président-directeur général|pdg|' +
    'ministre|garde des sceaux|' +
    "secrétaire|secrétaire d'état|haut-commissaire|haute-commissaire|" +
    'commissaire|ambassad(eur,rice)|envoyé~e|' +
    "émissaire|diplomate|consul~e|chargé d'affaires|attaché|" +
    'sénat(eur,rice)|député~e|eurodéputé~e|parlementaire|élu~e|conseill(er,ère)|' +
    'maire|adjoint au maire|adjointe au maire|bourgmestre|' +
    'échevin~e|gouverneur~e|préf(et,ète)|sous-préf(et,ète)|chanceli(er,ère)|' +
    'roi|reine|prince~sse|empereur|impératrice|monarque|sultan|émir|cheikh|pape|cardinal|archevêque|' +
    "évêque|imam|rabbin|ayatollah|patriarche|juge|juge d'instruction|magistrat~e|" +
    'procureur~e|avocat général|avocate générale|bâtonni(er,ère)|' +
    'greffi(er,ère)|polici(er,ère)|commissaire de police|gendarme|inspect(eur,rice)|' +
    'général~e|amiral|colonel~le|lieutenant~e|capitaine|commandant~e|' +
    "sergent|adjudant|caporal|maréchal|chef d'état-major|chef des armées|porte-parole|conseiller spécial|" +
    'direct(eur,rice)|' +
    "dirigeant~e|patron~ne|chef~fe|chef de file|chef de l'état|chef du gouvernement|" +
    'chef de la diplomatie|fondat(eur,rice)|cofondat(eur,rice)|co-fondat(eur,rice)|' +
    'responsable|administrat(eur,rice)|délégué~e|' +
    'médiat(eur,rice)|défenseur des droits|trésori(er,ère)|leader|numéro deux|' +
    'homologue|prédécesseur|successeur|chef de cabinet|directeur de cabinet|directrice de cabinet|' +
    'collaborat(eur,rice)|offici(er,ère)|agent~e|fonctionnaire|haut fonctionnaire|' +
    'négociat(eur,rice)|représentant~e|vice-premier ministre|ministre-président|' +
    'bras droit|dauphin~e|candidat~e|syndicaliste|' +
    'rect(eur,rice)|doyen~ne|régent~e|dictateur|chef rebelle|chef de guerre|édile|gouvernant|' +
    "ombudsman|protecteur du citoyen|commissaire à l'information|" +
    'premier ministre du québec|lieutenant-gouverneur|' +
    'lieutenante-gouverneure|chef de police|shérif|agent de police|' +
    'sortant~e|tête de liste|à la tête de|colisti(er,ère)|challenger|challengeuse|homme politique|femme politique|' +
    'politicien~ne',

  otherTitles:
    'professeur~e|maître de conférences|enseignant~e|cherch(eur,euse)|' +
    'universitaire|analyste|économiste|historien~ne|politologue|sociologue|juriste|spécialiste|' +
    'expert~e|consultant~e|journaliste|reporter|reporteur|correspondant~e|' +
    'rédact(eur,rice)|rédacteur en chef|rédactrice en chef|éditorialiste|chroniqu(eur,euse)|' +
    'auteur~e|autrice|écrivain~e|romanci(er,ère)|poète|blogu(eur,euse)|photographe|' +
    'réalisat(eur,rice)|product(eur,rice)|animat(eur,rice)|présentat(eur,rice)|' +
    'critique|avocat~e|avocat de la défense|étudiant~e|médecin|chirurgien~ne|' +
    'infirmi(er,ère)|témoin|victime|habitant~e|résident~e|voisin~e|militant~e|' +
    'manifestant~e|bénévole|athlète|jou(eur,euse)|entraîn(eur,euse)|sélectionneur|' +
    'act(eur,rice)|comédien~ne|chant(eur,euse)|musicien~ne|artiste|humoriste|' +
    "entrepreneur~e|investisseur|homme d'affaires|femme d'affaires|milliardaire|propriétaire|" +
    'ouvri(er,ère)|salarié~e|employé~e|agricult(eur,rice)|chauffeur|pilote|ingénieur~e|' +
    'informaticien|pirate|élect(eur,rice)|partisan~e|opposant~e|ami~e|' +
    'fille|fils|épouse|époux|mari|femme|veuve|veuf|mère|père|frère|sœur|compagne|compagnon|conjoint~e|' +
    'prêtre|pasteur|abbé|curé|moine|religieuse|missionnaire|aumônier|intermédiaire|manager|gérant~e|' +
    'retraité~e|commerçant~e',

  titleModifiers:
    'ancien~ne|ex|ex-|actuel~le|nouveau|nouvel~le|futur~e|intérimaire|sortant~e|' +
    'adjoint~e|délégué~e|général~e|principal~e|spécial~e|' +
    'exécuti(f,ve)|premi(er,ère)|second~e|deuxième|haut~e|grand~e|chef|en|' +
    'national~e|fédéral~e|régional~e|municipal~e|européen~ne|' +
    'socialiste|écologiste|communiste|centriste|républicain~e|démocrate|conservat(eur,rice)|' +
    'libéral~e|insoumis~e|frontiste|gaulliste|ump|ps|lr|rn|fn|lrem|modem|' +
    'udi|pcf|eelv|lfi|plus|très|influent~e|puissant~e|emblématique|éphémère|' +
    'financi(er,ère)|juridique|légal~e|technique|commercial~e',

  roleLinks: "de|d'|du|des|la|le|l'|les|au|aux|en|pour|à|chargé~e|sur|auprès|près|contre",

  determiners: "le|la|l'|les|un|une|son|sa|ses|leur|ce|cet|cette|notre|votre|ancien~ne|l'ancien|l'ancienne",

  nationalities:
    'américain~e|britannique|anglais~e|écossais~e|irlandais~e|canadien~ne|' +
    'québécois~e|australien~ne|français~e|allemand~e|italien~ne|' +
    'espagnol~e|portugais~e|néerlandais~e|belge|suisse|autrichien~ne|' +
    'suédois~e|norvégien~ne|danois~e|finlandais~e|polonais~e|' +
    'tchèque|slovaque|hongrois~e|roumain~e|bulgare|grec~que|turc|turque|serbe|' +
    'croate|bosnien~ne|albanais~e|ukrainien~ne|russe|biélorusse|géorgien~ne|' +
    'arménien~ne|israélien~ne|palestinien~ne|libanais~e|syrien~ne|' +
    'jordanien~ne|irakien~ne|iranien~ne|saoudien~ne|qatari~e|' +
    'yéménite|égyptien~ne|libyen~ne|tunisien~ne|algérien~ne|' +
    'marocain~e|soudanais~e|éthiopien~ne|somalien~ne|kényan~e|' +
    'nigérian~e|ghanéen~ne|sénégalais~e|malien~ne|ivoirien~ne|' +
    'camerounais~e|congolais~e|rwandais~e|sud-africain~e|chinois~e|' +
    'japonais~e|coréen~ne|nord-coréen~ne|sud-coréen~ne|' +
    'taïwanais~e|vietnamien~ne|thaïlandais~e|birman~e|indonésien~ne|' +
    'philippin~e|indien~ne|pakistanais~e|afghan~e|mexicain~e|' +
    'cubain~e|haïtien~ne|colombien~ne|vénézuélien~ne|péruvien~ne|' +
    'chilien~ne|argentin~e|brésilien~ne|arabe|kurde|africain~e|' +
    'asiatique|européen~ne|occidental~e|oriental~e|soviétique|catalan~e|' +
    'basque|corse|breton~ne|musulman~e|jui(f,ve)|chrétien~ne|catholique|protestant~e|' +
    'sunnite|chiite|fédéral~e|onusien~ne|étrang(er,ère)|local~e',

  places:
    'amérique|états-unis|usa|royaume-uni|grande-bretagne|angleterre|écosse|irlande|canada|québec|' +
    'australie|france|allemagne|italie|espagne|portugal|pays-bas|belgique|suisse|autriche|suède|norvège|' +
    'danemark|finlande|pologne|tchéquie|slovaquie|hongrie|roumanie|bulgarie|grèce|turquie|chypre|serbie|' +
    'croatie|bosnie|albanie|kosovo|ukraine|russie|biélorussie|moldavie|géorgie|arménie|azerbaïdjan|israël|' +
    'palestine|gaza|cisjordanie|liban|syrie|jordanie|irak|iran|arabie|qatar|koweït|yémen|égypte|libye|' +
    'tunisie|algérie|maroc|soudan|éthiopie|somalie|kenya|ouganda|rwanda|congo|nigeria|ghana|sénégal|mali|' +
    'niger|tchad|cameroun|afrique|chine|japon|corée|taïwan|mongolie|vietnam|thaïlande|cambodge|birmanie|' +
    'malaisie|singapour|indonésie|philippines|inde|pakistan|afghanistan|bangladesh|népal|mexique|cuba|' +
    'haïti|colombie|venezuela|pérou|bolivie|chili|argentine|brésil|europe|asie|océanie|antarctique|' +
    'moyen-orient|proche-orient|maghreb|sahel|golfe|méditerranée|pacifique|atlantique|paris|lyon|' +
    'marseille|bordeaux|lille|toulouse|nice|nantes|strasbourg|montpellier|rennes|washington|new york|' +
    'londres|berlin|moscou|pékin|tokyo|jérusalem|kiev|kyiv|bruxelles|genève|rome|madrid|ottawa|' +
    'montréal|toronto|vancouver|calgary|victoria|téhéran|bagdad|damas|beyrouth|le caire|alger|' +
    'tunis|rabat|dakar|abidjan|kinshasa|hong kong|nord|sud|est|ouest|île|corse|bretagne|normandie|' +
    'alsace|provence|wallonie|flandre|ontario|alberta|manitoba|acadie',

  orgWords:
    'ministère|ministre|département|office|agence|bureau|administration|gouvernement|conseil|commission|' +
    'comité|autorité|cour|tribunal|parlement|congrès|sénat|assemblée|chambre|cabinet|parti|union|ligue|' +
    'fédération|association|société|institut|fondation|fonds|centre|université|école|académie|hôpital|' +
    'clinique|église|banque|bourse|entreprise|groupe|compagnie|réseau|médias|journal|presse|radio|' +
    'télévision|chaîne|magazine|revue|hebdomadaire|quotidien|armée|marine|force~s|garde|police|' +
    'gendarmerie|service~s|commandement|brigade|régiment|division|équipe|club|république|' +
    'royaume|nations|province|région|rue|avenue|boulevard|place|pont|aéroport|gare|fleuve|' +
    'rivière|lac|mont|montagne|île~s|vallée|baie|côte|parc|palais|musée|bibliothèque|stade|hôtel|' +
    'loi|traité|accord|plan|programme|projet|sommet|conférence|forum|jeux|coupe|championnat|guerre|' +
    'crise|révolution|mouvement|front|quai|élysée|matignon|prix|festival|affaire|opération|' +
    'commerce|défense|justice|intérieur|affaires|économie|finances|santé|éducation|travail|culture|' +
    'environnement|transports|agriculture|logement|armées|étrangères|sports|numérique|industrie|' +
    'énergie|écologie|solidarités|outre-mer|recherche|communication|trésor|state|department|house|international~e|internationaux',

  notNames:
    "le|la|les|l'|un|une|des|du|de|d'|et|ou|mais|donc|or|ni|car|si|que|qu'|qui|quoi|dont|où|quand|" +
    'comme|lorsque|puisque|pour|par|sur|sous|dans|en|avec|sans|chez|entre|vers|selon|après|avant|' +
    "depuis|pendant|contre|malgré|parmi|dès|jusqu'|il|elle|ils|elles|on|nous|vous|je|j'|tu|ce|c'|" +
    'cet|cette|ces|son|sa|ses|leur~s|mon|ma|mes|notre|nos|votre|vos|tout|tous|toute~s|aucun~e|' +
    'chaque|plusieurs|certains|certaines|autre~s|même~s|alors|ainsi|aussi|encore|' +
    'déjà|enfin|ensuite|puis|pourtant|cependant|toutefois|néanmoins|bien|très|plus|moins|trop|' +
    "peu|beaucoup|oui|non|ne|n'|pas|voici|voilà|ici|là|hier|aujourd'hui|demain|lire|voir|regarder|" +
    'écouter|partager|suivre|abonnez|photo|vidéo|image|source|crédit~s|afp|ap|reuters|mise|' +
    'publié|actualisé|analyse|opinion|tribune|éditorial|exclusif|direct|revivez|janvier|février|' +
    'mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv|févr|avr|juil|sept|' +
    'oct|nov|déc|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|noël|pâques|ramadan|dieu|' +
    'internet|web|covid|m|mme|mlle|nord|sud|est|ouest|saint~e|grand~e|petit~e|nouv(eau,elle)|' +
    'ancien~ne|premi(er,ère)|derni(er,ère)|haut~e|bas|basse|a|à|au|aux|y|' +
    'sont|était|étaient|été|être|avoir|ont|avait|avaient|sera|seront|fait|faire|peut|doit|' +
    'faut|va|vont|affaire|républicains|démocrates|socialistes|écologistes|insoumis|français|' +
    'françaises|américains|européens|africains|chinois|russes|allemands|britanniques|israéliens|' +
    'palestiniens|arabes|kurdes|musulmans|chrétiens|juifs|catholiques|sages|bleus|verts|the|of|and|an',

  particles:
    "de|de la|d'|du|des|van|van der|van den|von|von der|der|den|da|di|del|della|dos|das|do|" + 'le|la|bin|ibn|ben|abu|al|el|y|e|ter|ten|zu',
  strongParticles: 'van|van der|van den|von|von der|bin|ibn|abu|al|el|della|dos|das|zu',
  particleNeedsFirstName: "de|de la|d'|du|des|da|di|del|do|le|la|ben|y|e|ter|ten|der|den",

  speechBefore:
    'dit|déclaré|ajouté|affirmé|expliqué|souligné|indiqué|estimé|précisé|mentionné|confié|' +
    'assuré|répondu|écrit|annoncé|noté|lancé|martelé|rappelé|poursuivi|insisté|raconté|reconnu|' +
    'admis|déploré|regretté|dénoncé|averti|prévenu|observé|commenté|résumé|tranché|jugé|selon|' +
    "d'après|témoigne|explique|affirme|ajoute|estime|souligne|indique|raconte|déclare|confie|" +
    'précise|assure|note|rappelle|dénonce|insiste|résume|reconnaît|interroge|tweeté|réagi',
  speechAfter:
    'a|avait|dit|déclare|affirme|explique|estime|souligne|indique|ajoute|assure|précise|' +
    'confie|raconte|rappelle|reconnaît|dénonce|insiste|note|juge|pense|croit|qui|est|était|sera|',

  copulas:
    'est|était|fut|sera|devint|deviendra|redevient|devenu~e|est devenu~e|a été|avait été|nommé~e|' +
    'élu~e|désigné~e|comme|en tant que|reste|demeure|candidat à|candidate à',
  relatives: 'qui',
  verbRoles:
    'dirige:dirigeant|préside:président|conseille:conseiller|représente:représentant|' +
    'commande:commandant|gouverne:gouverneur|fondé:fondateur|anime:animateur|enseigne:enseignant',
  among: 'parmi',
  kin:
    'fille|fils|épouse|époux|mari|femme|veuve|veuf|mère|père|frère|sœur|soeur|compagne|compagnon|' +
    'conjoint~e|neveu|nièce|cousin~e|oncle|tante|petit-fils|petite-fille|gendre|belle-fille|' +
    'beau-père|belle-mère|enfant~s|successeur|prédécesseur|homologue',
  clauseBreaks:
    "qui|que|qu'|dont|où|lorsque|quand|alors|mais|car|puisque|après|avant|depuis|a|avait|" +
    'est|était|sera|ont|avaient|sont|étaient|dit|selon',
  placePrefixes: 'st~e|saint~e|mont|lac|port|cap|fort|île|pointe',
  bylines: 'par|photo|texte|crédit|illustration|propos',
  personPronouns: '',
  definiteArticles: "le|la|l'",
  reportAfter: 'déclare|affirme|explique|estime|souligne|indique|ajoute|assure|précise|confie|raconte|rappelle|reconnaît|dénonce|insiste',
  companyTitles: 'manager|gérant~e',
  companyWords: 'société|entreprise|groupe|banque|compagnie|firme|fonds|agence|holding|constructeur|laboratoire',
  appointments: 'nommé~e|élu~e|désigné~e|réélu~e|choisi~e|investi~e|promu~e|nommée~s|élus|élues|devenu~e|devenir',
  voiceOf:
    "par la voix de|par la voix du|par la voix d'|par la voix des|à travers|par l'intermédiaire de|par l'intermédiaire du|par le biais de|via",
  nicknameCues: 'surnommé~e|surnommés|dit~e|alias|baptisé~e|appelé~e|sobriquet',
  asCues: 'comme|en tant que',
  asBlockers:
    'tel~le|tels|telles|même|aussi|autant|considéré~e|vu~e|perçu~e|présenté~e|' + 'décrit~e|qualifié~e|désigné~e|pressenti~e|cité~e',
  subjectPronouns: 'il|elle',
  pronounGenders: 'il:m|elle:f',
  officeNouns:
    'présidence:président|vice-présidence:vice-président|mairie:maire|primature:premier ministre|gouvernement:ministre|ministres:ministre|cabinet:ministre',

  abbreviations: 'janv|févr|avr|juil|sept|oct|nov|déc|jr|sr|st|no|vs',
  titleJoiners: 'et|&',
  listJoiners: 'et|ou',
  titlePrefixes: 'ex-',
  orgNameLinks: '',
  officeLinks: "de|du|d'",
  indefiniteArticles: 'un|une',
  ageSuffixes: '',
  nameSuffixes: 'jr|sr|ii|iii|iv',
  roleDescriptions:
    "chef de la diplomatie:ministre des affaires étrangères|chef de la diplomatie:secrétaire d'état|" +
    "chef de la diplomatie:ministre de l'europe et des affaires étrangères|" +
    "plus haut diplomate:ministre des affaires étrangères|plus haut diplomate:secrétaire d'état|" +
    "diplomate en chef:ministre des affaires étrangères|diplomate en chef:secrétaire d'état|" +
    "patron de la diplomatie:ministre des affaires étrangères|patron de la diplomatie:secrétaire d'état|" +
    "chef de l'état:président|chef d'état:président|chef du gouvernement:premier ministre|chef du gouvernement:première ministre|" +
    "locataire de l'élysée:président|locataire de matignon:premier ministre|locataire de matignon:première ministre|" +
    "garde des sceaux:ministre de la justice|premier flic de france:ministre de l'intérieur",
  subordinateTitles: 'adjoint~e|sous|vice|délégué~e|sous-secrétaire',
};
