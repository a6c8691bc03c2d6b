// Merging per-block analyses: one entry per person, surname mentions joined to the full name,
// missed repeats found, offsets moved to page coordinates, claim sources resolved to full names.
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../analysis/types';
import { mergeBlocks } from './merge';

function person(name: string, text: string, role: string | null = null, official = false) {
  const start = text.indexOf(name);
  return { name, role, official, mentions: [{ start, end: start + name.length }] };
}

describe('mergeBlocks', () => {
  const blocks = [
    'The ambassador Nicholas Burns was hacked.',
    'Burns said nothing, and the burns unit was closed.',
    'Officials met Nicholas Burns again, and Burns left.',
  ];
  const text = blocks.join('\n\n');
  const starts = [0, blocks[0]!.length + 2, blocks[0]!.length + blocks[1]!.length + 4];
  const analyses: Analysis[] = [
    { lang: 'en', people: [person('Nicholas Burns', blocks[0]!, 'ambassador', true)], claims: [] },
    {
      lang: 'en',
      people: [person('Burns', blocks[1]!)],
      claims: [{ start: 0, end: 19, kinds: ['attributed'], source: 'Burns', cue: 'said' }],
    },
    { lang: 'en', people: [], claims: [] },
  ];
  const merged = mergeBlocks(
    analyses.map((analysis, i) => ({ start: starts[i]!, analysis })),
    text,
    'en',
  );

  it('keeps one person with the role from the block that states it', () => {
    expect(merged.people).toHaveLength(1);
    expect(merged.people[0]).toMatchObject({ name: 'Nicholas Burns', role: 'ambassador', official: true });
  });

  it('joins surname mentions and finds repeats of the full name a block missed', () => {
    const spans = merged.people[0]!.mentions.map((m) => text.slice(m.start, m.end));
    expect(spans).toEqual(['Nicholas Burns', 'Burns', 'Nicholas Burns']);
    // "burns" the word is not a mention, and since the surname is also an ordinary word here,
    // the uncapitalised-safe search does not add the last "Burns" either.
    expect(merged.people[0]!.mentions.every((m) => text[m.start] !== 'b')).toBe(true);
  });

  it('moves claims to page offsets and resolves their source to the full name', () => {
    expect(merged.claims).toHaveLength(1);
    const claim = merged.claims[0]!;
    expect(text.slice(claim.start, claim.end)).toBe('Burns said nothing,');
    expect(claim.source).toBe('Nicholas Burns');
  });

  it('searches a surname that is not an ordinary word in the text', () => {
    const t = 'Minister Gina Raimondo spoke.\n\nLater Raimondo left.';
    const result = mergeBlocks(
      [{ start: 0, analysis: { lang: 'en', people: [person('Gina Raimondo', t, 'minister', true)], claims: [] } }],
      t,
      'en',
    );
    expect(result.people[0]!.mentions.map((m) => t.slice(m.start, m.end))).toEqual(['Gina Raimondo', 'Raimondo']);
  });

  it('searches a short form the engine used for one person only (a family name written first)', () => {
    const blocks = ['Opposition leader Lee Jae-myung spoke. Lee said the vote was near.', 'Later, Lee called for calm.'];
    const t = blocks.join('\n\n');
    const lee = person('Lee Jae-myung', t, 'opposition leader', true);
    const bare = t.indexOf('Lee said');
    lee.mentions.push({ start: bare, end: bare + 3 });
    const result = mergeBlocks([{ start: 0, analysis: { lang: 'en', people: [lee], claims: [] } }], t, 'en');
    expect(result.people[0]!.mentions.map((m) => t.slice(m.start, m.end))).toEqual(['Lee Jae-myung', 'Lee', 'Lee']);
  });

  it('does not search a short form the engine used for two people', () => {
    const t = 'Lee Jae-myung and Lee Sang-min met. Lee said yes. Lee said no.\n\nThen Lee left.';
    const first = person('Lee Jae-myung', t);
    const second = person('Lee Sang-min', t);
    const yes = t.indexOf('Lee said yes');
    const no = t.indexOf('Lee said no');
    first.mentions.push({ start: yes, end: yes + 3 });
    second.mentions.push({ start: no, end: no + 3 });
    const result = mergeBlocks([{ start: 0, analysis: { lang: 'en', people: [first, second], claims: [] } }], t, 'en');
    expect(result.people.flatMap((p) => p.mentions).some((m) => m.start === t.lastIndexOf('Lee'))).toBe(false);
  });
});
