// The language is decided from the text; the declared one only breaks ties. Short invented news texts.
import { describe, expect, it } from 'vitest';
import { analyze, articleLanguage, detectLanguage, isSupportedLanguage, SUPPORTED_LANGUAGES } from '../index';

const TEXTS: Record<string, string> = {
  en:
    'The government announced on Tuesday a new plan to curb energy prices. According to the finance minister, ' +
    'Anna Lowell, the measures will cost about two billion dollars and take effect in January.',
  fr:
    "Le gouvernement a présenté mercredi un projet de loi sur l'énergie. Selon la ministre de l'Énergie Claire " +
    "Vautrin, le texte sera examiné à l'Assemblée nationale dès le mois prochain.",
  de:
    'Die Bundesregierung hat am Dienstag neue Regeln für den Export von Waffen beschlossen. Wie ein Sprecher des ' +
    'Ministeriums sagte, sollen die Lieferungen an Drittstaaten künftig strenger geprüft werden.',
  it:
    "Il governo ha approvato ieri sera il nuovo decreto sulle bollette. Secondo il ministro dell'Economia, Marco " +
    "Ferri, le misure costeranno circa tre miliardi di euro. L'opposizione ha chiesto un dibattito in Parlamento.",
  es:
    'El presidente del Gobierno anunció este martes un nuevo plan de ayudas para las familias afectadas por la ' +
    'inflación. Según fuentes del Ministerio de Hacienda, la medida costará unos 2.000 millones de euros.',
  pt:
    'O governo anunciou nesta terça-feira um novo pacote de medidas para conter a inflação. Segundo o ministro da ' +
    'Economia, as medidas devem entrar em vigor no próximo mês e vão custar cerca de dois bilhões de reais.',
  nl:
    'Het kabinet heeft dinsdag nieuwe maatregelen aangekondigd om de stijgende energieprijzen te beperken. Volgens ' +
    'de minister van Financiën gaan de plannen ongeveer twee miljard euro kosten en worden ze in januari ingevoerd.',
};

/** Languages recognised and not read, in texts where English or French function words are few but not none. */
const OTHERS: Record<string, string> = {
  sv:
    'Regeringen presenterade på tisdagen ett nytt förslag om energipriserna. Enligt finansministern kommer åtgärderna att ' +
    'kosta omkring två miljarder kronor och de ska börja gälla i januari. Oppositionen säger att det inte räcker.',
  da:
    'Regeringen fremlagde tirsdag et nyt forslag om energipriserne. Ifølge finansministeren vil tiltagene koste omkring ' +
    'to milliarder kroner, og de skal træde i kraft i januar. Oppositionen siger, at det ikke er nok for husholdningerne.',
  no:
    'Regjeringen la tirsdag fram et nytt forslag om strømprisene. Ifølge finansministeren vil tiltakene koste rundt to ' +
    'milliarder kroner, og de skal tre i kraft i januar. Opposisjonen sier at det ikke er nok for husholdningene.',
  pl:
    'Rząd przedstawił we wtorek nowy projekt ustawy w sprawie cen energii. Według ministra finansów środki będą kosztować ' +
    'około dwóch miliardów złotych i wejdą w życie w styczniu. Opozycja twierdzi, że to nie wystarczy.',
  cs:
    'Vláda v úterý představila nový návrh zákona o cenách energií. Podle ministra financí budou opatření stát asi dvě ' +
    'miliardy korun a začnou platit v lednu. Opozice tvrdí, že to nestačí pro domácnosti, které byly zasaženy nejvíce.',
  ro:
    'Guvernul a prezentat marți un nou proiect de lege privind prețurile la energie. Potrivit ministrului de finanțe, ' +
    'măsurile vor costa aproximativ două miliarde de lei și vor intra în vigoare în ianuarie.',
  ca:
    "El Govern va presentar dimarts un nou projecte de llei sobre els preus de l'energia. Segons el conseller d'Economia, " +
    "les mesures costaran uns dos mil milions d'euros i entraran en vigor el gener.",
  hr:
    'Vlada je u utorak predstavila novi prijedlog zakona o cijenama energije. Prema riječima ministra financija, mjere će ' +
    'stajati oko dvije milijarde eura i stupit će na snagu u siječnju. Oporba kaže da to nije dovoljno.',
  hu:
    'A kormány kedden új törvényjavaslatot terjesztett elő az energiaárakról. A pénzügyminiszter szerint az intézkedések ' +
    'mintegy kétmilliárd forintba kerülnek, és januárban lépnek hatályba. Az ellenzék szerint ez nem elég.',
  tr:
    'Hükümet salı günü enerji fiyatlarıyla ilgili yeni bir yasa tasarısı sundu. Maliye bakanına göre önlemler yaklaşık ' +
    'iki milyar liraya mal olacak ve ocak ayında yürürlüğe girecek. Muhalefet bunun yeterli olmadığını söylüyor.',
};

/** A language no profile describes (Vietnamese), in Latin letters. */
const UNLISTED =
  'Chính phủ hôm thứ Ba đã trình bày một dự luật mới về giá năng lượng. Theo bộ trưởng tài chính, các biện pháp này sẽ ' +
  'tốn khoảng hai tỷ đô la và có hiệu lực từ tháng Giêng. Phe đối lập nói rằng điều đó là không đủ.';

