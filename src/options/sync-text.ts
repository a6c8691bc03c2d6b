// The Sync section's sentences in the reader's language: why a sync failed, what a test of the
// connection found, why the settings cannot work. Codes come from the background and sync-settings;
// the words from _locales (a `translate` is passed in, so this is tested against the real files).
import type { SyncFormProblem } from '../lib/sync-settings';

export type Translate = (key: string, substitutions?: string | string[]) => string;

/** The localised text of `key`, or null when the locale has none (t() then returns the key). */
function known(translate: Translate, key: string, substitutions?: string | string[]): string | null {
  const text = translate(key, substitutions);
  return text && text !== key ? text : null;
}

const asKey = (code: string) => code.replaceAll('-', '_');

/** A sync's failure, by its kind; the server's own words when the kind has no sentence. */
export function syncErrorText(translate: Translate, error: { kind?: string; message: string }): string {
  return (error.kind && known(translate, `syncError_${asKey(error.kind)}`)) || error.message;
}

/** Settings that cannot work, said before anything is sent. */
export function formProblemText(translate: Translate, problem: SyncFormProblem): string {
  return known(translate, `syncForm_${asKey(problem)}`) ?? problem;
}

/**
 * What "Test connection" found. Not a sync's status: nothing is retried after a test, so a failure
 * says what to check rather than "Newsmark will try again".
 */
export function testResultText(translate: Translate, result: { ok: boolean; message: string; kind?: string }, database: string): string {
  if (result.ok) return translate('syncTestOk', database);
  return (result.kind && known(translate, `syncTest_${asKey(result.kind)}`)) || syncErrorText(translate, result);
}
