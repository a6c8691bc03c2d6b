// Behaviour of re-anchoring: the order of strategies, fuzzy matches, orphans, and slicing.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorMany, anchorSelectors, CONTEXT_LENGTH, describeTextRange, TextIndex } from './index';

const article = readFileSync(new URL('../../e2e/pages/lemonde-1.txt', import.meta.url), 'utf8');
const paragraphs = article.split('\n\n');

function spanOf(text: string, needle: string): [number, number] {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`test setup: "${needle}" not in text`);
  return [start, start + needle.length];
}

describe('describeTextRange', () => {
  it('stores the quote, 32 characters of context each side, and the position', () => {
    const text = `${'a'.repeat(40)}QUOTE${'b'.repeat(40)}`;
    const [quote, position] = describeTextRange(text, 40, 45);
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'QUOTE', prefix: 'a'.repeat(CONTEXT_LENGTH), suffix: 'b'.repeat(32) });
    expect(position).toEqual({ type: 'TextPositionSelector', start: 40, end: 45 });
  });
  it('clips the context at the edges of the text', () => {
    const [quote] = describeTextRange('Hello world', 0, 5);
    expect(quote.prefix).toBe('');
    expect(quote.suffix).toBe(' world');
  });
  it('refuses an empty or out-of-range span', () => {
    expect(() => describeTextRange('abc', 2, 2)).toThrow(RangeError);
    expect(() => describeTextRange('abc', 1, 9)).toThrow(RangeError);
  });
});

