// Common given names across the languages of the news we read (English, French, and names common in
// world news). Used only as evidence that a capitalised word starts a person's name; never as a list
// of people. One string, space-separated, lower case, to keep the bundle small.
export const FIRST_NAMES =
  'aaron abby abdel abdelaziz abdelkader abdou abdoulaye abdul abdullah abigail abraham adam adel adele adrian ' +
  'adriana adrien adrienne adèle agathe agnès ahmad ahmed ahmet aidan aileen aisha akira alain alan alana ' +
  'alassane alastair albert alberto aldo alec alejandra alejandro aleksandr aleksei alessandra alessandro alex ' +
  'alexander alexandra alexandre alexandria alexei alexey alexia alexis alfonso alfred alfredo ali alice alicia ' +
  'alina alison alistair alix allan allen allison alma alvin amadou amal amanda amandine amber amelia amin amina ' +
  'aminata amir amit amos amy amélie ana anand anastasia anatoly anaïs anders andre andrea andreas andrei ' +
  'andrew andriy andré andrés andy angel angela angelina angelo angie angus angélique anil anita ann anna ' +
  'annabel anne anne-laure anne-marie anne-sophie annette annie annika anthony antoine antoinette anton antonia ' +
  'antonio antony anwar apolline araceli archie ariane ariel arielle arkady arlene armand armando armelle armin ' +
  'arnaud arnie arnold arthur arturo arun arvind ashley ashok ashton asif aude audrey augustin aurore aurélie ' +
  'aurélien austin axelle ayman aziz baptiste barbara barney barry bart basil beatrice beatriz beau becky ben ' +
  'benedict benjamin benny benoît benyamin bernadette bernard bernice bernie bertrand beth bethany betsy betty ' +
  'beverly bill billy björn blair blaise blake blandine bob bobby bola bonnie boris boubacar brad bradley ' +
  'brandon brenda brendan brent brett brian brice bridget brigitte britney brittany brock brooke bruce bruno ' +
  'bryan bryce byron béatrice bérangère caitlin caleb callum calvin cameron camille candace capucine carine ' +
  'carl carla carlo carlos carly carmen carol carole caroline carolyn carrie carter casey cassandra catherine ' +
  'cathy cecil cecilia celia chad chantal charlene charles charlie charlotte chase chelsea cheryl chester chloe ' +
  'chloé chris christa christelle christian christiane christina christine christophe christopher chuck cindy ' +
  'claire clara clarence clarisse claude claudia claudine clay clayton cliff clifford clifton clint clive ' +
  'clotilde clément clémentine cody colette colin colleen colton connie conor conrad constance coralie corey ' +
  'corinne cory courtney craig cristiano cristina curtis cynthia cyril cyrille cécile cédric céline dale ' +
  'damian damien dan dana dane daniel danielle danièle danny daphne darcy darius darnell darren daryl dave ' +
  'david dean deb debbie deborah debra deepak deirdre delia delphine denis denise dennis denys derek desmond ' +
  'devin dexter diana diane dianne dick didier diego dietrich dimitri dina dmitri dmitry dmytro dolores dominic ' +
  'dominick dominique don donald donna doreen doris dorothy doug douglas drew duane duncan dustin dwayne dwight ' +
  'dylan earl ebrahim ed eddie edgar edith edmond edmund edna eduardo edward edwige edwin ehud eileen elaine ' +
  'eleanor elena eli elias elie elijah elisa elisabeth elise eliza elizabeth ella ellen ellie elliot elliott ' +
  'elly elmer eloise elsa elsie elton emeline emerson emil emile emilie emily emma emmanuel emmanuelle enrico ' +
  'enrique eric erica erik erika erin ernest ernesto ernie esme esteban estelle esther ethan ethel eugene ' +
  'eugène eunice eva evan evelyn everett ezra fabien fabienne fabio fabrice fahad faisal fanny farah farid ' +
  'fatima fatou fatoumata federico felicity felipe felix fernand fernando fiona florence florent florian floyd ' +
  'forrest frances francesca francesco francine francis francisco franck frank frankie franklin franz françois ' +
  'françoise fred freddie frederick freya friedrich frédéric frédérique félix gabriel gabriela gabrielle ' +
  'gail gareth garrett garry gary gaspard gautam gauthier gavin gaétan gaël gaëlle gene geneviève gennady ' +
  'geoff geoffrey george georges georgina gerald gerhard gerry ghislain ghislaine gianluca gianni gideon gil ' +
  'gilbert gilberte gilles gina ginger giorgia giorgio giovanni gisèle giulia giuseppe gladys glen glenda glenn ' +
  'gloria gonzalo gordon grace graham grant greg gregory gretchen grégoire grégory guillaume guillermo gus ' +
  'gustavo guy gwen gwyneth gérald gérard günter hadrien hafez hailey hakim hal haley hamad hamid hamish ' +
  'hamza hank hannah hans harlan harold harriet harrison harry haruki harvey hassan hayden hazel heather hector ' +
  'heidi heinrich heinz helen helena helmut henri henriette henrik henrique henry herbert herman hervé hilary ' +
  'hiroshi hollie holly homer horst hortense howard hubert hugh hugo hunter hussein hélène ian ibrahim ' +
  'ibrahima idriss ignacio igor ilya imogen imran indira ines ingrid inès irene irina iris irving irène isaac ' +
  'isabel isabella isabelle isla ismail ivan ivana ivy jack jackie jackson jacky jacob jacqueline jacques jaime ' +
  'jake jamal james jamie jan jane janelle janet janice jared jarrod jasmine jason jasper javad javier jawad jay ' +
  'jean jean-baptiste jean-charles jean-christophe jean-claude jean-françois jean-guy jean-jacques jean-louis ' +
  'jean-luc jean-marc jean-marie jean-michel jean-noël jean-paul jean-philippe jean-pierre jean-rené ' +
  'jean-victor jean-yves jeanette jeanne jeannette jeff jeffrey jenna jennifer jenny jens jeremiah jeremy jerome ' +
  'jerry jess jesse jessica jesús jill jim jimmy jo joan joanna joanne joaquín jocelyn jocelyne jodie jody joe ' +
  'joel joey johann johannes john johnny jolene jon jonah jonas jonathan joni jordan jorge joseph josephine ' +
  'josette josh joshua josiane josie josselin josé josé-manuel joyce joël joëlle juan judd judith judy jules ' +
  'julia julian julie julien juliette julio justin jérémie jérôme jürgen kai kamal karen karim karin karl ' +
  'karla kate katharine katherine kathleen kathryn kathy katie katrin kay keenan keir keith kelly kelvin ken ' +
  'kendall kenji kenneth kenny kent kerry kevin khaled khalid kieran kim kimberly kirill kirk kirsten klaus kofi ' +
  'konstantin kristen kristi kristian kristin kristy kurt kyle lacey lachlan laetitia lamar lana lance lara ' +
  'larry lars laura laure lauren laurence laurent laurie laverne lawrence laëtitia leah leanne lee leigh leila ' +
  'lena lenny leo leon leonard leonardo leonid les leslie lester leïla liam lily lincoln linda lindsay lindsey ' +
  'lionel lisa lise liz liza lloyd logan lois lola lorenzo lori lorna lorraine lou louis louise loïc luc luca ' +
  'lucas lucie lucien lucile lucy ludovic luigi luis luiz luke luís lydia lyle lynn léa léo léon léonard ' +
  'léonie mabel mack mackenzie macky madeleine madison maggie magnus mahamat mahmoud majid malcolm malik ' +
  'mallory mamadou manon manuel manuela marc marc-andré marcel marcelle marcelo marcia marco marcus margaret ' +
  'margo margot maria mariah marianne mariano marie marie-christine marie-claude marie-france marie-hélène ' +
  'marie-josé marie-noëlle marie-pierre marie-ève marielle marilyn marina marine mario marion marisol marius ' +
  'marjorie mark markus marlene marlon marlène marsha martha martin martina martine marty marvin marwan mary ' +
  'maryam maryse mason masoud massimo mathias mathieu mathilde matilda matt matteo matthew matthias matthieu ' +
  'maud maureen maurice mauricio maurizio max maxime maximilien maxine maxwell maya meg megan mehdi mehmet mel ' +
  'melanie melissa melvin mercedes meredith merrick mervyn mia micah michael michaela michel micheline michelle ' +
  'michèle mick mickey miguel mike mikhail milan mildred miles milo milton mimi mireille miriam mitch mitchell ' +
  'mohamed mohammad mohammed mohsen molly mona monica monique monty morgan morgane moses moshe mourad moussa ' +
  'muhammad mukesh muriel murray mustafa mustapha mykola myles myriam mélanie mélissa nabil nadia nadine ' +
  'nadège naguib nancy naomi naoto nasser natalia natalie natasha nathalie nathan nathaniel neal ned neil nell ' +
  'nellie nelson nicholas nick nicki nicola nicolas nicole nicolás nigel nikita nikki nikolai nils nina nirmala ' +
  'noah noam noel nolan nora norah norbert norma norman nouri noémie noël océane odile oksana olaf oleg ' +
  'oleksandr olena olga olha olive oliver olivia olivier ollie omar ophélie orla osama oscar oswald ousmane ' +
  'owen pablo paloma pamela paolo pascal pascale pascaline pat patricia patrick patsy patty paul paula pauline ' +
  'pavel pedro peggy penelope penny percy perrine perry pete peter petra petro peyton phil philip philippe ' +
  'phillip phyllis pierre pierre-henri pierre-luc pierre-yves piers pietro piyush preston priscilla priti priya ' +
  'quentin quincy rachel rachid rachida rafael rafaël rahul raj rajesh rajiv ralph ramesh rami ramon ramzi ' +
  'ramón rand randall randy raphael raphaël raphaëlle raquel rashid raul ravi ray raymond raúl rebecca reece ' +
  'reed reggie regina reginald renaud rené renée rex reza rhys riad ricardo rich richard rick ricky rishi rita ' +
  'rob robert roberta roberto robin rod roderick rodney rodolphe rodrigo roger roland rolf romain ron ronald ' +
  'ronan rory rosa rosalind rose roselyne rosemary roslyn ross rowan roxane roxanne roy royce ruby rudy rufus ' +
  'rupert russell ruth ryan régine régis réjean rémi rémy saad sabine sabrina sacha sadie sadiq saeed sajid ' +
  'salah salim sally salman salomé sam samantha sami samir samuel sandra sandrine sandy sanjay sara sarah sasha ' +
  'saul scott seamus sean sebastian selena serge sergei sergey sergio sergiy seth seydou shane shannon sharon ' +
  'shashi shaun shawn sheila sheldon shelley sherry shimon shirley sidney sienna silvio simon simone sinead ' +
  'smriti sofia solange solène sonia sonya sophie souleymane spencer stacey stacy stan stanislas stanislav ' +
  'stanley stefan stefano stella stephanie stephen steve steven stuart stéphane stéphanie sue sunil suresh ' +
  'susan suzanne sven svetlana sylvain sylvester sylvia sylvie sébastien séverine takeshi tamara tamim tammy ' +
  'tanguy tanya tara tarek tareq tariq taro tatiana ted teddy terence teresa terry tessa thabo thelma theo ' +
  'theodore thibault thierry thomas théo thérèse tiffany tim timothy tina tobias todd tom tommy toni tony ' +
  'tracy travis trent trevor tristan troy tucker ty tyler ulf ulrich ursula uwe valentin valentine valerie ' +
  'valery valérie valéry vanessa vasily vera vern vernon veronica vicente vicki victor victoria vijay vikram ' +
  'vince vincent violaine virginia virginie vitali vitaly vittorio vivian viviane vladimir vyacheslav véronique ' +
  'wade wael wagner walid wallace walter wanda warren wayne wendy werner wes wesley whitney wilbur wilfred ' +
  'wilhelm willard william willie wilson winston wolfgang wyatt xavi xavier ximena yair yann yannick yaroslav ' +
  'yasmin yasmine yasser yaël yevgeniy yevgeny yitzhak yoav yoko yolanda yolande yosef yoshiko youssef yuki ' +
  'yulia yuri yuriy yury yusuf yves yvette yvon yvonne zach zachary zaid zainab zane zoe zohra zoé álvaro ' +
  'édith édouard élisabeth élise élodie émile émilie éric étienne évelyne ';
