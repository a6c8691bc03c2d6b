// Who "I" am for sync (the user name set in the options), so a teammate's notes can be told apart
// and kept read-only. Asked once per popup, after its first paint; null when sync is off.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../lib/messages';
import { afterFirstPaint } from '../first-paint';

let asked: Promise<string | null> | null = null;

export function syncUser(): Promise<string | null> {
  asked ??= afterFirstPaint()
    .then(() => send('sync.status', {}))
    .then(
      (view) => view.username ?? null,
      () => null,
    );
  return asked;
}

export function useSyncUser(): string | null {
  const [me, setMe] = useState<string | null>(null);
  useEffect(() => {
    void syncUser().then(setMe);
  }, []);
  return me;
}

/** A note written by someone else in a team database: shown, not editable here. */
export function isTeammateNote(note: { creator?: string }, me: string | null): boolean {
  return Boolean(note.creator && me && note.creator !== me);
}
