// English data for people and roles: honorifics, titles of office and of other functions, the
// words that build a role phrase, and capitalised words that are not names. Lists are '|'-separated,
// lower case; multi-word entries are matched token by token. No person's name belongs here.
import type { PeopleLexicon } from '../schema';

export const englishPeople: PeopleLexicon = {
  honorifics: 'mr|mrs|ms|miss|mx|dr|prof|sir|dame|lord|lady|rev|revd|fr|mister|madam|messrs|mssrs',

  officialTitles:
    'president|vice-president|president-elect|deputy prime minister|premier|minister|pm|' +
    'secretary|secretary of state|secretary-general|undersecretary|' +
    'attorney general|attorney-general|solicitor general|solicitor-general|surgeon general|' +
    'inspector-general|postmaster general|director-general|' +
    'governor-general|district attorney|state attorney|u.s. attorney|public prosecutor|prosecutor|' +
    "ambassador|envoy|diplomat|consul|emissary|attaché|chargé d'affaires|high commissioner|" +
    'senator|sen.|congress(man,woman,member)|representative|rep.|lawmaker|legislator|assembly(man,woman,member)|' +
    'mp|mep|mla|msp|parliamentarian|speaker|whip|majority leader|minority leader|' +
    'governor|gov.|mayor|councillor|councilor|councilman|councilwoman|' +
    'council member|alderman|selectman|commissioner|supervisor|sheriff|marshal|constable|' +
    'superintendent|detective|inspector|investigator|officer|trooper|warden|coroner|' +
    'chancellor|king|queen|prince|princess|crown prince|emperor|empress|monarch|sultan|emir|' +
    'sheikh|shah|tsar|czar|pope|cardinal|archbishop|bishop|imam|ayatollah|rabbi|patriarch|dalai lama|' +
    'judge|justice|associate justice|magistrate|jurist|clerk of court|' +
    'general|gen.|brig. gen.|admiral|adm.|rear admiral|colonel|col.|' +
    'lieutenant|lt.|major|maj.|captain|capt.|sergeant|sgt.|corporal|cpl.|commander|cmdr.|brigadier|field marshal|' +
    'commandant|chief of staff|chief of defence|chief of defense|commander-in-chief|' +
    'spokes(man,woman,person)|press officer|aide|adviser|advisor|counselor|counsellor|' +
    'national security adviser|' +
    'director|managing director|executive|ceo|cfo|' +
    'coo|cto|cio|chief operating officer|chief financial officer|chair~man~woman~person|' +
    'co-chair|vice chairman|founder|co-founder|cofounder|head|chief|leader|opposition leader|' +
    'boss|president and chief executive|administrator|general counsel|' +
    'official|officials|delegate|negotiator|regulator|ombudsman|auditor|auditor-general|comptroller|treasurer|' +
    'registrar|secretary-treasurer|provost|rector|dean|principal|trustee|board member|' +
    'counterpart|predecessor|successor|deputy|undersecretary-general|commissar|lord mayor|home secretary|' +
    'foreign secretary|first minister|taoiseach|tanaiste|head of state|head of government|' +
    'ruler|dictator|strongman|warlord|militia leader|rebel leader|union leader|shop steward|organiser|organizer|' +
    'campaign manager|campaign chairman|chief strategist|communications director|staffer|cabinet secretary|' +
    'intelligence chief|spy chief|spymaster|army chief|police officer|fire chief|ranger|agent|special agent|' +
    'candidate|nominee|contender|incumbent|challenger|frontrunner|front-runner|running mate|presidential hopeful|' +
    'councilmember|city councilmember|politician|party chair~man~woman|caucus chair|house speaker',

  otherTitles:
    'professor|prof.|lecturer|teacher|researcher|scientist|scholar|fellow|senior fellow|academic|analyst|' +
    'economist|historian|political scientist|sociologist|psychologist|expert|specialist|consultant|' +
    'journalist|reporter|correspondent|editor|columnist|commentator|writer|author|novelist|poet|blogger|' +
    'photographer|producer|filmmaker|anchor|host|presenter|broadcaster|critic|pundit|pollster|strategist|' +
    'lawyer|attorney|barrister|solicitor|counsel|student|graduate|doctor|' +
    'physician|surgeon|nurse|paramedic|witness|victim|survivor|resident|neighbour|neighbor|activist|' +
    'campaigner|protester|volunteer|athlete|player|coach|striker|goalkeeper|actor|actress|singer|musician|' +
    'artist|comedian|entrepreneur|investor|businessman|businesswoman|billionaire|owner|worker|employee|' +
    'farmer|driver|pilot|engineer|programmer|hacker|retiree|pensioner|shopkeeper|homeowner|voter|supporter|' +
    'opponent|ally|friend|daughter|son|wife|husband|widow|mother|father|brother|sister|partner|' +
    'priest|pastor|preacher|monk|nun|missionary|chaplain|cleric|clergyman|mediator|middleman|middle-man|' +
    'manager|general manager|team manager',

  titleModifiers:
    'former|ex|ex-|late|then|next|acting|interim|incoming|outgoing|retiring|current|new|sitting|longtime|' +
    'long-time|veteran|senior|junior|chief|deputy|vice|assistant|associate|principal|special|general|' +
    'executive|managing|top|lead|prime|first|second|third|national|international|foreign|domestic|' +
    'security|press|defence|defense|finance|financial|health|trade|state|federal|regional|local|' +
    'provincial|municipal|district|city|county|military|intelligence|police|opposition|shadow|party|' +
    'communications|economic|political|legal|public|private|presidential|royal|supreme|high|top-ranking|' +
    'high-ranking|senior-most|founding|honorary|permanent|elected|appointed|unelected|republican|' +
    'democratic|conservative|labour|labor|liberal|socialist|green|independent|centrist|far-right|' +
    'far-left|right-wing|left-wing|cabinet-level|cabinet|white|house|u.s.|us|u.k.|uk|un|u.n.|eu|' +
    'nato|european|world|global|energy|justice|home|interior|education|environment|transport|' +
    'agriculture|commerce|treasury|housing|immigration|culture|sports|tourism|science|technology|' +
    'policy|research|operating|program|country',

  roleLinks: 'of|for|to|at|in|on|the|from|with',

  determiners: 'the|a|an|his|her|its|their|our|my|your|this|that|one|another|former|then',

  nationalities:
    'american|british|english|scottish|welsh|irish|canadian|australian|new zealand|french|german|italian|' +
    'spanish|portuguese|dutch|belgian|swiss|austrian|swedish|norwegian|danish|finnish|icelandic|polish|' +
    'czech|slovak|hungarian|romanian|bulgarian|greek|turkish|cypriot|serbian|croatian|bosnian|slovenian|' +
    'albanian|macedonian|ukrainian|russian|belarusian|moldovan|georgian|armenian|azerbaijani|estonian|' +
    'latvian|lithuanian|israeli|palestinian|lebanese|syrian|jordanian|iraqi|iranian|saudi|emirati|qatari|' +
    'kuwaiti|bahraini|omani|yemeni|egyptian|libyan|tunisian|algerian|moroccan|sudanese|ethiopian|eritrean|' +
    'somali|kenyan|ugandan|tanzanian|rwandan|congolese|nigerian|ghanaian|senegalese|malian|ivorian|' +
    'cameroonian|south african|zimbabwean|zambian|angolan|mozambican|malagasy|chinese|japanese|korean|' +
    'north korean|south korean|taiwanese|mongolian|vietnamese|thai|cambodian|laotian|burmese|malaysian|' +
    'singaporean|indonesian|filipino|philippine|indian|pakistani|afghan|bangladeshi|sri lankan|nepalese|' +
    'kazakh|uzbek|mexican|cuban|haitian|dominican|guatemalan|honduran|salvadoran|nicaraguan|costa rican|' +
    'panamanian|colombian|venezuelan|ecuadorian|peruvian|bolivian|chilean|argentine|argentinian|' +
    'uruguayan|paraguayan|brazilian|jamaican|arab|kurdish|african|asian|european|latin|western|eastern|' +
    'northern|southern|soviet|byzantine|quebecer|ontarian|californian|texan|catalan|basque|flemish|' +
    'bavarian|hispanic|muslim|jewish|christian|catholic|protestant|sunni|shiite|shia|hindu|buddhist|' +
    'republican|democrat|democratic|conservative|labour|liberal|tory|socialist|communist|nationalist',

  places:
    'america|united states|us|usa|u.s.|u.s.a.|britain|great britain|united kingdom|uk|u.k.|england|' +
    'scotland|wales|ireland|northern ireland|canada|australia|new zealand|france|germany|italy|spain|' +
    'portugal|netherlands|holland|belgium|switzerland|austria|sweden|norway|denmark|finland|iceland|poland|' +
    'czech republic|czechia|slovakia|hungary|romania|bulgaria|greece|turkey|türkiye|cyprus|serbia|croatia|' +
    'bosnia|slovenia|albania|kosovo|macedonia|ukraine|russia|belarus|moldova|georgia|armenia|azerbaijan|' +
    'estonia|latvia|lithuania|israel|palestine|gaza|west bank|lebanon|syria|jordan|iraq|iran|saudi arabia|' +
    'qatar|kuwait|bahrain|oman|yemen|egypt|libya|tunisia|algeria|morocco|sudan|south sudan|ethiopia|eritrea|' +
    'somalia|kenya|uganda|tanzania|rwanda|congo|nigeria|ghana|senegal|mali|niger|chad|cameroon|' +
    'south africa|zimbabwe|zambia|angola|mozambique|madagascar|china|japan|korea|north korea|south korea|' +
    'taiwan|hong kong|mongolia|vietnam|thailand|cambodia|laos|myanmar|burma|malaysia|singapore|indonesia|' +
    'philippines|india|pakistan|afghanistan|bangladesh|sri lanka|nepal|kazakhstan|uzbekistan|mexico|cuba|' +
    'haiti|guatemala|honduras|nicaragua|panama|colombia|venezuela|ecuador|peru|bolivia|chile|argentina|' +
    'uruguay|paraguay|brazil|jamaica|europe|asia|africa|antarctica|arctic|middle east|gulf|pacific|' +
    'atlantic|mediterranean|balkans|caribbean|latin america|washington|new york|london|paris|berlin|' +
    'moscow|beijing|tokyo|jerusalem|tel aviv|kyiv|kiev|brussels|geneva|rome|madrid|ottawa|toronto|' +
    'montreal|sydney|melbourne|canberra|delhi|new delhi|mumbai|cairo|tehran|baghdad|damascus|beirut|' +
    'riyadh|dubai|istanbul|ankara|seoul|pyongyang|hanoi|bangkok|manila|jakarta|nairobi|lagos|johannesburg|' +
    'mexico city|havana|caracas|bogota|lima|santiago|buenos aires|brasilia|rio|los angeles|chicago|' +
    'boston|miami|houston|dallas|atlanta|seattle|san francisco|philadelphia|detroit|california|texas|' +
    'florida|virginia|carolina|south carolina|north carolina|ohio|iowa|michigan|pennsylvania|arizona|' +
    'nevada|colorado|alabama|louisiana|kentucky|tennessee|missouri|minnesota|wisconsin|oregon|' +
    'massachusetts|quebec|ontario|alberta|queensland|victoria|bavaria|catalonia|crimea|donbas|kashmir|' +
    'tibet|xinjiang|sahara|sahel|silicon valley|wall street|downing street|capitol hill|pentagon|kremlin|' +
    'north|south|east|west|northeast|northwest|southeast|southwest|midwest',

  orgWords:
    'department|coalition|ministry|office|agency|bureau|administration|government|council|commission|committee|' +
    'board|authority|court|tribunal|parliament|congress|senate|assembly|house|chamber|cabinet|party|' +
    'union|league|federation|association|society|institute|institution|foundation|fund|trust|center|' +
    'centre|university|college|school|academy|hospital|clinic|church|bank|reserve|exchange|company|' +
    'corporation|corp|inc|ltd|llc|plc|group|holdings|partners|capital|ventures|industries|systems|research|dept|' +
    'technologies|labs|network|networks|media|news|press|post|times|journal|herald|tribune|gazette|' +
    'telegraph|guardian|observer|magazine|review|daily|weekly|radio|television|tv|channel|studios|' +
    'records|images|pictures|photos|airlines|airways|motors|army|navy|force|forces|guard|police|' +
    'service|services|command|corps|brigade|regiment|division|squad|team|club|united|city|state|states|' +
    'republic|kingdom|nations|county|province|region|street|avenue|road|square|bridge|airport|station|' +
    'river|lake|mountain|mount|island|islands|valley|bay|coast|park|hall|tower|palace|museum|library|' +
    'stadium|arena|hotel|act|bill|law|treaty|accord|agreement|plan|program|programme|project|initiative|' +
    'campaign|summit|conference|forum|games|cup|championship|olympics|war|crisis|revolution|movement|' +
    'day|week|month|year|era|age|index|report|prize|award|festival|wall|gate|international',

  notNames:
    'the|a|an|and|or|but|nor|so|yet|if|in|on|at|of|to|for|by|with|from|as|into|onto|upon|about|after|' +
    'before|during|since|until|while|when|where|why|how|what|who|whom|whose|which|that|this|these|those|' +
    'there|here|then|now|today|yesterday|tomorrow|tonight|it|its|he|she|they|we|you|i|his|her|their|our|' +
    'my|your|me|him|them|us|one|two|three|four|five|six|ten|some|many|most|few|all|any|each|every|both|no|not|yes|also|even|' +
    'just|only|still|already|however|meanwhile|although|though|because|despite|according|under|over|' +
    'among|between|against|without|within|across|through|throughout|via|per|like|unlike|than|do|does|' +
    'did|is|are|was|were|be|been|being|has|have|had|will|would|can|could|might|must|shall|should|' +
    'let|please|read|watch|listen|see|click|share|follow|subscribe|sign|photo|video|image|source|' +
    'credit|credits|getty|afp|ap|reuters|update|updated|published|advertisement|analysis|opinion|' +
    'comment|editorial|exclusive|breaking|live|latest|related|more|january|february|march|april|may|' +
    'june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|' +
    'nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|ramadan|' +
    'thanksgiving|god|lord|allah|jesus|internet|web|online|email|covid|coronavirus|mr|mrs|ms|dr|' +
    'oh|ok|okay|well|dear|hello|hi|thanks|thank|sorry|said|says|told|asked|added|new|old|' +
    'big|great|first|last|next|other|another|such|same|own|good|bad|high|low|top|north|south|east|' +
    'west|central|upper|lower|inner|outer|greater|little|saint|st|ste|san|santa|fort|port|lake|mount|' +
    'cape|isle|republican|republicans|democrat|democrats|conservatives|liberals|socialists|' +
    'communists|islamists|jihadists|muslims|christians|jews|catholics|americans|europeans|africans|' +
    'asians|british|french|germans|chinese|russians|israelis|palestinians|arabs|kurds|ceos|ceo',

  particles:
    'de|de la|del|della|delle|dei|di|da|das|do|dos|du|des|van|van der|van den|von|von der|ver|der|den|' +
    "ter|ten|la|le|bin|bint|ibn|ben|abu|al|el|ul|zu|y|e|st.|mac|mc|o'",
  strongParticles: 'van|van der|van den|von|von der|bin|bint|ibn|abu|al|el|ul|zu|della|delle|dei|dos|das',
  particleNeedsFirstName: 'de|de la|del|da|do|du|des|la|le|di|der|den|ter|ten|y|e|ben|st.|mac|mc',

  speechBefore:
    'said|says|told|added|asked|wrote|according to|quoted|explained|noted|argued|warned|' +
    'insisted|stated|declared|announced|replied|responded|tweeted|posted|continued|recalled|admitted|' +
    'acknowledged|conceded|complained|claimed|cautioned',
  speechAfter:
    'said|says|told|added|asked|wrote|explained|noted|argued|warned|insisted|stated|declared|' +
    'announced|replied|responded|tweeted|posted|continued|recalled|admitted|acknowledged|conceded|' +
    'complained|claimed|cautioned|believes|thinks|urged|vowed|pledged|denied|confirmed|testified|' +
    'criticized|criticised|praised|accused|blamed|has|had|is|was|will|would|who|did',

  copulas:
    'is|was|became|becomes|has been|had been|served as|serves as|is now|was then|remains|' +
    'will become|would become|will be|would be|named|appointed|elected|as|is running for|was running for|ran for|runs for',
  relatives: 'who|whom',
  verbRoles:
    'advises:adviser|heads:head|leads:leader|chairs:chair|runs:head|directs:director|' +
    'represents:representative|oversees:head|commands:commander|governs:governor|founded:founder|' +
    'co-founded:co-founder|manages:manager|presides:president|edits:editor|teaches:teacher|covers:reporter',
  among: 'among',
  kin:
    'daughter|son|wife|husband|widow|widower|mother|father|brother|sister|son-in-law|daughter-in-law|' +
    'father-in-law|mother-in-law|niece|nephew|cousin|uncle|aunt|grandson|granddaughter|grandfather|' +
    'grandmother|fiancé|fiancée|girlfriend|boyfriend|partner|child|children|stepson|stepdaughter|successor|predecessor|counterpart',
  clauseBreaks:
    'who|whom|which|that|when|where|while|because|after|before|since|until|but|said|says|told|' +
    'has|have|had|is|was|were|will|would|could|should|can|may|might',
  placePrefixes: 'st|saint|san|santa|fort|port|lake|mount|mt|cape|point|glen',
  bylines: 'by|photo|photograph|reporting|written|credit|illustration',
  personPronouns: 'he|she|his|her|him|himself|herself',
  definiteArticles: 'the',
  reportAfter:
    'said|says|told|added|wrote|explained|argued|insisted|warned|replied|tweeted|recalled|admitted|acknowledged|testified|stated|declared|announced|noted|urged|vowed|conceded',
  companyTitles: 'manager|general manager',
  companyWords:
    'company|corporation|corp|inc|firm|bank|group|fund|agency|holdings|conglomerate|maker|manufacturer|retailer|insurer|lender|startup',
  appointments: 'appointed|named|elected|newly appointed|newly elected|chosen|designated|nominated|becoming',
  voiceOf: 'through|via|in the words of|speaking through',
  nicknameCues: 'dubbed|nicknamed|nickname|known as|called|alias|aka|a.k.a.|branded|styled',
  asCues: 'as',
  asBlockers:
    'such|so|as|well|much|many|same|known|soon|long|far|just|seen|regarded|described|viewed|dubbed|' +
    'considered|treated|touted|billed|cast|act|acts|acting|posing|posed|disguised|dressed|rank|ranked|qualify',
  subjectPronouns: 'he|she|his|her',
  pronounGenders: 'he:m|his:m|him:m|himself:m|she:f|her:f|hers:f|herself:f',
  officeNouns:
    'presidency:president|vice-presidency:vice-president|premiership:prime minister|' +
    'governorship:governor|chairmanship:chairman|speakership:speaker|mayoralty:mayor|chancellorship:chancellor',

  abbreviations: 'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|jr|sr|st|no|vs',
  titleJoiners: 'and|&',
  listJoiners: 'and|or',
  titlePrefixes: 'ex-|then-',
  orgNameLinks: 'for|on|of',
  officeLinks: 'of|at|for',
  indefiniteArticles: 'a|an',
  ageSuffixes: 'year-old',
  nameSuffixes: 'jr|sr|ii|iii|iv',
  roleDescriptions:
    'top diplomat:secretary of state|top diplomat:foreign minister|top diplomat:foreign secretary|' +
    'chief diplomat:secretary of state|chief diplomat:foreign minister|chief diplomat:foreign secretary|' +
    'top law-enforcement officer:attorney general|chief law-enforcement officer:attorney general|' +
    'top law enforcement officer:attorney general|chief law enforcement officer:attorney general|' +
    'head of state:president|head of government:prime minister|head of government:premier|' +
    'top military officer:chairman of the joint chiefs|top envoy:ambassador|top prosecutor:attorney general',
  subordinateTitles: 'deputy|assistant|under|vice|associate',
};
