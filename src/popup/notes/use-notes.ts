// The notes "All notes" shows, a page at a time: the newest 50 that match the words and filters,
// then the next 50 as the reader scrolls. Never every note: at 100,000 notes the popup holds what
// it shows and a little more. Changes made here are applied at once (optimistically); changes made
// elsewhere arrive as 'annotations.changed' and re-read the pages shown.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Annotation } from '../../lib/annotation';
import type { NotesPage } from '../../store/notes-store';
import { isEmptyQuery, type ListCursor, type NoteQuery } from '../../store/search-cache';
import { listNotes, notesStore, onNotesChanged } from '../../ui/notes-gateway';
import { newestFirst } from './rows';

const PAGE = 50;
/** A re-read after a change elsewhere reloads at most this many of the notes already shown. */
const MAX_RELOAD = 1000;

export interface NotesState {
  notes: Annotation[];
  /** Notes matching the words and filters; null when there are none (the list pages the created
   * index, which counts nothing: the tab's count, useNoteCount, is the total then). */
  total: number | null;
  /** True when more notes match than `total` says (it is a floor). */
  totalIsAtLeast: boolean;
  /** True once the first page has arrived. */
  ready: boolean;
  /** True when every matching note is in `notes`. */
  complete: boolean;
  error: string | null;
  /** Asks for the next page (does nothing while one is on its way, or when complete). */
  loadMore: () => void;
  replace: (note: Annotation) => void;
  remove: (id: string) => void;
  insert: (note: Annotation) => void;
}

interface Loaded {
  notes: Annotation[];
  next: ListCursor | null;
  total: number | null;
  totalIsAtLeast: boolean;
  ready: boolean;
}

const EMPTY: Loaded = { notes: [], next: null, total: null, totalIsAtLeast: false, ready: false };

/** The list's first page, asked for as the popup starts (before its first render), taken once;
 * `page` once it has arrived. */
interface EarlyRead {
  promise: Promise<NotesPage>;
  page: NotesPage | null;
}
let early: EarlyRead | null = null;

/** Starts reading the newest notes as the popup starts: it opens on "All notes" and would otherwise
 * ask only after its first paint (when effects run). Resolves (never rejects) once read. */
export function readFirstPageEarly(): Promise<void> {
  if (!early) {
    const entry: EarlyRead = { promise: listNotes({}, null, PAGE), page: null };
    entry.promise.then(
      (page) => {
        entry.page = page;
      },
      () => undefined,
    );
    early = entry;
  }
  return early.promise.then(
    () => undefined,
    () => undefined,
  );
}

/** The early page if it has arrived: the list's first render shows it at once. */
function arrivedFirstPage(): Loaded | null {
  const page = early?.page;
  if (!page) return null;
  early = null;
  return { notes: page.annotations, next: page.next, total: page.total, totalIsAtLeast: page.totalIsAtLeast === true, ready: true };
}

function firstPage(query: NoteQuery, after: ListCursor | null, limit: number): Promise<NotesPage> {
  const started = early?.promise;
  early = null;
  if (started && after === null && limit === PAGE && isEmptyQuery(query)) return started;
  return listNotes(query, after, limit);
}

/** `active`: nothing is read until the list is shown (the "This page" tab reads no list). */
export function useNotes(query: NoteQuery, active: boolean): NotesState {
  const [loaded, setLoaded] = useState<Loaded>(() => (active && isEmptyQuery(query) && arrivedFirstPage()) || EMPTY);
  // Shown from the early read: the first page needs no reading.
  const firstPageShown = useRef(loaded.ready);
  const [error, setError] = useState<string | null>(null);
  // Answers to an older query (the reader typed on) are dropped.
  const generation = useRef(0);
  const loading = useRef(false);
  const key = JSON.stringify(query);
  const current = useRef({ query, loaded });
  current.current = { query, loaded };

  const load = useCallback(async (after: ListCursor | null, limit: number, replace: boolean) => {
    const mine = generation.current;
    loading.current = true;
    try {
      const { query } = current.current;
      const page = await firstPage(query, after, limit);
      if (mine !== generation.current) return;
      setError(null);
      setLoaded((before) => ({
        notes: replace ? page.annotations : [...before.notes, ...page.annotations],
        next: page.next,
        total: after === null ? page.total : before.total,
        totalIsAtLeast: after === null ? page.totalIsAtLeast === true : before.totalIsAtLeast,
        ready: true,
      }));
    } catch (failure) {
      if (mine === generation.current) setError((failure as Error).message);
    } finally {
      if (mine === generation.current) loading.current = false;
    }
  }, []);

  // A new query starts over from its first page.
  useEffect(() => {
    if (!active) return;
    generation.current++;
    if (firstPageShown.current) {
      firstPageShown.current = false;
      return;
    }
    void load(null, PAGE, true);
  }, [key, active]);

  useEffect(() => {
    if (!active) return;
    const unsubscribe = onNotesChanged((event) => {
      if (event.change === 'deleted') {
        const gone = new Set(event.ids);
        setLoaded((list) => ({
          ...list,
          notes: list.notes.filter((note) => !gone.has(note.id)),
          total: list.total === null ? null : Math.max(0, list.total - event.ids.length),
        }));
        return;
      }
      // Everything else may add, move or change notes anywhere in the list: read again what is shown.
      generation.current++;
      const shown = current.current.loaded.notes.length;
      void load(null, Math.min(MAX_RELOAD, Math.max(PAGE, shown)), true);
    });
    return unsubscribe;
  }, [active]);

  const loadMore = useCallback(() => {
    const { loaded } = current.current;
    if (loading.current || !loaded.ready || loaded.next === null) return;
    void load(loaded.next, PAGE, false);
  }, []);

  const replace = useCallback((note: Annotation) => {
    setLoaded((list) => ({ ...list, notes: list.notes.map((n) => (n.id === note.id ? note : n)) }));
  }, []);
  const remove = useCallback((id: string) => {
    setLoaded((list) => {
      const notes = list.notes.filter((n) => n.id !== id);
      const removed = list.notes.length - notes.length;
      return { ...list, notes, total: list.total === null ? null : list.total - removed };
    });
  }, []);
  const insert = useCallback((note: Annotation) => {
    setLoaded((list) => {
      if (list.notes.some((n) => n.id === note.id)) return list;
      return { ...list, notes: [...list.notes, note].sort(newestFirst), total: list.total === null ? null : list.total + 1 };
    });
  }, []);

  return {
    notes: loaded.notes,
    total: loaded.total,
    totalIsAtLeast: loaded.totalIsAtLeast,
    ready: loaded.ready,
    complete: loaded.ready && loaded.next === null,
    error,
    loadMore,
    replace,
    remove,
    insert,
  };
}

/** How many notes there are in all (the tab's count), kept current. Counting walks every key, so it
 * starts only once `start` is true (after the list's first page, which it would otherwise hold up). */
export function useNoteCount(start: boolean): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    if (!start) return;
    const read = () =>
      notesStore()
        .count()
        .then(setCount, () => setCount(null));
    void read();
    return onNotesChanged(() => void read());
  }, [start]);
  return count;
}
