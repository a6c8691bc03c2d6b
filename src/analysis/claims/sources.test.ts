// Who said it: one test per class of source error met on unseen articles (invented names and texts).
import { describe, expect, it } from 'vitest';
import { english } from '../lexicon/en';
import { french } from '../lexicon/fr';
import type { Person } from '../types';
import { findClaims } from './find-claims';

/** A person as the people stage would give it, with every occurrence of the given forms as a mention. */
function person(text: string, name: string, role: string | null, forms: string[] = [name]): Person {
  const mentions = forms
    .flatMap((form) => {
      const found: { start: number; end: number }[] = [];
      for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + 1)) found.push({ start: i, end: i + form.length });
      return found;
    })
    .sort((a, b) => a.start - b.start);
  return { name, role, official: role !== null, mentions };
}

/** The source of the claim whose sentence starts with `start`. */
function sourceOf(lang: 'en' | 'fr', text: string, people: Person[], start: string): string | null {
  const claims = findClaims(text, people, lang === 'en' ? english : french);
  const found = claims.find((c) => text.slice(c.start, c.end).startsWith(start));
  if (!found) throw new Error(`no claim starting with "${start}"`);
  return found.source;
}

describe('pronoun sources', () => {
  it('gives a pronoun to the last person of its gender, as courtesy titles and pronouns show it', () => {
    const text =
      'Mme Odile Fargeau a rencontré M. Bastien Larrouy. « Le dossier avance », a déclaré M. Larrouy. ' +
      '« Nous resterons vigilants », déplore-t-elle.';
    const people = [
      person(text, 'Odile Fargeau', null, ['Odile Fargeau']),
      person(text, 'Bastien Larrouy', null, ['Bastien Larrouy', 'Larrouy']),
    ];
    expect(sourceOf('fr', text, people, '« Nous resterons')).toBe('Odile Fargeau');
    const en = 'Ms. Dana Whitlock met Mr. Karl Osgood on Monday. "We are close," Osgood said. "Not close enough," she added.';
    const enPeople = [person(en, 'Dana Whitlock', null, ['Dana Whitlock']), person(en, 'Karl Osgood', null, ['Karl Osgood', 'Osgood'])];
    expect(sourceOf('en', en, enPeople, '"Not close enough,"')).toBe('Dana Whitlock');
  });

  it('never gives a pronoun to the person named after it in its sentence ("she told X")', () => {
    const text = 'Dana Whitlock spoke first. Karl Osgood answered her. "Leave my family out of this," she told Osgood.';
    const people = [person(text, 'Dana Whitlock', null, ['Dana Whitlock']), person(text, 'Karl Osgood', null, ['Karl Osgood', 'Osgood'])];
    expect(sourceOf('en', text, people, '"Leave my family')).toBe('Dana Whitlock');
  });

  it('reads "selon elle", "d\'après lui", "according to him" as the person the pronoun stands for', () => {
    const text = 'Mme Odile Fargeau a été reçue jeudi. La défiance est telle, selon elle, que le vote est perdu.';
    expect(sourceOf('fr', text, [person(text, 'Odile Fargeau', null)], 'La défiance')).toBe('Odile Fargeau');
    const en = 'Karl Osgood left the talks early. The deal is dead, according to him.';
    expect(sourceOf('en', en, [person(en, 'Karl Osgood', null)], 'The deal')).toBe('Karl Osgood');
  });
});

describe('source introducers', () => {
  it('does not read "d\'après" inside "après-midi" as an introducer', () => {
    const text = "En fin d'après-midi, le ministre du Commerce, Armand Délice, a confié avoir mobilisé ses inspecteurs.";
    expect(sourceOf('fr', text, [person(text, 'Armand Délice', 'ministre du Commerce')], 'En fin')).toBe('Armand Délice');
  });
});

describe('sources named by a description, an organisation or an inverted subject', () => {
  it('gives "la police" to no one whose role only mentions the police, and keeps a qualified description literal', () => {
    const text =
      '« Le suspect est en détention », a annoncé Hervé Coltin, le responsable de la police. ' +
      'Un homme a été arrêté peu après, a indiqué la police. Le président du Bénin a promis une enquête.';
    const people = [person(text, 'Hervé Coltin', 'responsable de la police'), person(text, 'Marc Ovide', 'président', [])];
    expect(sourceOf('fr', text, people, 'Un homme')).toBe('la police');
    expect(sourceOf('fr', text, people, 'Le président du Bénin')).toBe('président du Bénin');
  });

  it('finds the subject after a place or a medium between an inverted verb and its subject', () => {
    const text = '« Le calme est revenu », a rapporté sur Facebook le porte-parole du gouvernement, Ilyas Berdan.';
    expect(sourceOf('fr', text, [person(text, 'Ilyas Berdan', 'porte-parole du gouvernement')], '« Le calme')).toBe('Ilyas Berdan');
  });

  it('takes the subject before an acronym in parentheses, and gives a joined verb the subject of its main clause', () => {
    const text =
      "L'Office fédéral de l'environnement (OFEV) avait révélé que la nappe était polluée. " +
      "L'Office fédéral de l'agriculture retire le produit et considère la substance comme dangereuse.";
    expect(sourceOf('fr', text, [], "L'Office fédéral de l'environnement")).toBe("Office fédéral de l'environnement");
    expect(sourceOf('fr', text, [], "L'Office fédéral de l'agriculture")).toMatch(/^Office fédéral/);
  });
});

