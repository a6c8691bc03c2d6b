// Behaviour of the people finder on short invented sentences (no real article text, no real people).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { english } from '../lexicon/en';
import { french } from '../lexicon/fr';
import { findPeople } from './find-people';

const en = (s: string) => findPeople(s, english);
const fr = (s: string) => findPeople(s, french);
const names = (ps: { name: string }[]) => ps.map((p) => p.name);
const spans = (text: string, p: { mentions: { start: number; end: number }[] }) => p.mentions.map((m) => text.slice(m.start, m.end));

describe('name boundaries', () => {
  it('keeps a French title and a place out of the name', () => {
    const text = "la secrétaire au Commerce Odile Marchetti et l'ambassadeur américain en Chine Hugo Talbert";
    expect(names(fr(text))).toEqual(['Odile Marchetti', 'Hugo Talbert']);
  });

  it('keeps honorifics outside the name and links them to the full name', () => {
    const text = 'Ms. Rhona Vickery spoke first. Later Ms. Vickery and Dr Vickery were quoted.';
    const [p, ...rest] = en(text);
    expect(rest).toEqual([]);
    expect(p!.name).toBe('Rhona Vickery');
    expect(spans(text, p!)).toEqual(['Rhona Vickery', 'Vickery', 'Vickery']);
  });

  it('handles French honorifics M. and Mme', () => {
    const text = 'Le ministre Paul Ferrandi a parlé. M. Ferrandi a ensuite reçu Mme Solène Abadie.';
    const people = fr(text);
    expect(names(people)).toEqual(['Paul Ferrandi', 'Solène Abadie']);
    expect(spans(text, people[0]!)).toEqual(['Paul Ferrandi', 'Ferrandi']);
  });

  it('keeps particles inside names', () => {
    expect(names(fr('Hier, Laure de la Fontanelle a voté contre.'))).toEqual(['Laure de la Fontanelle']);
    expect(names(en('They met Greta von der Halden in Vienna.'))).toEqual(['Greta von der Halden']);
    expect(names(en('Officials said Karim bin Talal would attend.'))).toEqual(['Karim bin Talal']);
  });

  it('does not take a following organisation for a particle', () => {
    expect(names(fr('Un texte de Frédéric Lanvin de Radio-Provence.'))).toEqual(['Frédéric Lanvin']);
  });

  it('keeps initials and hyphens, and names the person by the fullest form', () => {
    const text = 'Nora K. Haldane-Price said no. Nora Haldane-Price later agreed, and Haldane-Price left.';
    const [p, ...rest] = en(text);
    expect(rest).toEqual([]);
    expect(p!.name).toBe('Nora K. Haldane-Price');
    expect(p!.mentions).toHaveLength(3);
  });

  it('reports a soft-hyphenated name without the soft hyphen, with offsets on the original text', () => {
    const text = 'Prime Minister Dov Amir\u00adani met donors. Amir\u00adani left.';
    const [p] = en(text);
    expect(p!.name).toBe('Dov Amirani');
    expect(spans(text, p!)).toEqual(['Dov Amir\u00adani', 'Amir\u00adani']);
  });

  it('leaves a possessive outside the mention', () => {
    const text = 'Senator Ada Whitcombe’s office declined. Whitcombe’s aide spoke.';
    const [p] = en(text);
    expect(spans(text, p!)).toEqual(['Ada Whitcombe', 'Whitcombe']);
  });

  it('does not take organisations, places, outlets, months or sentence openers for people', () => {
    const text =
      'The Brookings Institution and the Wall Street Journal reported on Monday. In March, New York ' +
      'and South Carolina voted. Les comptes de la Banque de France sont publiés.';
    expect(en(text)).toEqual([]);
    expect(fr(text)).toEqual([]);
  });

  it('keeps a generational suffix in the name and reads "St. X" as a place', () => {
    expect(names(en('Dr. Calvin Pierce Lowell Jr. was honored in St. Louis on Friday.'))).toEqual(['Calvin Pierce Lowell Jr.']);
    expect(names(en('St. Simon Cardinals fans cheered.'))).toEqual([]);
  });

  it('takes a byline name for a person even with an unknown given name', () => {
    expect(names(en('By Adanna Okereke and Peter Lindqvist\n\nThe vote was close.'))).toEqual(['Adanna Okereke', 'Peter Lindqvist']);
  });

  it('does not read a title-case headline as names', () => {
    expect(en('Markets Brace for Many Changes\n\nMany changes are coming, analysts say.')).toEqual([]);
  });
});

