// Notes edited on two devices (sync): both versions are kept; the reader keeps one, or merges the
// texts by hand. Shown above "All notes" only while there are such notes.
import { useEffect, useState } from 'preact/hooks';
import { type Annotation, quoteOf } from '../../lib/annotation';
import { t } from '../../lib/i18n';
import { send } from '../../lib/messages';
import type { ConflictedNote } from '../../store/sync-store';
import { onNotesChanged } from '../../ui/notes-gateway';
import { afterFirstPaint } from '../first-paint';

export function ConflictList() {
  const [conflicts, setConflicts] = useState<ConflictedNote[]>([]);
  const [merging, setMerging] = useState<{ id: string; text: string } | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    const load = () =>
      send('sync.conflicts', {}).then(
        (answer) => setConflicts(answer.conflicts),
        () => setConflicts([]),
      );
    let current = true;
    void afterFirstPaint().then(() => {
      if (current) void load();
    });
    const unsubscribe = onNotesChanged(() => void load());
    return () => {
      current = false;
      unsubscribe();
    };
  }, []);

  async function keep(note: Annotation) {
    try {
      await send('sync.resolve', { annotation: { ...note, modified: new Date().toISOString() } });
      setMerging(null);
      setConflicts((list) => list.filter((c) => c.id !== note.id));
    } catch (failure) {
      setError((failure as Error).message);
    }
  }

  if (conflicts.length === 0) return null;
  return (
    <section class="conflicts" aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">{t('popupConflict')}</h2>
      <p class="muted">{t('popupConflictHelp')}</p>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      {conflicts.map((conflict) => {
        const shown = conflict.versions[0]!.note;
        // A page note has no passage: it is named by its page.
        const quote = quoteOf(shown) || `${t('popupWholePage')}: ${shown.target.title}`;
        return (
          <article class="conflict" key={conflict.id} aria-label={quote.slice(0, 80)}>
            <blockquote class="note-quote">{quote}</blockquote>
            {conflict.versions.map((version) => (
              <div class="conflict-version" key={version.rev}>
                <span class="badge">{version.winner ? t('popupVersionShown') : t('popupVersionOther')}</span>
                <p class="note-body">{version.note.body || t('popupNoNoteText')}</p>
                <button type="button" class="btn" onClick={() => void keep(version.note)}>
                  {version.winner ? t('popupKeepThis') : t('popupKeepOther')}
                </button>
              </div>
            ))}
            {merging?.id === conflict.id ? (
              <div class="conflict-merge">
                <label for={`merge-${conflict.id}`}>{t('popupMerge')}</label>
                <textarea
                  id={`merge-${conflict.id}`}
                  value={merging.text}
                  onInput={(e) => setMerging({ id: conflict.id, text: e.currentTarget.value })}
                />
                <button type="button" class="btn" onClick={() => void keep({ ...shown, body: merging.text })}>
                  {t('popupMergeSave')}
                </button>
              </div>
            ) : (
              <button
                type="button"
                class="btn"
                onClick={() =>
                  setMerging({
                    id: conflict.id,
                    text: conflict.versions
                      .map((v) => v.note.body)
                      .filter(Boolean)
                      .join('\n\n'),
                  })
                }
              >
                {t('popupMerge')}
              </button>
            )}
          </article>
        );
      })}
    </section>
  );
}
