// The language is decided from the text; the declared one only breaks ties. Short invented news texts.
import { describe, expect, it } from 'vitest';
import { analyze, detectLanguage, isSupportedLanguage, SUPPORTED_LANGUAGES } from '../index';

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

  it('falls back to English for Latin letters, and to "und" for other scripts, when nothing tells', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('Ukraine Russia Kyiv')).toBe('en');
    expect(detectLanguage('Москва заявила протест')).toBe('und');
    expect(detectLanguage('Москва заявила протест', 'ru')).toBe('ru');
    expect(analyze('Москва заявила протест', { strict: true })).toEqual({ lang: 'und', people: [], claims: [] });
  });
});