describe('roles and officials', () => {
  it('finds a title before the name, including inside a capitalised run', () => {
    const [a, b] = en('Commerce Secretary Lena Dorsey met Globex President Ravi Anand.');
    expect(a).toMatchObject({ name: 'Lena Dorsey', role: 'Commerce Secretary', official: true });
    expect(b).toMatchObject({ name: 'Ravi Anand', official: true });
    expect(b!.role).toContain('President');
  });

  it('finds an apposition after the name, in French and English', () => {
    const [p] = fr("Damien Kerbrat, le secrétaire d'État adjoint pour l'Asie de l'Est, était visé.");
    expect(p).toMatchObject({ role: "secrétaire d'État adjoint pour l'Asie de l'Est", official: true });
    const [q] = en('said Tomas Adeyemi, a senior fellow at the Harbor Policy Center.');
    expect(q).toMatchObject({ name: 'Tomas Adeyemi', official: false });
    expect(q!.role).toContain('fellow');
  });

  it('finds an apposition before the name', () => {
    const [p] = fr('La ministre de la justice, Inès Valbonne, était contre.');
    expect(p).toMatchObject({ name: 'Inès Valbonne', role: 'ministre de la justice', official: true });
  });

  it('finds a role given by a clause', () => {
    const [p] = en('“It works,” said Wade Pollard, who was the party chairman in Ohio.');
    expect(p!.role).toContain('chairman');
    expect(p!.official).toBe(true);
  });

  it('takes a title from the sentence before when the text links the speaker to it', () => {
    const text = "Le bilan s'alourdit, a déclaré jeudi le ministre des Affaires étrangères. « C'est grave », a ajouté Lucien Marot.";
    expect(fr(text)[0]).toMatchObject({ name: 'Lucien Marot', role: 'ministre des Affaires étrangères', official: true });
  });

  it('gives people listed under a group title that title', () => {
    const people = fr('Parmi les députés opposés figurent Agnès Rivoire et Thierry Batard.');
    expect(people.map((p) => p.official)).toEqual([true, true]);
  });

  it('does not make a title followed by someone else the apposition of the previous name', () => {
    const people = fr('Selon les émissions Alpha et The Morning Beacon, le juge Corvin a participé.');
    expect(names(people)).toEqual(['Corvin']);
    expect(people[0]).toMatchObject({ role: 'juge', official: true });
  });

  it('marks people with no role as not official', () => {
    expect(en('Photo by Carla Menendez for the Daily Post')[0]).toMatchObject({ role: null, official: false });
  });
});

const roleOf = (ps: { name: string; role: string | null; official: boolean }[], name: string) => {
  const p = ps.find((x) => x.name === name);
  return p ? { role: p.role, official: p.official } : undefined;
};

describe('electoral and party roles are offices', () => {
  it('takes incumbents, challengers, nominees and running mates as officials', () => {
    const text =
      'Democratic incumbent Maria Lopez faced her Republican challenger Karen Doyle. The Republican nominee, ' +
      'Peter Ashby, campaigned with her former running mate Tom Kerr. Carla Benton, the frontrunner, led.';
    const ps = en(text);
    expect(roleOf(ps, 'Maria Lopez')).toEqual({ role: 'Democratic incumbent', official: true });
    expect(roleOf(ps, 'Karen Doyle')).toEqual({ role: 'Republican challenger', official: true });
    expect(roleOf(ps, 'Peter Ashby')).toEqual({ role: 'Republican nominee', official: true });
    expect(roleOf(ps, 'Tom Kerr')).toEqual({ role: 'former running mate', official: true });
    expect(roleOf(ps, 'Carla Benton')).toEqual({ role: 'frontrunner', official: true });
  });

  it('takes candidates and local and party offices as officials', () => {
    const text =
      'The Labour candidate Owen Pryce met councilmember Dana Whitlock, Alderman Rick Tolland, Assemblywoman ' +
      'Jo Markey, state senator Lisa Brandt and Delegate Amos Carver. Party chair Nina Holt, Leader of the ' +
      'Opposition Gareth Wynn, chief whip Fiona Gale and Speaker Ron Dell did not.';
    const ps = en(text);
    for (const name of [
      'Owen Pryce',
      'Dana Whitlock',
      'Rick Tolland',
      'Jo Markey',
      'Lisa Brandt',
      'Amos Carver',
      'Nina Holt',
      'Gareth Wynn',
      'Fiona Gale',
      'Ron Dell',
    ])
      expect(roleOf(ps, name)?.official, name).toBe(true);
    expect(roleOf(ps, 'Owen Pryce')?.role).toBe('Labour candidate');
    expect(roleOf(ps, 'Lisa Brandt')?.role).toBe('state senator');
  });

  it('takes a candidate running for an office as an official', () => {
    expect(roleOf(en('Maria Lopez, who is running for governor, spoke.'), 'Maria Lopez')).toEqual({ role: 'governor', official: true });
  });

  it('knows French electoral roles', () => {
    const ps = fr(
      'Le maire sortant Jean Dufresne affronte la tête de liste Claire Moreau, le candidat socialiste Paul Giraud ' +
        "et la candidate LR Anne Vidal. L'élue écologiste Lina Roux et le conseiller municipal Marc Olivier " +
        'les soutiennent. Le sortant Hugo Lenoir se retire.',
    );
    expect(roleOf(ps, 'Jean Dufresne')).toEqual({ role: 'maire sortant', official: true });
    expect(roleOf(ps, 'Claire Moreau')).toEqual({ role: 'tête de liste', official: true });
    expect(roleOf(ps, 'Paul Giraud')).toEqual({ role: 'candidat socialiste', official: true });
    expect(roleOf(ps, 'Anne Vidal')).toEqual({ role: 'candidate LR', official: true });
    expect(roleOf(ps, 'Lina Roux')).toEqual({ role: 'élue écologiste', official: true });
    expect(roleOf(ps, 'Marc Olivier')).toEqual({ role: 'conseiller municipal', official: true });
    expect(roleOf(ps, 'Hugo Lenoir')).toEqual({ role: 'sortant', official: true });
  });

  it('knows both forms of a title written with one stem and two endings (direct(eur,rice))', () => {
    const ps = fr(
      'La sénatrice Odile Marchetti et le sénateur Hugo Talbert ont reçu la préfète Lina Roux. ' +
        "L'animatrice Claire Moreau interrogeait le chroniqueur Paul Giraud.",
    );
    expect(roleOf(ps, 'Odile Marchetti')).toEqual({ role: 'sénatrice', official: true });
    expect(roleOf(ps, 'Hugo Talbert')).toEqual({ role: 'sénateur', official: true });
    expect(roleOf(ps, 'Lina Roux')).toEqual({ role: 'préfète', official: true });
    expect(roleOf(ps, 'Claire Moreau')).toEqual({ role: 'animatrice', official: false });
    expect(roleOf(ps, 'Paul Giraud')).toEqual({ role: 'chroniqueur', official: false });
  });
});

