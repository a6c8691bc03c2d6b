// Adding a language is adding its pack (a folder like lexicon/en/) and its line in the registry: a small
// Esperanto pack, registered here as the registry's line would, makes analyze() read Esperanto.
import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { registerLanguagePack } from './lexicon/registry';
import { esperanto } from './test-language';

const TEXT =
  'La ministro pri eksteraj aferoj Ana Kovač diris, ke la registaro eble malfermos la landlimon. ' + 'Ŝi aldonis, ke du mil homoj atendas.';

describe('a language pack', () => {
  it('is read once its line is in the registry', () => {
    registerLanguagePack(esperanto);
    // No declared language: the pack's profile tells Esperanto.
    const result = analyze(TEXT, { strict: true });
    expect(result.lang).toBe('eo');
    expect(result.people).toEqual([
      { name: 'Ana Kovač', role: 'ministro pri eksteraj aferoj', official: true, mentions: [{ start: 32, end: 41 }] },
    ]);
    const claims = result.claims.map((c) => ({ text: TEXT.slice(c.start, c.end), kinds: c.kinds, source: c.source, cue: c.cue }));
    expect(claims).toEqual([
      {
        text: 'La ministro pri eksteraj aferoj Ana Kovač diris, ke la registaro eble malfermos la landlimon.',
        kinds: ['attributed', 'hedged'],
        source: 'Ana Kovač',
        cue: 'diris',
      },
      { text: 'Ŝi aldonis, ke du mil homoj atendas.', kinds: ['attributed', 'statistic'], source: 'Ana Kovač', cue: 'aldonis' },
    ]);
  });

  it('lends its morphology to the engine: a plural title, a conjugated verb', () => {
    registerLanguagePack(esperanto);
    const text = 'Inter la ministroj estis Petro Novak. Novak deklaras, ke la landlimo restos fermita.';
    const result = analyze(text, { lang: 'eo', strict: true });
    // "ministroj" is the plural of the title "ministro" (-j), "deklaras" a form of "deklar+" (-as).
    expect(result.people.map((p) => [p.name, p.role, p.official])).toEqual([['Petro Novak', 'ministro', true]]);
    expect(result.claims.map((c) => [c.cue, c.source])).toEqual([['deklaras', 'Petro Novak']]);
  });
});