describe('anchorSelectors', () => {
  const [s, e] = spanOf(article, paragraphs[3]!.slice(20, 90));
  const selectors = describeTextRange(article, s, e);

  it('uses the stored position when the text there is unchanged', () => {
    expect(anchorSelectors(article, selectors)).toEqual({ status: 'anchored', start: s, end: e, score: 1 });
  });

  it('finds the exact quote when text was inserted before it', () => {
    const edited = `${article.slice(0, s - 50)}A brand new sentence appears here. ${article.slice(s - 50)}`;
    const shift = 'A brand new sentence appears here. '.length;
    const result = anchorSelectors(edited, selectors);
    expect(result).toMatchObject({ status: 'anchored', start: s + shift, end: e + shift });
  });

  it('ignores white space differences in the exact search', () => {
    const reflowed = article.slice(0, s) + article.slice(s, e).replace(/ /g, '\n  ') + article.slice(e);
    const moved = `Intro.\n\n${reflowed}`;
    const result = anchorSelectors(moved, selectors);
    expect(result.status).toBe('anchored');
    expect(moved.slice(result.start!, result.end!).replace(/\s+/g, ' ')).toBe(article.slice(s, e));
  });

  it('re-anchors fuzzily when a word inside the quote changed', () => {
    const quote = article.slice(s, e);
    // A word in the middle: at the edges the new text could equally extend into the context.
    const word = quote
      .split(' ')
      .slice(2, -2)
      .find((w) => w.length >= 5)!;
    const editedQuote = quote.replace(word, 'XXXX');
    const edited = article.slice(0, s) + editedQuote + article.slice(e);
    const result = anchorSelectors(edited, selectors);
    expect(result.status).toBe('fuzzy');
    expect(result.start).toBe(s);
    expect(Math.abs(result.end! - (s + editedQuote.length))).toBeLessThanOrEqual(1);
    expect(result.score).toBeGreaterThan(0.75);
  });

  it('reports an orphan when the passage was removed, even though a look-alike remains', () => {
    // The note's sentence also exists elsewhere, in another context: that copy must not get the note.
    const text =
      'Intro one. The minister said the budget would rise. Closing words about trains and weather.\n\n' +
      'Unrelated matter: the minister said the budget would rise, according to nobody in particular here.';
    const [qs, qe] = spanOf(text, 'The minister said the budget would rise.');
    const sel = describeTextRange(text, qs, qe);
    const removed = text.replace('Intro one. The minister said the budget would rise. Closing words about trains and weather.\n\n', '');
    const result = anchorSelectors(removed, sel);
    expect(result.status).toBe('orphan');
    expect(result.start).toBeNull();
  });

  it('reports an orphan for a passage that is simply gone', () => {
    const [ps, pe] = spanOf(article, paragraphs[5]!);
    const sel = describeTextRange(article, ps + 10, ps + 80);
    const without = article.slice(0, ps) + article.slice(pe + 2);
    expect(anchorSelectors(without, sel).status).toBe('orphan');
  });

  it('picks the occurrence whose context matches when a quote repeats', () => {
    const text = 'alpha beta said yes, then gamma. Delta epsilon said yes, then zeta.';
    const [qs, qe] = [text.indexOf('said yes', 20), text.indexOf('said yes', 20) + 8];
    const sel = describeTextRange(text, qs, qe);
    const shifted = `Preface. ${text}`;
    expect(anchorSelectors(shifted, sel)).toMatchObject({ status: 'anchored', start: qs + 9 });
  });

  it('treats selectors without a quote as orphans', () => {
    expect(anchorSelectors(article, [{ type: 'TextPositionSelector', start: 0, end: 5 }]).status).toBe('orphan');
  });

  it('property: a described span is found again after text is inserted anywhere outside it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: article.length - 200 }),
        fc.integer({ min: 12, max: 150 }),
        fc.integer({ min: 0, max: article.length }),
        fc.string({ minLength: 1, maxLength: 80 }),
        (start, length, insertAt, inserted) => {
          const end = start + length;
          if (insertAt > start && insertAt < end) return;
          // The same quote elsewhere would be a genuine ambiguity, not what this property is about.
          if (article.indexOf(article.slice(start, end)) !== start || article.lastIndexOf(article.slice(start, end)) !== start) return;
          const sel = describeTextRange(article, start, end);
          const edited = article.slice(0, insertAt) + inserted + article.slice(insertAt);
          const shift = insertAt <= start ? inserted.length : 0;
          const result = anchorSelectors(edited, sel);
          expect(result.status).not.toBe('orphan');
          expect(edited.slice(result.start!, result.end!)).toBe(article.slice(start, end));
          expect(result.start).toBe(start + shift);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: a random edit inside the quote still anchors at the same place, never elsewhere', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: article.length - 200 }),
        fc.integer({ min: 40, max: 150 }),
        fc.double({ min: 0.2, max: 0.8, noNaN: true }),
        fc.string({ minLength: 1, maxLength: 5 }),
        (start, length, where, replacement) => {
          const end = start + length;
          const sel = describeTextRange(article, start, end);
          const at = start + Math.floor(length * where);
          const edited = article.slice(0, at) + replacement + article.slice(at + replacement.length);
          const result = anchorSelectors(edited, sel);
          expect(result.status).not.toBe('orphan');
          expect(Math.abs(result.start! - start)).toBeLessThanOrEqual(replacement.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('anchorMany', () => {
  const slicer = { now: () => performance.now(), yield: () => new Promise<void>((resolve) => setImmediate(resolve)) };
  const notes = paragraphs
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.length > 120)
    .map(({ p, i }) => {
      const [ps] = spanOf(article, p);
      return { id: `n${i}`, selectors: describeTextRange(article, ps + 10, ps + 100) };
    });

  it('gives the same result as one-by-one anchoring, in the order given', async () => {
    const edited = `Breaking: a new first paragraph.\n\n${article.replace(paragraphs[4]!, '')}`;
    const many = await anchorMany(edited, [...notes].reverse(), { sliceMs: 0, slicer });
    const index = new TextIndex(edited);
    expect(many.map((r) => r.id)).toEqual([...notes].reverse().map((n) => n.id));
    for (const r of many) {
      const one = anchorSelectors(index, notes.find((n) => n.id === r.id)!.selectors);
      expect(r.status).toBe(one.status);
      expect(r.start).toBe(one.start);
    }
    expect(many.some((r) => r.status === 'orphan')).toBe(paragraphs[4]!.length > 120);
  });

  it('reports progress slice by slice and can be aborted', async () => {
    const seen: string[] = [];
    await anchorMany(article, notes, { sliceMs: 0, slicer, onProgress: (done) => seen.push(...done.map((d) => d.id)) });
    expect(seen.sort()).toEqual(notes.map((n) => n.id).sort());
    const controller = new AbortController();
    const pending = anchorMany(article, notes, {
      sliceMs: 0,
      slicer,
      signal: controller.signal,
      onProgress: () => controller.abort(new Error('page changed')),
    });
    await expect(pending).rejects.toThrow('page changed');
  });
});

describe('similarity', () => {
  it('agrees with approx-string-match on the fewest edits over substrings (property)', async () => {
    const { similarity } = await import('./context-score');
    const { default: approxSearch } = await import('approx-string-match');
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ minLength: 1, maxLength: 32 }), (actual, expected) => {
        const best = actual.length === 0 ? null : approxSearch(actual, expected, expected.length)[0];
        const reference = best ? 1 - best.errors / expected.length : 0;
        expect(similarity(actual, expected)).toBeCloseTo(reference, 10);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with approx-string-match on near misses from a small alphabet, short and long (property)', async () => {
    const { similarity } = await import('./context-score');
    const { default: approxSearch } = await import('approx-string-match');
    const abc = (min: number, max: number) =>
      fc.array(fc.constantFrom('a', 'b', 'c', ' ', 'é'), { minLength: min, maxLength: max }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(abc(0, 80), abc(1, 48), (actual, expected) => {
        const best = actual.length === 0 ? null : approxSearch(actual, expected, expected.length)[0];
        const reference = best ? 1 - best.errors / expected.length : 0;
        expect(similarity(actual, expected)).toBeCloseTo(reference, 10);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('occurrences', () => {
  it('finds exactly what an indexOf loop finds, overlapping ones included (property)', async () => {
    const { occurrences, TextIndex } = await import('./text-index');
    const abc = (min: number, max: number) =>
      fc.array(fc.constantFrom('a', 'b', ' ', 'é'), { minLength: min, maxLength: max }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(abc(0, 200), abc(1, 8), (text, needle) => {
        const expected: number[] = [];
        for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) expected.push(at);
        expect(occurrences(text, new TextIndex(text).trigrams, needle, 1000)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