describe('roles stated in a clause away from the name', () => {
  it('links "when she was secretary of state" to the person the pronoun stands for', () => {
    const ps = en('Helen Marsh spoke on Monday. She said the deal was signed when she was secretary of state.');
    expect(roleOf(ps, 'Helen Marsh')).toEqual({ role: 'secretary of state', official: true });
  });

  it('links "during her time as …" and "he kept power as …"', () => {
    expect(roleOf(en('Helen Marsh defended the deal she struck during her time as secretary of state.'), 'Helen Marsh')).toEqual({
      role: 'secretary of state',
      official: true,
    });
    const ps = en(
      'In 2008, Victor Aleshin stepped down as president for a term, placing his collaborator Dmitri Volkov in ' +
        'the presidency while he kept much of the real power as prime minister.',
    );
    expect(roleOf(ps, 'Victor Aleshin')).toEqual({ role: 'president', official: true });
    expect(roleOf(ps, 'Dmitri Volkov')).toEqual({ role: 'president', official: true });
  });

  it('gives a pronoun to a person of its gender when two are named', () => {
    const text =
      'Ruth Calder met Oscar Brandt in May. Brandt said he was tired. Calder said she was ready. ' +
      'Oscar Brandt resents Ruth Calder over what he sees as her efforts to oust him when she was secretary of state.';
    const ps = en(text);
    expect(roleOf(ps, 'Ruth Calder')).toEqual({ role: 'secretary of state', official: true });
    expect(roleOf(ps, 'Oscar Brandt')?.role).toBeNull();
  });

  it('links a French clause with elle/il', () => {
    const ps = fr("Marie Dupont a parlé. Lorsqu'elle était ministre de la Culture, elle avait signé la loi.");
    expect(roleOf(ps, 'Marie Dupont')).toEqual({ role: 'ministre de la Culture', official: true });
  });

  it('does not read a comparison or a label as a role', () => {
    expect(roleOf(en('Helen Marsh spoke as loudly as the president did.'), 'Helen Marsh')?.role).toBeNull();
    expect(roleOf(en('Helen Marsh, seen as a future president, spoke.'), 'Helen Marsh')?.official).toBe(false);
    expect(roleOf(en('Helen Marsh said her father was president.'), 'Helen Marsh')?.role).toBeNull();
    expect(roleOf(en('Helen Marsh waited, as the president said she would.'), 'Helen Marsh')?.role).toBeNull();
  });

  it('takes a description in the next sentence or an apposition', () => {
    expect(roleOf(en('Vladimir Aleshin spoke on Monday. The Russian leader said the war would go on.'), 'Vladimir Aleshin')).toEqual({
      role: 'Russian leader',
      official: true,
    });
    expect(roleOf(fr('Jean Castel a parlé. Le chef du gouvernement a promis des réformes.'), 'Jean Castel')).toEqual({
      role: 'chef du gouvernement',
      official: true,
    });
    expect(roleOf(fr('Vladimir Aleshin, le dirigeant russe, a parlé.'), 'Vladimir Aleshin')).toEqual({
      role: 'dirigeant russe',
      official: true,
    });
  });
});