describe('speaker of a quotation with no reporting cue', () => {
  it('takes the previous paragraph’s speaker only for a paragraph that opens with the quotation', () => {
    const text =
      '« Nous partirons demain », a déclaré Paul Vernier.\n\n« Rien ne nous retiendra ici. Nos enfants vivent ailleurs. »\n\n' +
      'Le Kazakhstan renforce ses mesures en raison d’une « escalade très grave en Ukraine ».';
    const people = [person(text, 'Paul Vernier', null)];
    expect(sourceOf('fr', text, people, '« Rien ne')).toBe('Paul Vernier');
    expect(sourceOf('fr', text, people, 'Le Kazakhstan')).toBeNull();
  });

  it('takes the person or pronoun that opens the sentence, but not a name the quoted words are about', () => {
    const text =
      'Dana Whitlock watched the debate with Karl Osgood.\n\nShe offered that "nobody changed their mind tonight."\n\n' +
      'Mayor Karl Osgood "has put aside every effort to negotiate in good faith."';
    const people = [person(text, 'Dana Whitlock', null), person(text, 'Karl Osgood', 'mayor')];
    expect(sourceOf('en', text, people, 'She offered')).toBe('Dana Whitlock');
    expect(sourceOf('en', text, people, 'Mayor Karl Osgood')).not.toBe('Karl Osgood');
  });
});

describe('lexicon cues', () => {
  it('reads "ordonner de « … »" as a stance and "», a publié X" as an incise', () => {
    const text =
      'La ministre Odile Fargeau a ordonné vendredi de « prendre des mesures urgentes ».\n\n' +
      '« La station est fermée jusqu’à nouvel ordre », a publié la compagnie de transport.';
    expect(sourceOf('fr', text, [person(text, 'Odile Fargeau', 'ministre')], 'La ministre')).toBe('Odile Fargeau');
    expect(sourceOf('fr', text, [], '« La station')).toBe('la compagnie de transport');
  });
});

describe('hedges', () => {
  const kindsOf = (lang: 'en' | 'fr', text: string) =>
    findClaims(text, [], lang === 'en' ? english : french).map((c) => ({
      text: text.slice(c.start, c.end),
      hedged: c.kinds.includes('hedged'),
    }));
  const hedged = (lang: 'en' | 'fr', sentence: string) => kindsOf(lang, sentence).some((c) => c.hedged);

  it('marks the French conditional, unverified reports and fears of what may come', () => {
    expect(hedged('fr', 'Le pirate aurait compromis des centaines de comptes.')).toBe(true);
    expect(hedged('fr', 'Il semblerait que le navire soit reparti.')).toBe(true);
    expect(hedged('fr', 'Selon des informations de presse, le ministre partira.')).toBe(true);
    expect(hedged('fr', 'Des vidéos non vérifiées circulent sur les réseaux.')).toBe(true);
    expect(hedged('fr', 'Kiev craint que Washington ne réduise son aide.')).toBe(true);
    expect(hedged('fr', 'Son action risquait de contribuer à la crise.')).toBe(true);
    expect(hedged('fr', 'Le président est attendu mercredi à Astana.')).toBe(true);
  });

  it('does not take "peut être" (a modal and an infinitive) for "peut-être", nor a purpose for a hedge', () => {
    expect(hedged('fr', "L'anonymat est relatif, puisqu'il peut être levé.")).toBe(false);
    expect(hedged('fr', "Les fonds sont versés aux compagnies pour qu'elles puissent commander.")).toBe(false);
    expect(hedged('fr', 'Le dossier est peut-être clos.')).toBe(true);
  });

  it('marks English report hedges but not schedules', () => {
    expect(hedged('en', 'The envoy reportedly met the minister.')).toBe(true);
    expect(hedged('en', 'The firm allegedly hid the losses.')).toBe(true);
    expect(hedged('en', 'He is said to have left the country.')).toBe(true);
    expect(hedged('en', 'He is due to meet the premier during his visit.')).toBe(false);
  });
});

describe('subjects before an inserted clause', () => {
  it('does not take a possessive after the verb for an inverted subject', () => {
    const text =
      'Acme Corp. Chairman Lionel Tabor, in a statement issued on behalf of the board, said Wexler\'s "vision saved the company."';
    const people = [person(text, 'Lionel Tabor', 'chairman'), person(text, 'Paul Wexler', null, ['Wexler'])];
    expect(sourceOf('en', text, people, 'Acme')).toBe('Lionel Tabor');
  });

  it('keeps a qualified group whole rather than an earlier source sharing its head', () => {
    const text = 'People close to Ms. Dana Whitlock said she was tired. Later, people familiar with her thinking said that she would rest.';
    expect(sourceOf('en', text, [person(text, 'Dana Whitlock', null)], 'Later')).toBe('people familiar with her thinking');
  });
});

describe('organisation sources', () => {
  it('gives "the ministry said", "la commission estime" to the organisation last named with that head', () => {
    const text = 'The Ministry of Health published new figures on Monday. The ministry said the outbreak was contained.';
    expect(sourceOf('en', text, [], 'The ministry')).toBe('Ministry of Health');
    const fr = 'La Commission européenne a publié ses prévisions. La commission estime que la croissance ralentira.';
    expect(sourceOf('fr', fr, [], 'La commission')).toMatch(/^Commission européenne/);
  });
});
