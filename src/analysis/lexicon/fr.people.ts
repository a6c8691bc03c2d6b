// French data for people and roles: honorifics, titles of office and of other functions (with their
// feminine forms), the words that build a role phrase, and capitalised words that are not names.
// Lists are '|'-separated, lower case, apostrophes plain ('). No person's name belongs here.
import type { PeopleLexicon } from '../people';

export const frPeople: PeopleLexicon = {
  honorifics: 'm|mm|mme|mmes|mlle|mlles|me|mes|dr|pr|mgr|monsieur|madame|mademoiselle|maître|sir|lord|lady|mr|mrs|ms',

  officialTitles:
    'président|présidente|vice-président|vice-présidente|président-directeur général|pdg|' +
    'premier ministre|première ministre|ministre|ministre délégué|ministre déléguée|garde des sceaux|' +
    'secrétaire|secrétaire d\'état|secrétaire général|secrétaire générale|haut-commissaire|haute-commissaire|' +
    'commissaire|commissaire européen|commissaire européenne|ambassadeur|ambassadrice|envoyé|envoyée|' +
    'envoyé spécial|envoyée spéciale|émissaire|diplomate|consul|consule|chargé d\'affaires|attaché|' +
    'sénateur|sénatrice|député|députée|eurodéputé|eurodéputée|parlementaire|élu|élue|conseiller|conseillère|' +
    'conseiller municipal|conseillère municipale|maire|adjoint au maire|adjointe au maire|bourgmestre|' +
    'échevin|échevine|gouverneur|gouverneure|préfet|préfète|sous-préfet|sous-préfète|chancelier|chancelière|' +
    'roi|reine|prince|princesse|empereur|impératrice|monarque|sultan|émir|cheikh|pape|cardinal|archevêque|' +
    'évêque|imam|rabbin|ayatollah|patriarche|juge|juge en chef|juge d\'instruction|magistrat|magistrate|' +
    'procureur|procureure|procureur général|procureure générale|avocat général|avocate générale|bâtonnier|' +
    'bâtonnière|greffier|greffière|policier|policière|commissaire de police|gendarme|inspecteur|inspectrice|' +
    'général|générale|amiral|colonel|colonelle|lieutenant|lieutenante|capitaine|commandant|commandante|' +
    'sergent|adjudant|caporal|maréchal|chef d\'état-major|chef des armées|porte-parole|conseiller spécial|' +
    'directeur|directrice|directeur général|directrice générale|directeur exécutif|directrice exécutive|' +
    'dirigeant|dirigeante|patron|patronne|chef|cheffe|chef de file|chef de l\'état|chef du gouvernement|' +
    'chef de la diplomatie|fondateur|fondatrice|cofondateur|cofondatrice|co-fondateur|co-fondatrice|' +
    'responsable|administrateur|administratrice|délégué|déléguée|délégué général|déléguée générale|' +
    'médiateur|médiatrice|défenseur des droits|trésorier|trésorière|leader|numéro deux|' +
    'homologue|prédécesseur|successeur|chef de cabinet|directeur de cabinet|directrice de cabinet|' +
    'collaborateur|collaboratrice|officier|officière|agent|agente|fonctionnaire|haut fonctionnaire|' +
    'négociateur|négociatrice|représentant|représentante|vice-premier ministre|ministre-président|' +
    'bras droit|dauphin|dauphine|candidat|candidate|syndicaliste|secrétaire national|secrétaire nationale|' +
    'recteur|rectrice|doyen|doyenne|régent|régente|dictateur|chef rebelle|chef de guerre|édile|gouvernant|' +
    'ombudsman|protecteur du citoyen|vérificateur général|vérificatrice générale|commissaire à l\'information|' +
    'ministre fédéral|ministre fédérale|premier ministre du québec|lieutenant-gouverneur|' +
    'lieutenante-gouverneure|gouverneur général|gouverneure générale|chef de police|shérif|agent de police|' +
    'sortant|sortante|tête de liste|colistier|colistière|challenger|challengeuse|homme politique|femme politique|' +
    'politicien|politicienne|élu local|élue locale|conseiller régional|conseillère régionale',

  otherTitles:
    'professeur|professeure|maître de conférences|enseignant|enseignante|chercheur|chercheuse|' +
    'universitaire|analyste|économiste|historien|historienne|politologue|sociologue|juriste|spécialiste|' +
    'expert|experte|consultant|consultante|journaliste|reporter|reporteur|correspondant|correspondante|' +
    'rédacteur|rédactrice|rédacteur en chef|rédactrice en chef|éditorialiste|chroniqueur|chroniqueuse|' +
    'auteur|auteure|autrice|écrivain|écrivaine|romancier|romancière|poète|blogueur|blogueuse|photographe|' +
    'réalisateur|réalisatrice|producteur|productrice|animateur|animatrice|présentateur|présentatrice|' +
    'critique|avocat|avocate|avocat de la défense|étudiant|étudiante|médecin|chirurgien|chirurgienne|' +
    'infirmier|infirmière|témoin|victime|habitant|habitante|résident|résidente|voisin|voisine|militant|' +
    'militante|manifestant|manifestante|bénévole|athlète|joueur|joueuse|entraîneur|entraîneuse|sélectionneur|' +
    'acteur|actrice|comédien|comédienne|chanteur|chanteuse|musicien|musicienne|artiste|humoriste|' +
    'entrepreneur|entrepreneure|investisseur|homme d\'affaires|femme d\'affaires|milliardaire|propriétaire|' +
    'ouvrier|ouvrière|salarié|salariée|employé|employée|agriculteur|agricultrice|chauffeur|pilote|ingénieur|' +
    'ingénieure|informaticien|pirate|électeur|électrice|partisan|partisane|opposant|opposante|ami|amie|' +
    'fille|fils|épouse|époux|mari|femme|veuve|veuf|mère|père|frère|sœur|compagne|compagnon|conjoint|conjointe|' +
    'prêtre|pasteur|abbé|curé|moine|religieuse|missionnaire|aumônier|intermédiaire|manager|gérant|gérante|' +
    'retraité|retraitée|commerçant|commerçante',

  titleModifiers:
    'ancien|ancienne|ex|ex-|actuel|actuelle|nouveau|nouvel|nouvelle|futur|future|intérimaire|sortant|' +
    'sortante|adjoint|adjointe|délégué|déléguée|général|générale|principal|principale|spécial|spéciale|' +
    'exécutif|exécutive|premier|première|second|seconde|deuxième|haut|haute|grand|grande|chef|en|' +
    'national|nationale|fédéral|fédérale|régional|régionale|municipal|municipale|européen|européenne|' +
    'socialiste|écologiste|communiste|centriste|républicain|républicaine|démocrate|conservateur|' +
    'conservatrice|libéral|libérale|insoumis|insoumise|frontiste|gaulliste|ump|ps|lr|rn|fn|lrem|modem|' +
    'udi|pcf|eelv|lfi|plus|très|influent|influente|puissant|puissante|emblématique|éphémère',

  roleLinks: 'de|d\'|du|des|la|le|l\'|les|au|aux|en|pour|à|chargé|chargée|sur|auprès|près|contre',

  determiners: 'le|la|l\'|les|un|une|son|sa|ses|leur|ce|cet|cette|notre|votre|ancien|ancienne|l\'ancien|l\'ancienne',

  nationalities:
    'américain|américaine|britannique|anglais|anglaise|écossais|écossaise|irlandais|irlandaise|canadien|' +
    'canadienne|québécois|québécoise|australien|australienne|français|française|allemand|allemande|italien|' +
    'italienne|espagnol|espagnole|portugais|portugaise|néerlandais|néerlandaise|belge|suisse|autrichien|' +
    'autrichienne|suédois|suédoise|norvégien|norvégienne|danois|danoise|finlandais|finlandaise|polonais|' +
    'polonaise|tchèque|slovaque|hongrois|hongroise|roumain|roumaine|bulgare|grec|grecque|turc|turque|serbe|' +
    'croate|bosnien|bosnienne|albanais|albanaise|ukrainien|ukrainienne|russe|biélorusse|géorgien|géorgienne|' +
    'arménien|arménienne|israélien|israélienne|palestinien|palestinienne|libanais|libanaise|syrien|' +
    'syrienne|jordanien|jordanienne|irakien|irakienne|iranien|iranienne|saoudien|saoudienne|qatari|' +
    'qatarie|yéménite|égyptien|égyptienne|libyen|libyenne|tunisien|tunisienne|algérien|algérienne|' +
    'marocain|marocaine|soudanais|soudanaise|éthiopien|éthiopienne|somalien|somalienne|kényan|kényane|' +
    'nigérian|nigériane|ghanéen|ghanéenne|sénégalais|sénégalaise|malien|malienne|ivoirien|ivoirienne|' +
    'camerounais|camerounaise|congolais|congolaise|rwandais|rwandaise|sud-africain|sud-africaine|chinois|' +
    'chinoise|japonais|japonaise|coréen|coréenne|nord-coréen|nord-coréenne|sud-coréen|sud-coréenne|' +
    'taïwanais|taïwanaise|vietnamien|vietnamienne|thaïlandais|thaïlandaise|birman|birmane|indonésien|' +
    'indonésienne|philippin|philippine|indien|indienne|pakistanais|pakistanaise|afghan|afghane|mexicain|' +
    'mexicaine|cubain|cubaine|haïtien|haïtienne|colombien|colombienne|vénézuélien|vénézuélienne|péruvien|' +
    'péruvienne|chilien|chilienne|argentin|argentine|brésilien|brésilienne|arabe|kurde|africain|africaine|' +
    'asiatique|européen|européenne|occidental|occidentale|oriental|orientale|soviétique|catalan|catalane|' +
    'basque|corse|breton|bretonne|musulman|musulmane|juif|juive|chrétien|chrétienne|catholique|protestant|' +
    'protestante|sunnite|chiite|fédéral|fédérale|onusien|onusienne|étranger|étrangère|local|locale',

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
    'montréal|toronto|vancouver|calgary|victoria|pékin|téhéran|bagdad|damas|beyrouth|le caire|alger|' +
    'tunis|rabat|dakar|abidjan|kinshasa|hong kong|nord|sud|est|ouest|île|corse|bretagne|normandie|' +
    'alsace|provence|wallonie|flandre|ontario|alberta|manitoba|acadie',

  orgWords:
    'ministère|ministre|département|office|agence|bureau|administration|gouvernement|conseil|commission|' +
    'comité|autorité|cour|tribunal|parlement|congrès|sénat|assemblée|chambre|cabinet|parti|union|ligue|' +
    'fédération|association|société|institut|fondation|fonds|centre|université|école|académie|hôpital|' +
    'clinique|église|banque|bourse|entreprise|groupe|compagnie|réseau|médias|journal|presse|radio|' +
    'télévision|chaîne|magazine|revue|hebdomadaire|quotidien|armée|marine|force|forces|garde|police|' +
    'gendarmerie|service|services|commandement|brigade|régiment|division|équipe|club|république|' +
    'royaume|nations|province|région|département|rue|avenue|boulevard|place|pont|aéroport|gare|fleuve|' +
    'rivière|lac|mont|montagne|île|îles|vallée|baie|côte|parc|palais|musée|bibliothèque|stade|hôtel|' +
    'loi|traité|accord|plan|programme|projet|sommet|conférence|forum|jeux|coupe|championnat|guerre|' +
    'crise|révolution|mouvement|front|quai|élysée|matignon|prix|festival|affaire|opération|agence|' +
    'commerce|défense|justice|intérieur|affaires|économie|finances|santé|éducation|travail|culture|' +
    'environnement|transports|agriculture|logement|armées|étrangères|sports|numérique|industrie|' +
    'énergie|écologie|solidarités|outre-mer|recherche|communication|trésor|state|department|house',

  notNames:
    'le|la|les|l\'|un|une|des|du|de|d\'|et|ou|mais|donc|or|ni|car|si|que|qu\'|qui|quoi|dont|où|quand|' +
    'comme|lorsque|puisque|pour|par|sur|sous|dans|en|avec|sans|chez|entre|vers|selon|après|avant|' +
    'depuis|pendant|contre|malgré|parmi|dès|jusqu\'|il|elle|ils|elles|on|nous|vous|je|j\'|tu|ce|c\'|' +
    'cet|cette|ces|son|sa|ses|leur|leurs|mon|ma|mes|notre|nos|votre|vos|tout|tous|toute|toutes|aucun|' +
    'aucune|chaque|plusieurs|certains|certaines|autre|autres|même|mêmes|alors|ainsi|aussi|encore|' +
    'déjà|enfin|ensuite|puis|pourtant|cependant|toutefois|néanmoins|bien|très|plus|moins|trop|' +
    'peu|beaucoup|oui|non|ne|n\'|pas|voici|voilà|ici|là|hier|aujourd\'hui|demain|lire|voir|regarder|' +
    'écouter|partager|suivre|abonnez|photo|vidéo|image|source|crédit|crédits|afp|ap|reuters|mise|' +
    'publié|actualisé|analyse|opinion|tribune|éditorial|exclusif|direct|revivez|janvier|février|' +
    'mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv|févr|avr|juil|sept|' +
    'oct|nov|déc|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|noël|pâques|ramadan|dieu|' +
    'internet|web|covid|m|mme|mlle|nord|sud|est|ouest|saint|sainte|grand|grande|petit|petite|nouveau|' +
    'nouvelle|ancien|ancienne|premier|première|dernier|dernière|haut|haute|bas|basse|a|à|au|aux|y|' +
    'est|sont|était|étaient|été|être|avoir|ont|avait|avaient|sera|seront|fait|faire|peut|doit|' +
    'faut|va|vont|selon|affaire|républicains|démocrates|socialistes|écologistes|insoumis|français|' +
    'françaises|américains|européens|africains|chinois|russes|allemands|britanniques|israéliens|' +
    'palestiniens|arabes|kurdes|musulmans|chrétiens|juifs|catholiques|sages|bleus|verts|the|of|and|a|an',

  particles: 'de|de la|d\'|du|des|van|van der|van den|von|von der|der|den|da|di|del|della|dos|das|do|' +
    'le|la|bin|ibn|ben|abu|al|el|y|e|ter|ten|zu',
  strongParticles: 'van|van der|van den|von|von der|bin|ibn|abu|al|el|della|dos|das|zu',
  particleNeedsFirstName: 'de|de la|d\'|du|des|da|di|del|do|le|la|ben|y|e|ter|ten|der|den',

  speechBefore: 'dit|déclaré|ajouté|affirmé|expliqué|souligné|indiqué|estimé|précisé|mentionné|confié|' +
    'assuré|répondu|écrit|annoncé|noté|lancé|martelé|rappelé|poursuivi|insisté|raconté|reconnu|' +
    'admis|déploré|regretté|dénoncé|averti|prévenu|observé|commenté|résumé|tranché|jugé|selon|' +
    'd\'après|témoigne|explique|affirme|ajoute|estime|souligne|indique|raconte|déclare|confie|' +
    'précise|assure|note|rappelle|dénonce|insiste|résume|reconnaît|interroge|tweeté|réagi',
  speechAfter: 'a|avait|dit|déclare|affirme|explique|estime|souligne|indique|ajoute|assure|précise|' +
    'confie|raconte|rappelle|reconnaît|dénonce|insiste|note|juge|pense|croit|qui|est|était|sera|',

  copulas: 'est|était|fut|sera|devenu|devenue|est devenu|est devenue|a été|avait été|nommé|nommée|' +
    'élu|élue|désigné|désignée|comme|en tant que|reste|demeure|candidat à|candidate à',
  relatives: 'qui',
  verbRoles: 'dirige:dirigeant|préside:président|conseille:conseiller|représente:représentant|' +
    'commande:commandant|gouverne:gouverneur|fondé:fondateur|anime:animateur|enseigne:enseignant',
  among: 'parmi',
  kin: 'fille|fils|épouse|époux|mari|femme|veuve|veuf|mère|père|frère|sœur|soeur|compagne|compagnon|' +
    'conjoint|conjointe|neveu|nièce|cousin|cousine|oncle|tante|petit-fils|petite-fille|gendre|belle-fille|' +
    'beau-père|belle-mère|enfant|enfants',
  clauseBreaks: 'qui|que|qu\'|dont|où|lorsque|quand|alors|mais|car|puisque|après|avant|depuis|a|avait|' +
    'est|était|sera|ont|avaient|sont|étaient|dit|selon',
  placePrefixes: 'st|ste|saint|sainte|mont|lac|port|cap|fort|île|pointe',
  bylines: 'par|photo|texte|crédit|illustration|propos',
  personPronouns: '',
  definiteArticles: "le|la|l'",
  reportAfter: 'déclare|affirme|explique|estime|souligne|indique|ajoute|assure|précise|confie|raconte|rappelle|reconnaît|dénonce|insiste',
  companyTitles: 'manager|gérant|gérante',
  companyWords: 'société|entreprise|groupe|banque|compagnie|firme|fonds|agence|holding|constructeur|laboratoire',
  nicknameCues: 'surnommé|surnommée|surnommés|dit|dite|alias|baptisé|baptisée|appelé|appelée|sobriquet',
  asCues: 'comme|en tant que',
  asBlockers: 'tel|telle|tels|telles|même|aussi|autant|considéré|considérée|vu|vue|perçu|perçue|présenté|' +
    'présentée|décrit|décrite|qualifié|qualifiée|désigné|désignée|pressenti|pressentie|cité|citée',
  subjectPronouns: 'il|elle',
  pronounGenders: 'il:m|elle:f',
  officeNouns: 'présidence:président|vice-présidence:vice-président|mairie:maire|primature:premier ministre',
};