describe('no false officials', () => {
  it('leaves a head of state named only through a possessive without a role', () => {
    const ps = en("The Kremlin under Vladimir Aleshin has cracked down. Aleshin's government denied it.");
    expect(roleOf(ps, 'Vladimir Aleshin')).toEqual({ role: null, official: false });
  });

  it('takes the founder of an association as an official, residents and experts as not', () => {
    const ps = en(
      'Marta Greer, founder of the civic association Clean Streets, said no. Tom Bale, a 52-year-old resident, ' +
        'agreed. Ann Coy, a retiree, and Bob Kemp, a protester, shouted. Ben Ruiz, an economist, Jo Pike, a ' +
        'professor at Yale, and Kim Holt, a journalist, did not. Ada Wren, a voter in Ohio, and Lea Moss, an ' +
        'analyst at Barclays, left.\nBy Sarah Klein',
    );
    expect(roleOf(ps, 'Marta Greer')?.official).toBe(true);
    expect(roleOf(ps, 'Tom Bale')).toEqual({ role: '52-year-old resident', official: false });
    for (const name of ['Ann Coy', 'Bob Kemp', 'Ben Ruiz', 'Jo Pike', 'Kim Holt', 'Ada Wren', 'Lea Moss', 'Sarah Klein'])
      expect(roleOf(ps, name)?.official, name).toBe(false);
  });

  it('never takes an article for a given name', () => {
    expect(names(fr("Marie Dupont, présidente de l'association Les Amis du Parc, a parlé."))).toEqual(['Marie Dupont']);
  });
});

describe('one entry per person', () => {
  it('attaches a titled surname that comes before the full name', () => {
    const text = 'Le juge Vautrin a siégé. Plus tard, le juge Arnaud Vautrin a quitté la salle.';
    const people = fr(text);
    expect(names(people)).toEqual(['Arnaud Vautrin']);
    expect(people[0]!.mentions).toHaveLength(2);
  });

  it('keeps apart a much-mentioned titled surname and a relative with the same surname', () => {
    const text = 'President Halvorsen spoke. Mr. Halvorsen left. Mr. Halvorsen returned. His daughter Ingrid Halvorsen waved.';
    expect(names(en(text))).toEqual(['Halvorsen', 'Ingrid Halvorsen']);
  });

  it('attaches a bare given name only when it is unambiguous and standing alone', () => {
    const text = 'Dina Kowalczyk joined. Dina said yes. The new Bill passed. Senator Bill Ostrander voted.';
    const people = en(text);
    expect(spans(text, people[0]!)).toEqual(['Dina Kowalczyk', 'Dina']);
    expect(spans(text, people[1]!)).toEqual(['Bill Ostrander']);
  });
});

