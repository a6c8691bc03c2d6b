import { describe, expect, it, vi } from 'vitest';

// The module is a component; only its pure helper is tested here, without the extension runtime.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { parseTags } = await import('./NoteEditor');

describe('parseTags', () => {
  it('splits on commas, trims, drops "#" and empties, and keeps each tag once', () => {
    expect(parseTags(' chiffres, #source ,, chiffres,à vérifier ')).toEqual(['chiffres', 'source', 'à vérifier']);
  });
  it('gives no tags for an empty field', () => {
    expect(parseTags('  ')).toEqual([]);
  });
});
