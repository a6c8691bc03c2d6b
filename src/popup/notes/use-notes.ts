// Every note, newest first, kept current. The newest few are read first so the list paints at once;
// the rest follow and the search index is built from them. Changes made here are applied at once
// (optimistically) and changes made elsewhere arrive as 'annotations.changed'.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Annotation } from '../../lib/annotation';
import { notesStore, onNotesChanged } from '../../ui/notes-gateway';
import { newestFirst } from './rows';
import { buildIndex, type SearchIndex } from './search-index';

/** Enough rows to fill the popup twice over. */
const FIRST_BATCH = 40;

export interface NotesState {
  notes: Annotation[];
  index: SearchIndex;
  /** False until every note has been read (the first batch is showing). */
  complete: boolean;
  error: string | null;
  replace: (note: Annotation) => void;
  remove: (id: string) => void;
  insert: (note: Annotation) => void;
}

/** The list with these notes added or replaced, still newest first. */
function upsert(list: Annotation[], notes: Annotation[]): Annotation[] {
  if (notes.length === 0) return list;
  const ids = new Set(notes.map((note) => note.id));
  return [...list.filter((note) => !ids.has(note.id)), ...notes].sort(newestFirst);
}

export function useNotes(): NotesState {
  const [notes, setNotes] = useState<Annotation[]>([]);
  const [complete, setComplete] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    const store = notesStore();
    const loadAll = () =>
      store.all().then(
        (all) => {
          if (cancelled) return;
          setNotes(all);
          setComplete(true);
          // For `npm run bench:popup`: when search covers every note.
          if (performance.getEntriesByName('newsmark:popup-all-notes').length === 0) {
            performance.measure('newsmark:popup-all-notes', { start: 0, end: performance.now() });
          }
        },
        (failure: Error) => !cancelled && setError(failure.message),
      );
    store.recent(FIRST_BATCH).then(
      (recent) => {
        if (cancelled) return;
        setNotes((current) => (current.length > 0 ? current : recent));
        // Let the first batch paint before reading the rest.
        setTimeout(loadAll, 0);
      },
      (failure: Error) => !cancelled && setError(failure.message),
    );
    // Single-note changes are applied in place; imports and resets re-read everything.
    const unsubscribe = onNotesChanged((event) => {
      if (event.change === 'deleted') {
        const gone = new Set(event.ids);
        setNotes((list) => list.filter((note) => !gone.has(note.id)));
      } else if (event.ids.length > 0 && event.ids.length <= 100) {
        void Promise.all(event.ids.map((id) => store.get(id))).then((found) => {
          if (cancelled) return;
          setNotes((list) =>
            upsert(
              list,
              found.filter((note): note is Annotation => note !== undefined),
            ),
          );
        });
      } else {
        void loadAll();
      }
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, []);

  const index = useMemo(() => buildIndex(notes), [notes]);
  const replace = useCallback((note: Annotation) => setNotes((list) => list.map((n) => (n.id === note.id ? note : n))), []);
  const remove = useCallback((id: string) => setNotes((list) => list.filter((n) => n.id !== id)), []);
  const insert = useCallback((note: Annotation) => setNotes((list) => upsert(list, [note])), []);
  return { notes, index, complete, error, replace, remove, insert };
}