describe('names the lists do not know (held-out patterns)', () => {
  it('keeps the complement of a title out of the name, whatever the given name', () => {
    const [a] = fr("Selon le directeur de l'Hôpital régional d'Ostrovec Jiří Havlena, tout va bien.");
    expect(a).toMatchObject({ name: 'Jiří Havlena', role: "directeur de l'Hôpital régional d'Ostrovec", official: true });
    const [b] = en('Yesterday the mayor of Kralovo Dušan Březina resigned.');
    expect(b).toMatchObject({ name: 'Dušan Březina', official: true });
    expect(b!.role).toContain('mayor');
  });

  it('reads a capital that lost its accent ("Etat") as the word it is', () => {
    const [p] = fr("Le chef de l'Etat Radomír Kořínek a parlé.");
    expect(p).toMatchObject({ name: 'Radomír Kořínek', role: "chef de l'Etat", official: true });
  });

  it('gives a plural title to each coordinated name', () => {
    const people = en('Two cabinet ministers Alder Brookfield and Pim Vanterpool fled the country.');
    expect(names(people)).toEqual(['Alder Brookfield', 'Pim Vanterpool']);
    for (const p of people) expect(p).toMatchObject({ official: true });
    for (const p of people) expect(p.role).toContain('ministers');
    const french = fr('Les ministres Paulin Xerand et Marceau Yvrac ont démissionné.');
    expect(french.map((p) => [p.name, p.role, p.official])).toEqual([
      ['Paulin Xerand', 'ministres', true],
      ['Marceau Yvrac', 'ministres', true],
    ]);
  });

  it('keeps coordinated offices together in the role', () => {
    const [p] = fr("Le vice-Premier ministre et ministre de l'Intérieur Jarek Hanuš a annoncé des mesures.");
    expect(p).toMatchObject({ name: 'Jarek Hanuš', role: "vice-Premier ministre et ministre de l'Intérieur", official: true });
  });

  it('takes an apposition after a role noun, and a single name after a family word', () => {
    const [p] = en('The priest, Fidelio Makanori, is acting as a middle-man.');
    expect(p).toMatchObject({ name: 'Fidelio Makanori', role: 'priest', official: false });
    const [q] = en('He said his first wife, Saffie, was dying.');
    expect(q).toMatchObject({ name: 'Saffie', official: false });
    expect(q!.role).toContain('wife');
  });

  it('takes a photo credit for a person, not an official', () => {
    for (const credit of ['Credit Ashwin Shazlo/Agence Presse', 'Credit...Ashwin Shazlo/Agence Presse', 'Credit: Ashwin Shazlo/AFP']) {
      const people = en(`Crowds gathered in the square. ${credit}`);
      expect(people.map((p) => [p.name, p.official])).toEqual([['Ashwin Shazlo', false]]);
    }
  });

  it('matches a surname without its particle to the full name', () => {
    const text = 'President Omran Hassib al-Bakhir ruled for years. Bakhir said he would stay. Al-Bakhir left.';
    const people = en(text);
    expect(names(people)).toEqual(['Omran Hassib al-Bakhir']);
    expect(people[0]!.mentions).toHaveLength(3);
    const text2 = 'Osmund bin Ladlow was seen. Bin Ladlow had hidden for years. Officials said Bin Ladlow wrote.';
    const people2 = en(text2);
    expect(names(people2)).toEqual(['Osmund bin Ladlow']);
    expect(people2[0]!.mentions).toHaveLength(3);
  });

  it('does not take a quoted nickname for a new person', () => {
    const text =
      'Grazia Mutombe, his wife, was there. Dubbed "DisGrazia" or "Gucci Grazia" on account of her spending, she left. ' +
      'Elle est surnommée « Mama Grazia » par la presse.';
    expect(names(en(text))).toEqual(['Grazia Mutombe']);
    for (const p of en(text)) for (const m of p.mentions) expect(text.slice(m.start, m.end)).not.toContain('Gucci');
  });

  it('takes a lone surname as a speaker when a person pronoun follows, not an organisation', () => {
    expect(names(en('On Tuesday, Bidwell said he would veto it.'))).toEqual(['Bidwell']);
    expect(en('On Tuesday, Globex said it would invest. The Pentagon said he was wrong.')).toEqual([]);
  });

  it('takes a two-word subject as a person when a person pronoun follows', () => {
    expect(names(en('Later, Kwabena Otieno arrived in town and she spoke.'))).toEqual(['Kwabena Otieno']);
  });

  it('takes the role that opens the next sentence', () => {
    const [p] = fr('Jorin Badeau a parlé mardi. Le président américain a promis une aide.');
    expect(p).toMatchObject({ name: 'Jorin Badeau', role: 'président américain', official: true });
    const people = fr('Jorin Badeau a parlé mardi avec Ulla Brenner. Le président américain a promis une aide.');
    expect(people.find((x) => x.name === 'Jorin Badeau')!.role).toBeNull();
  });

  it('makes a manager an official only of a company', () => {
    expect(en("The team's manager Tobin Harkley said they would win.")[0]).toMatchObject({ official: false });
    expect(en('The general manager of the company, Tobin Harkley, agreed.')[0]).toMatchObject({ official: true });
  });
});

describe('long texts', () => {
  it('reads a long text part by part and still gathers each person once, with the same spans', () => {
    const paragraph = 'The weather was mild and the market was busy with traders and buyers all day long.\n';
    const filler = paragraph.repeat(1000);
    const text = `Senator Ada Whitcombe spoke.\n${filler}Whitcombe said he was wrong. Ms. Whitcombe left.\n${filler}Whitcombe returned.`;
    const people = en(text);
    expect(names(people)).toEqual(['Ada Whitcombe']);
    expect(people[0]).toMatchObject({ role: 'Senator', official: true });
    expect(spans(text, people[0]!)).toEqual(['Ada Whitcombe', 'Whitcombe', 'Whitcombe', 'Whitcombe']);
  });
});

