// The analyzer: one whole-article engine call first (cross-paragraph links kept), later passes
// reuse unchanged blocks' shares and analyse only new blocks; very long texts go in groups.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/index';
import { BlockAnalyzer, blockShare } from './block-analyzer';
import type { TextModel } from './text-model';

function model(paragraphs: string[]): TextModel {
  let offset = 0;
  const blocks = paragraphs.map((text) => {
    const block = { start: offset, end: offset + text.length, text };
    offset += text.length + 2;
    return block;
  });
  return { text: paragraphs.join('\n\n'), blocks } as unknown as TextModel;
}

const PARAGRAPHS = [
  'Secretary of State Antony Blinken met his Chinese counterpart on Monday.',
  'The talks lasted two hours, officials said.',
  '"We were clear," Blinken told reporters after the meeting.',
];

async function run(analyzer: BlockAnalyzer, m: TextModel) {
  return analyzer.run(m, { signal: new AbortController().signal, onProgress: () => undefined });
}

describe('BlockAnalyzer', () => {
  it('analyses the whole article in one call, so a later surname belongs to the full name', async () => {
    const analyzer = new BlockAnalyzer('en');
    const result = await run(analyzer, model(PARAGRAPHS));
    const blinken = result.people.find((p) => p.name === 'Antony Blinken');
    expect(blinken?.mentions).toHaveLength(2);
    expect(result.claims.find((c) => c.cue === 'told')?.source).toBe('Antony Blinken');
    expect(analyzer.stats).toEqual({ wholePasses: 1, blocksAnalysedAlone: 0, blocksReused: 0 });
  });

  it('analyses only new blocks later, and keeps what the whole pass found in the others', async () => {
    const analyzer = new BlockAnalyzer('en');
    await run(analyzer, model(PARAGRAPHS));
    const later = [...PARAGRAPHS, 'Senator Jane Holloway said the deal was "a good start".'];
    const result = await run(analyzer, model(later));
    expect(analyzer.stats).toEqual({ wholePasses: 1, blocksAnalysedAlone: 1, blocksReused: 3 });
    expect(result.claims.find((c) => c.cue === 'told')?.source).toBe('Antony Blinken');
    expect(result.people.find((p) => p.name === 'Antony Blinken')?.mentions).toHaveLength(2);
    expect(result.people.some((p) => p.name === 'Jane Holloway')).toBe(true);
    const m = model(later);
    const block = m.blocks[3]!;
    for (const claim of result.claims.filter((c) => c.start >= block.start)) expect(claim.end).toBeLessThanOrEqual(block.end);
  });

  it('cuts a long article into groups of about 3k characters, and joins a later surname to the full name', async () => {
    const filler = 'The weather was mild and the markets were calm for most of the week in the capital. '.repeat(6).trim();
    const paragraphs = [PARAGRAPHS[0]!, ...Array.from({ length: 8 }, () => filler), PARAGRAPHS[2]!];
    // No closing whole-article call: the groups' results are merged.
    const analyzer = new BlockAnalyzer('en', 0);
    const m = model(paragraphs);
    const calls: number[] = [];
    await analyzer.run(m, { signal: new AbortController().signal, onProgress: (_, done) => calls.push(done ? 1 : 0) });
    const result = await run(new BlockAnalyzer('en', 0), m);
    expect(m.text.length).toBeGreaterThan(3_000);
    expect(analyzer.stats.wholePasses).toBe(2);
    // A partial drawing after the first group, the final one at the end.
    expect(calls).toEqual([0, 1]);
    expect(result.people.find((p) => p.name === 'Antony Blinken')?.mentions).toHaveLength(2);
  });

  it('analyses a grouped article once more as a whole when that fits the budget, giving exactly the CLI result', async () => {
    const filler = 'The weather was mild and the markets were calm for most of the week in the capital. '.repeat(6).trim();
    const paragraphs = [PARAGRAPHS[0]!, ...Array.from({ length: 8 }, () => filler), 'Blinken and Mr. Holloway met later.', PARAGRAPHS[2]!];
    const m = model(paragraphs);
    const analyzer = new BlockAnalyzer('en', Number.POSITIVE_INFINITY);
    const result = await run(analyzer, m);
    expect(analyzer.stats.wholePasses).toBe(3);
    const cli = analyze(m.text, { lang: 'en' });
    expect(result.people).toEqual(cli.people);
    expect(result.claims).toEqual(cli.claims);
  });

  it('gives a first look at the claims of the opening blocks only, the same as the whole pass finds there', async () => {
    const analyzer = new BlockAnalyzer('en');
    const m = model(PARAGRAPHS);
    const first = analyzer.firstLook(m, 80);
    // The opening two blocks: the people half is left for later.
    expect(first?.people).toEqual([]);
    expect(first?.claims.map((c) => m.text.slice(c.start, c.end))).toEqual(['The talks lasted two hours, officials said.']);
    const whole = await run(new BlockAnalyzer('en'), m);
    for (const claim of first?.claims ?? [])
      expect(whole.claims).toContainEqual(expect.objectContaining({ start: claim.start, end: claim.end, kinds: claim.kinds }));
    expect(analyzer.firstLook(m, 10_000)).toBeNull();
  });
});

describe('blockShare', () => {
  it('cuts an analysis to one block, in block offsets', () => {
    const m = model(PARAGRAPHS);
    const analysis = {
      lang: 'en',
      people: [
        {
          name: 'Antony Blinken',
          role: 'Secretary of State',
          official: true,
          mentions: [
            { start: 19, end: 33 },
            { start: m.blocks[2]!.start + 21, end: m.blocks[2]!.start + 28 },
          ],
        },
      ],
      claims: [],
    };
    expect(blockShare(analysis, m.blocks[2]!).people).toEqual([
      { name: 'Antony Blinken', role: 'Secretary of State', official: true, mentions: [{ start: 21, end: 28 }] },
    ]);
    expect(blockShare(analysis, m.blocks[1]!).people).toEqual([]);
  });
});
