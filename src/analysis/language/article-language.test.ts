// The article's language as the page takes it, from its text: the declared language only breaks a
// near tie, so a French story on an English template is French, Spanish without a lang attribute is
// not French, and a German or Italian page is recognised as a language Newsmark does not read.
import { describe, expect, it } from 'vitest';
import { articleLanguage } from '../index';

const FRENCH =
  "Le ministre de la Santé a présenté mardi un plan pour les hôpitaux publics. Selon la fédération, près de 40 % des services d'urgence ont dû fermer une nuit, faute de médecins et d'infirmiers dans les établissements.";
const ENGLISH =
  'The minister said on Tuesday that the plan would be paid for by savings, and that it was not a new tax. Critics have argued that the money will not be enough for the hospitals that were closed.';
const GERMAN =
  'Der Gesundheitsminister hat am Dienstag einen Plan für die Krankenhäuser vorgestellt. Nach Angaben des Verbands mussten fast 40 Prozent der Notaufnahmen schließen, weil Ärzte und Pflegekräfte fehlten, sagte er.';
const SPANISH =
  'El ministro de Salud presentó el martes un plan para los hospitales públicos. Según la federación, casi el 40 % de los servicios de urgencia tuvieron que cerrar una noche por falta de médicos y enfermeros.';
const ITALIAN =
  'Il ministro della Salute ha presentato martedì un piano per gli ospedali pubblici. Secondo la federazione, quasi il 40 per cento dei pronto soccorso ha dovuto chiudere una notte per la mancanza di medici.';

describe('articleLanguage', () => {
  it('decides from the text over the declared language', () => {
    expect(articleLanguage(FRENCH, 'en')).toEqual({ lang: 'fr', supported: true });
    expect(articleLanguage(ENGLISH, 'fr-FR')).toEqual({ lang: 'en', supported: true });
  });

  it('does not read Spanish as French, and says German and Italian are not read', () => {
    expect(articleLanguage(SPANISH, '')).toEqual({ lang: 'es', supported: false });
    expect(articleLanguage(GERMAN, 'en')).toEqual({ lang: 'de', supported: false });
    expect(articleLanguage(ITALIAN, null)).toEqual({ lang: 'it', supported: false });
  });

  it('lets the declared language break a near tie, and stand alone when the text says too little', () => {
    const mixed = 'The minister and the mayor of the city is here. Le ministre et le maire de la ville, les élus et des habitants.';
    expect(articleLanguage(mixed, 'fr').lang).toBe('fr');
    expect(articleLanguage(mixed, 'en').lang).toBe('en');
    expect(articleLanguage('Breaking: live updates', 'en-GB')).toEqual({ lang: 'en', supported: true });
    expect(articleLanguage('Breaking: live updates', '')).toEqual({ lang: null, supported: false });
  });

  it('says a text in another script is not read', () => {
    expect(articleLanguage('Министр здравоохранения представил во вторник план для больниц, сообщили в правительстве.', 'en')).toEqual({
      lang: null,
      supported: false,
    });
    expect(articleLanguage('Министр здравоохранения представил во вторник план для больниц.', 'ru').lang).toBe('ru');
  });
});