describe('roles stated in common ways', () => {
  const role = (ps: { name: string; role: string | null; official: boolean }[], name: string) => {
    const p = ps.find((q) => q.name === name);
    return p && { role: p.role, official: p.official };
  };

  it('reads a head noun and its adjective before a name after a possessive, even sentence-initial', () => {
    const text = 'Son directeur financier Paul Vernadet a été entendu par les juges.';
    expect(role(fr(text), 'Paul Vernadet')).toEqual({ role: 'directeur financier', official: true });
    expect(role(fr('Hier, son avocat Pierre Lemarchal a contesté.'), 'Pierre Lemarchal')).toEqual({ role: 'avocat', official: false });
  });

  it('reads a title fused with ex-', () => {
    expect(role(fr("L'ex-député Jean Lavasseur est venu."), 'Jean Lavasseur')).toEqual({ role: 'ex-député', official: true });
  });

  it('reads a copula in any tense, across an incise between commas', () => {
    const text = "Au printemps 2017, Jacques Verlinde fut, l'espace d'un mois, ministre de la Cohésion des territoires.";
    expect(role(fr(text), 'Jacques Verlinde')).toEqual({ role: 'ministre de la Cohésion des territoires', official: true });
    expect(role(fr('Claire Dubrac devint ministre des Sports en 2019.'), 'Claire Dubrac')?.official).toBe(true);
  });

  it('never takes the capitalised words of an institution name after its preposition for a person', () => {
    const text = '"We are worried," said Mark Goldwyn, director at the Committee for a Responsible Federal Budget.';
    expect(names(en(text))).toEqual(['Mark Goldwyn']);
    expect(names(en('The Council on Foreign Relations and the Center for Strategic Studies agreed.'))).toEqual([]);
  });

  it('gives an apposition\'s title to the name before it, not to its object; after an office\'s "of" the object is no person', () => {
    const text = 'John Stumpel, the chief executive of Wells Fargo, resigned. Anna Berg, the wife of John Berg, came.';
    const people = en(text);
    expect(names(people)).toEqual(['John Stumpel', 'Anna Berg', 'John Berg']);
    expect(role(people, 'John Stumpel')).toEqual({ role: 'chief executive of Wells Fargo', official: true });
    expect(role(people, 'John Berg')?.role).toBeNull();
    const adviser = en('Ann Leary, a former adviser to Donald Trumbull, spoke.');
    expect(role(adviser, 'Ann Leary')?.official).toBe(true);
    expect(role(adviser, 'Donald Trumbull')?.role).toBeNull();
    expect(names(en('Tom Reedy, the successor of John Hallett, spoke.'))).toEqual(['Tom Reedy', 'John Hallett']);
  });

  it('makes a role official when an office is coordinated with another function', () => {
    const text = '"The debt is rising," said C. Edward Hollin, a fellow at the Urban Institute and a co-founder of the Tax Policy Center.';
    expect(role(en(text), 'C. Edward Hollin')?.official).toBe(true);
    expect(role(en('said Edward Hollin, a fellow at the Urban Institute.'), 'Edward Hollin')?.official).toBe(false);
  });

  it('gives names listed with their portfolio after a cabinet the title of its members', () => {
    const text = 'Trois membres du parti font partie du gouvernement : Louis Garmond à la Justice et Claire Fontanet aux Armées.';
    const people = fr(text);
    expect(role(people, 'Louis Garmond')).toEqual({ role: 'ministre à la Justice', official: true });
    expect(role(people, 'Claire Fontanet')).toEqual({ role: 'ministre aux Armées', official: true });
    expect(role(fr('Louis Garmond a dîné à la Brasserie du Port.'), 'Louis Garmond')?.role ?? null).toBeNull();
  });

  it('reads a participle of appointment after a copula, a future copula, and a plural title of another function', () => {
    expect(role(fr('Hugo Tessard a été nommé préfet du Var.'), 'Hugo Tessard')).toEqual({ role: 'préfet du Var', official: true });
    expect(role(en('Dan Frye will be the next ambassador to Spain.'), 'Dan Frye')).toEqual({
      role: 'next ambassador to Spain',
      official: true,
    });
    const lawyers = fr('Ses avocats Henri Vassal et Luc Brandon ont plaidé.');
    expect(lawyers.map((p) => p.official)).toEqual([false, false]);
  });

  it('takes an adjective of function between a modifier and the head noun', () => {
    const text = '"We are worried," said Mark Goldwyn, senior policy director at the Committee for Fiscal Balance.';
    expect(role(en(text), 'Mark Goldwyn')).toEqual({
      role: 'senior policy director at the Committee for Fiscal Balance',
      official: true,
    });
  });
});