describe('the language of a text', () => {
  it('is read from the text, in every language recognised', () => {
    for (const [lang, text] of Object.entries(TEXTS)) expect([lang, detectLanguage(text)]).toEqual([lang, lang]);
  });

  it('is not the declared language when the text is plainly in another one', () => {
    for (const [lang, text] of Object.entries(TEXTS)) {
      const declared = lang === 'en' ? 'fr' : 'en';
      expect([lang, detectLanguage(text, declared)]).toEqual([lang, lang]);
    }
  });

  it('reads a French page that declares English as French', () => {
    const result = analyze(TEXTS.fr!, { lang: 'en', strict: true });
    expect(result.lang).toBe('fr');
    expect(result.people.map((p) => [p.name, p.role])).toEqual([['Claire Vautrin', "ministre de l'Énergie"]]);
  });

  it('reads Spanish without a declared language as Spanish, not French', () => {
    expect(detectLanguage(TEXTS.es!)).toBe('es');
    expect(detectLanguage(TEXTS.es!, 'fr')).toBe('es');
  });

  it('finds no people and no claims in a language it does not read, and names the language', () => {
    for (const lang of ['de', 'it', 'es', 'pt', 'nl']) {
      const result = analyze(TEXTS[lang]!, { strict: true });
      expect(result).toEqual({ lang, people: [], claims: [] });
      expect(isSupportedLanguage(lang)).toBe(false);
    }
    expect(SUPPORTED_LANGUAGES).toEqual(['en', 'fr']);
    expect(isSupportedLanguage('fr')).toBe(true);
  });

  it('takes the declared language when the text says too little, or on a near tie', () => {
    expect(detectLanguage('Paris, 12 mars 2021.', 'fr')).toBe('fr');
    expect(detectLanguage('Paris, 12 mars 2021.', 'fr-CA')).toBe('fr');
    // One English and one French function word: a tie the declared language breaks either way.
    expect(detectLanguage('Kiev: the plan, selon Kyiv', 'fr')).toBe('fr');
    expect(detectLanguage('Kiev: the plan, selon Kyiv, and after', 'en')).toBe('en');
  });

  it('breaks a tie on the words only one of the two languages has, not on the words they share', () => {
    // Half English, half French: the French half's words are shared with Spanish, Italian…, not with English.
    const mixed = 'The minister and the mayor of the city is here. Le ministre et le maire de la ville, les élus et des habitants.';
    expect(detectLanguage(mixed, 'fr')).toBe('fr');
    expect(detectLanguage(mixed, 'en')).toBe('en');
    // French declaring Spanish: "de", "en", "la" are French words too, and say nothing for Spanish.
    const french =
      'Le règlement de la Ville sera donc modifié. Les vélos en libre-service de Jump seront toutefois autorisés à Montréal cette année.';
    expect(detectLanguage(french, 'es')).toBe('fr');
    expect(detectLanguage(TEXTS.es!, 'ca')).toBe('es');
  });

  it('falls back to English for Latin letters, and to "und" for other scripts, when nothing tells', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('Ukraine Russia Kyiv')).toBe('en');
    expect(detectLanguage('Москва заявила протест')).toBe('und');
    expect(detectLanguage('Москва заявила протест', 'ru')).toBe('ru');
    expect(analyze('Москва заявила протест', { strict: true })).toEqual({ lang: 'und', people: [], claims: [] });
  });

  it('names more languages than it reads, whatever the page declares', () => {
    for (const [lang, text] of Object.entries(OTHERS)) {
      expect([lang, detectLanguage(text), detectLanguage(text, 'en')]).toEqual([lang, lang, lang]);
      expect(analyze(text, { lang: 'fr', strict: true })).toEqual({ lang, people: [], claims: [] });
    }
  });

  it('does not read a language no profile describes as English or French, even when the page declares one', () => {
    expect(detectLanguage(UNLISTED)).toBe('und');
    expect(detectLanguage(UNLISTED, 'en')).toBe('und');
    expect(detectLanguage(UNLISTED, 'vi')).toBe('vi');
    expect(analyze(UNLISTED, { lang: 'en', strict: true })).toEqual({ lang: 'und', people: [], claims: [] });
  });

  it('does not take a supported declared language for a text in another script', () => {
    const russian = 'Министр здравоохранения представил во вторник план для больниц, сообщили в правительстве.';
    expect(detectLanguage(russian, 'en')).toBe('und');
    expect(detectLanguage(`${russian} The minister said it was a plan.`, 'en')).toBe('und');
    expect(detectLanguage(russian, 'ru')).toBe('ru');
  });

  it('counts no capital letter alone as a function word (initials, abbreviations, labels)', () => {
    // "U.S." is not the Croatian "u" and "s"; "A" and "E." are not the Portuguese "a" and "e".
    const headline = 'What May Soon Exceed Cost of U.S. Military? Interest on U.S. Debt. Order Reprints | Subscribe';
    expect(detectLanguage(headline)).toBe('en');
    expect(detectLanguage('Ergebnisse Gruppe A: E. Müller und A. Schmidt vor der Staffel B, die am Start war', 'de')).toBe('de');
  });

  it('gives the page its article language: a code, or null, and whether Newsmark reads it', () => {
    expect(articleLanguage(TEXTS.fr!, 'en')).toEqual({ lang: 'fr', supported: true });
    expect(articleLanguage(TEXTS.de!, 'en')).toEqual({ lang: 'de', supported: false });
    expect(articleLanguage(UNLISTED, 'en')).toEqual({ lang: null, supported: false });
    expect(articleLanguage(UNLISTED, 'vi-VN')).toEqual({ lang: 'vi', supported: false });
    expect(articleLanguage('Breaking: live updates', 'en-GB')).toEqual({ lang: 'en', supported: true });
    // Too little to tell and nothing declared: no language for the page, where analyze() tries English.
    expect(articleLanguage('Breaking: live updates', '')).toEqual({ lang: null, supported: false });
    expect(analyze('Breaking: live updates').lang).toBe('en');
  });
});
