// How an imported note combines with one already stored under the same id: the later edit wins,
// and no tag is lost from either side (tags past the schema's limit go into the note's text, as
// repair.ts does). Importing the same file twice changes nothing.
import type { Annotation } from '../lib/annotation';
import { repairNote } from './repair';

export function mergeAnnotations(stored: Annotation, incoming: Annotation): { annotation: Annotation; changed: boolean } {
  const newer = incoming.modified > stored.modified ? incoming : stored;
  const older = newer === incoming ? stored : incoming;
  const tags = [...newer.tags, ...older.tags.filter((t) => !newer.tags.includes(t))];
  const merged: Annotation = { ...newer, tags, created: [older.created, newer.created].sort()[0]! };
  if (!newer.anchor && older.anchor) merged.anchor = older.anchor;
  const annotation = repairNote(merged);
  return { annotation, changed: JSON.stringify(annotation) !== JSON.stringify(stored) };
}