describe('roles far from the name, by the coreference the text makes clear', () => {
  it('takes the description opening the next sentence without its verb', () => {
    const [p] = en('Donald Crump met donors in Florida. The president-elect promised tax cuts. Crump later flew home.');
    expect(p!.role).toBe('president-elect');
    const [q] = fr('Jean-Marc Arnaud a réuni ses ministres. Le Premier ministre veut aller vite.');
    expect(q!.role).toBe('Premier ministre');
  });

  it('gives it to the subject of the sentence before when the other person named has a role', () => {
    const text =
      "Mardi soir, Emmanuel Marcon a reçu Sophie Bineau, la secrétaire générale de la CGT. Le chef de l'Etat souhaitait la voir.";
    const [a, b] = fr(text);
    expect(a!.name).toBe('Emmanuel Marcon');
    expect(a!.role).toBe("chef de l'Etat");
    expect(b!.role).toBe('secrétaire générale de la CGT');
  });

  it('does not pass over another person without a role to reach the subject', () => {
    const text = "Mardi soir, Emmanuel Marcon a reçu Sophie Bineau. Le chef de l'Etat souhaitait la voir.";
    expect(fr(text).map((p) => p.role)).toEqual([null, "chef de l'Etat"]);
  });

  it('takes the office stated in the sentences before a speaker', () => {
    const text =
      'Le ministre du Redressement productif a présenté son plan lundi. Il veut relancer les usines. ' +
      '« Nous tiendrons », a déclaré Armand Monteil.';
    expect(fr(text)[0]!.role).toBe('ministre du Redressement productif');
  });
});

describe('roles on the right person in lists and appositions', () => {
  const roleOf = (people: { name: string; role: string | null }[], name: string) => people.find((p) => p.name === name)?.role;

  it('gives "the lawyer of A, B" to B, and nothing to A', () => {
    const en1 = en('The lawyer of Dario Venn, Paula Roque, said he was innocent.');
    expect(roleOf(en1, 'Paula Roque')).toBe('lawyer of Dario Venn');
    expect(roleOf(en1, 'Dario Venn') ?? null).toBeNull();
    const fr1 = fr("Selon l'avocate de Yanis K., Sofia Ferrand, le dossier est vide.");
    expect(roleOf(fr1, 'Sofia Ferrand')).toBe('avocate de Yanis K.');
    expect(roleOf(fr1, 'Yanis K.') ?? null).toBeNull();
  });

  it('takes the first of two chained titles ("le porte-parole du président, X")', () => {
    expect(roleOf(fr('Le porte-parole du président, Bertin Ulan, a démenti.'), 'Bertin Ulan')).toBe('porte-parole du président');
    expect(roleOf(en('The spokesman for the governor, Wade Tolliver, declined.'), 'Wade Tolliver')).toBe('spokesman for the governor');
  });

  it('does not give a title governed by a preposition to the subject that follows its comma', () => {
    expect(fr('Prenant la parole devant le juge, Paulo Serrat a reconnu les faits.')[0]!.role).toBeNull();
    const named = fr("Avant d'être nommée ministre de la Culture, Francine Nysse dirigeait une maison d'édition.");
    expect(named[0]!.role).toBe('ministre de la Culture');
    expect(en('Before becoming secretary of state, Hal Brandt ran a bank.')[0]!.role).toBe('secretary of state');
    const text = 'Ada Cornwell was questioned. She went out with her friends, Cornwell wrote.';
    expect(en(text)[0]!.role).toBeNull();
  });

  it('keeps an advisory role with its holder, not the person advised', () => {
    const people = en('Hank Sheldon, who was a political advisor to Mayor Ivo Brandt, said it was over.');
    expect(roleOf(people, 'Hank Sheldon')).toBe('political advisor to Mayor Ivo Brandt');
    expect(roleOf(people, 'Ivo Brandt')).toBe('Mayor');
  });

  it('ends an apposition at an acronym or a reporting verb ("fondatrice WARA affirme")', () => {
    const [p] = fr('Marie Lemoine, fondatrice WARA affirme que tout va bien.');
    expect(p!.role).toBe('fondatrice WARA');
    expect(p!.official).toBe(true);
  });
});

describe('roles through an organisation', () => {
  it('gives the speaker of an organisation the description after "par la voix de"', () => {
    const [p] = fr("L'ONU, par la voix du chef de ses opérations humanitaires, Marcel Griffon, a alerté.");
    expect(p!.name).toBe('Marcel Griffon');
    expect(p!.role).toBe('chef de ses opérations humanitaires');
    expect(p!.official).toBe(true);
  });

  it('makes a country director of an association an official, and the association no person', () => {
    const people = en('Lotfi Azar, Tunisia country director for Amnesty International, said the arrests were arbitrary.');
    expect(names(people)).toEqual(['Lotfi Azar']);
    expect(people[0]!.role).toBe('Tunisia country director for Amnesty International');
    expect(people[0]!.official).toBe(true);
    expect(names(en('Officials met the director of Concord Relief Partners on Monday.'))).toEqual([]);
  });
});

