// The engine's regression corpus: every text in test/fixtures/texts analysed and compared with its
// checked-in analysis in test/fixtures/analysis. Any change to people, roles, mentions or claims fails
// here until the snapshots are rewritten on purpose:
//   npx vitest run src/analysis/regression.test.ts -u
// and the commit says what changed (or "snapshot identical").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import type { Analysis } from './types';

const TEXTS = new URL('../../test/fixtures/texts/', import.meta.url);
const SNAPSHOTS = '../../test/fixtures/analysis/';
/** Each text's declared language, passed as the page and the CLI pass it. */
const LANGS = JSON.parse(readFileSync(new URL('texts.json', TEXTS), 'utf8')) as Record<string, string>;
const EXCERPT = 80;

/** The analysis as readable JSON: offsets exact, each with the text it covers, so a diff shows what moved. */
function snapshotOf(text: string, analysis: Analysis): string {
  const excerpt = (start: number, end: number) => {
    const s = text.slice(start, end).replace(/\s+/g, ' ');
    return s.length > EXCERPT ? `${s.slice(0, EXCERPT)}…` : s;
  };
  const shown = {
    lang: analysis.lang,
    people: analysis.people.map((p) => ({
      name: p.name,
      role: p.role,
      official: p.official,
      mentions: p.mentions.map((m) => `${m.start}-${m.end} ${excerpt(m.start, m.end)}`),
    })),
    claims: analysis.claims.map((c) => ({
      span: `${c.start}-${c.end}`,
      kinds: c.kinds.join(' '),
      source: c.source,
      cue: c.cue,
      text: excerpt(c.start, c.end),
    })),
  };
  return `${JSON.stringify(shown, null, 2)}\n`;
}

describe('regression corpus', () => {
  it('holds texts in English, French and other languages', () => {
    const langs = new Set(Object.values(LANGS));
    expect(Object.keys(LANGS).length).toBeGreaterThanOrEqual(32);
    expect([...langs].sort()).toEqual(['de', 'en', 'es', 'fr']);
  });

  for (const [name, lang] of Object.entries(LANGS)) {
    it(`analyses ${name} (${lang}) as the snapshot says`, async () => {
      const text = readFileSync(new URL(`${name}.txt`, TEXTS), 'utf8');
      await expect(snapshotOf(text, analyze(text, { lang, strict: true }))).toMatchFileSnapshot(`${SNAPSHOTS}${name}.json`);
    });
  }
});
