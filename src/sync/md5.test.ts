// MD5 and Base64 in pure TypeScript, checked against Node's own implementations on any text.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64 } from './couch-client';
import { md5 } from './md5';

describe('md5', () => {
  it('matches node:crypto on the block boundaries', () => {
    for (const length of [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 1000]) {
      const text = 'a'.repeat(length);
      expect(md5(text)).toBe(createHash('md5').update(text, 'utf8').digest('hex'));
    }
  });

  it('matches node:crypto on any text, hashing its UTF-8 bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(md5(text)).toBe(createHash('md5').update(text, 'utf8').digest('hex'));
      }),
    );
  });
});

describe('base64', () => {
  it('matches Buffer on any text, encoding its UTF-8 bytes (Basic credentials with accents)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (text) => {
        expect(base64(text)).toBe(Buffer.from(text, 'utf8').toString('base64'));
      }),
    );
    expect(base64('émilie:mot de passe')).toBe(Buffer.from('émilie:mot de passe').toString('base64'));
  });
});