describe('names with a saint, a short given name, coordinated complements', () => {
  it('keeps a place prefix inside a surname after a first name word, not in a place', () => {
    const text =
      'Le ministre du Commerce et de l’Industrie, Ricardo St Jean, a parlé. « Oui », a promis Ricardo St Jean. Il vit rue St Jean.';
    const [p, ...rest] = fr(text);
    expect(rest).toEqual([]);
    expect(p!.name).toBe('Ricardo St Jean');
    expect(p!.role).toBe('ministre du Commerce et de l’Industrie');
    expect(spans(text, p!)).toEqual(['Ricardo St Jean', 'Ricardo St Jean']);
  });

  it('reads "then-Rep." as a title and does not join two people\'s titles across a name', () => {
    const people = en('He said then-Rep. Ann Ko spoke, and then-Sen. Bo Lindqvist and then-President Harl Obi agreed.');
    expect(people.map((p) => p.role)).toEqual(['then-Rep.', 'then-Sen.', 'then-President']);
  });

  it('attaches a two-letter given name used first in full ("Xi" for "Xi Jinpeng")', () => {
    const text = 'President Xi Jinpeng met the envoy. He is due to meet Xi again in May.';
    expect(spans(text, en(text)[0]!)).toEqual(['Xi Jinpeng', 'Xi']);
  });
});

describe('roles after a participle of appointment, titles of investigators, credits in brackets', () => {
  it('reads the role after "désignée" / "appointed" in an apposition, up to a date', () => {
    const [p] = fr('Il a aussi reçu Maryline Léonne, désignée à la tête de la CFDT le 21 juin.');
    expect(p).toMatchObject({ name: 'Maryline Léonne', role: 'à la tête de la CFDT', official: true });
    const [q] = en('The board met Orrin Tate, appointed chief of staff in 2021.');
    expect(q).toMatchObject({ name: 'Orrin Tate', role: 'chief of staff', official: true });
  });

  it('takes an investigator for an official and a bracketed agency credit for a person', () => {
    expect(en('Investigator Robin Corlett wrote in the warrant.')[0]).toMatchObject({ role: 'Investigator', official: true });
    const text = 'Supporters cheer in Hialeah, Fla. (AP Photo/Lenna Sladek)\n\nThe rally ended.';
    expect(names(en(text))).toEqual(['Lenna Sladek']);
  });
});

describe('organisations, places and words are not people', () => {
  it('reads a word of a place of several words as a surname outside that place', () => {
    const text = 'He met former White House adviser Orla Hill. Hill left for Capitol Hill on Monday.';
    const [p, ...rest] = en(text);
    expect(rest).toEqual([]);
    expect(p!.name).toBe('Orla Hill');
    expect(spans(text, p!)).toEqual(['Orla Hill', 'Hill']);
  });

  it('takes a firm named after a person for no person, and its analyst for one', () => {
    const text = 'Tamsin Wold, an analyst at Wold Research, said so. Ravi Anand, an analyst with Global Equities Research, agreed.';
    expect(names(en(text))).toEqual(['Tamsin Wold', 'Ravi Anand']);
    expect(names(en('RIVERSIDE COUNTY SHERIFF’S DEPT./CONTRIBUTED IMAGE\n\nThe case went on.'))).toEqual([]);
  });

  it('keys a name with a suffix by its surname, so a bare surname finds it', () => {
    const text =
      'Franklin Marsh founded the fund. Decades later, Osgood Marsh Jr. spoke. Marsh, who served as deputy commissioner for policy, said no.';
    const people = en(text);
    const jr = people.find((p) => p.name === 'Osgood Marsh Jr.')!;
    expect(spans(text, jr)).toEqual(['Osgood Marsh Jr.', 'Marsh']);
    expect(jr.role).toBe('deputy commissioner for policy');
  });

  it('does not stretch a title left over a preposition ("policy under President X")', () => {
    const text = 'She served as commissioner for retirement policy under President Hal Brandt.';
    expect(en(text).find((p) => p.name === 'Hal Brandt')!.role).toBe('President');
  });
});

describe('robustness', () => {
  it('never throws and keeps mentions inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        for (const lex of [english, french]) {
          for (const p of findPeople(s, lex)) {
            for (const m of p.mentions) {
              expect(m.start).toBeGreaterThanOrEqual(0);
              expect(m.end).toBeLessThanOrEqual(s.length);
              expect(m.start).toBeLessThan(m.end);
            }
          }
        }
      }),
    );
  });

  it('handles capitalised words, particles and punctuation in any order', () => {
    const pieces = ['Mr.', 'de', 'la', 'von', 'Anna', 'Lo', 'R.', ',', '’s', 'President', '«', '\u00ad', 'the', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const s = parts.join(' ');
        for (const p of findPeople(s, english)) for (const m of p.mentions) expect(m.start).toBeLessThan(m.end);
        findPeople(s, french);
      }),
    );
  });
});
