// The phrase matcher over both grains of the tokenizer.
import { describe, expect, it } from 'vitest';
import { PhraseSet } from './phrases';
import { phraseTokens, phraseWords, tokenize, wordsIn } from './tokens';

describe('PhraseSet', () => {
  const set = new PhraseSet(() => ['according to', 'a t il', 'according'].map(phraseWords));

  it('finds the longest phrase over words that only spaces, hyphens or apostrophes separate', () => {
    const text = 'according to him, a-t-il dit; according, to';
    const words = wordsIn(text, 0, text.length);
    expect(words.map((_, i) => set.matchWords(text, words, i))).toEqual([2, 0, 0, 3, 0, 0, 0, 1, 0]);
  });

  it('matches tokens without crossing a line break or a limit, and through a prefix it is told of', () => {
    const options = { elisions: new Set(['l', 'd']) };
    const titles = new PhraseSet(
      ["secrétaire d'état", 'ministre'].map((p) => phraseTokens(p, options)),
      ['ex-'],
    );
    const tokens = tokenize("la secrétaire d'État, l'ex-ministre, secrétaire\nd'État", options);
    const at = (word: string, from = 0) => tokens.findIndex((t, i) => i >= from && t.lower === word);
    expect(titles.matchTokens(tokens, at('secrétaire'))).toBe(3);
    expect(titles.matchTokens(tokens, at('secrétaire'), at('secrétaire') + 2)).toBe(0);
    expect(titles.matchTokens(tokens, at('ex-ministre'))).toBe(1);
    expect(titles.matchTokens(tokens, at('secrétaire', at('ex-ministre')))).toBe(0);
  });

  it('indexes a list given as a function only when it is first consulted', () => {
    let built = 0;
    const lazy = new PhraseSet(() => {
      built++;
      return [['selon']];
    });
    expect(built).toBe(0);
    expect(lazy.hasFirst('selon')).toBe(true);
    expect([...lazy.firstWords()]).toEqual(['selon']);
    expect(built).toBe(1);
  });
});
