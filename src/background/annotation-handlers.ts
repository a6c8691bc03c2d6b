// Handlers for the reader's notes. (Foundation version: the notes issue replaces it with src/store.)
import type { Annotation } from '../lib/annotation';
import type { Handlers } from './router';
import { openDB } from 'idb';

const dbPromise = openDB('newsmark', 1, {
  upgrade(db) {
    const store = db.createObjectStore('annotations', { keyPath: 'id' });
    store.createIndex('bySource', 'target.source');
  },
});

export const annotationHandlers: Pick<Handlers, 'annotation.save' | 'annotation.forPage'> = {
  async 'annotation.save'({ annotation }) {
    await (await dbPromise).put('annotations', annotation);
    return { annotation: annotation as Annotation };
  },
  async 'annotation.forPage'({ source }) {
    const annotations = (await (await dbPromise).getAllFromIndex('annotations', 'bySource', source)) as Annotation[];
    return { annotations };
  },
};
