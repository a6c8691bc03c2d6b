// The Sync section's sentences come from the real locale files, in English and French: every kind
// of failure a test of the connection can meet, and every settings problem, has its own sentence.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SYNC_FORM_PROBLEMS } from '../lib/sync-settings';
import type { SyncErrorKind } from '../sync/errors';
import { formProblemText, syncErrorText, type Translate, testResultText } from './sync-text';

/** browser.i18n.getMessage over one locale's file: $1… substituted, $$ a dollar, '' when missing. */
function locale(lang: 'en' | 'fr'): Translate {
  const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
  return (key, substitutions) => {
    const args = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    const message = messages[key]?.message;
    return message === undefined ? '' : message.replace(/\$(\$|\d)/g, (_, c: string) => (c === '$' ? '$' : (args[Number(c) - 1] ?? '')));
  };
}
const en = locale('en');
const fr = locale('fr');

// Every kind, checked by the compiler: a new kind fails to compile here until it is listed.
const KINDS: Record<SyncErrorKind, true> = {
  offline: true,
  timeout: true,
  server: true,
  'bad-response': true,
  unauthorized: true,
  forbidden: true,
  'not-found': true,
  rejected: true,
  config: true,
  local: true,
};

describe('Test connection, in the reader’s language', () => {
  it('a success names the database, in French too', () => {
    expect(testResultText(fr, { ok: true, message: 'Connected to the database “notes”.' }, 'notes')).toBe(
      'Connecté à la base « notes » : le serveur accepte ces réglages.',
    );
    expect(testResultText(en, { ok: true, message: '' }, 'team')).toMatch(/^Connected to the database “team”/);
  });

  it('each kind of failure has its own sentence in both languages, never the English of the background', () => {
    const background = 'Server said something in English';
    for (const kind of Object.keys(KINDS)) {
      const english = testResultText(en, { ok: false, kind, message: background }, 'notes');
      const french = testResultText(fr, { ok: false, kind, message: background }, 'notes');
      expect(english, kind).not.toBe(background);
      expect(french, kind).not.toBe(background);
      expect(french, kind).not.toBe(english);
      // A test is not a sync: nothing will "try again" after it.
      expect(english, kind).not.toMatch(/try again\.$/);
    }
  });

  it('a failure of no known kind keeps the words it came with', () => {
    expect(testResultText(fr, { ok: false, message: 'TypeError: x' }, 'notes')).toBe('TypeError: x');
    expect(syncErrorText(fr, { kind: 'new-kind', message: 'as said' })).toBe('as said');
    expect(syncErrorText(fr, { kind: 'not-found', message: 'as said' })).toMatch(/^Il n’y a pas de base/);
  });

  it('every settings problem is said in both languages', () => {
    for (const problem of SYNC_FORM_PROBLEMS) {
      expect(formProblemText(en, problem), problem).not.toBe(problem);
      expect(formProblemText(fr, problem), problem).not.toBe(formProblemText(en, problem));
    }
    expect(formProblemText(fr, 'database-name')).toContain('_$()+-/');
  });
});
