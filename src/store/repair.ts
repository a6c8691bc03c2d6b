// Brings a note stored before every path shared one schema (imports let more through than saving
// did) within the schema's limits, so it can be edited, and deleted then put back. The reader's
// words are kept: tags that no longer fit go into the note's text. Used by the v3 migration.
import { type Annotation, checkNote, NOTE_COLORS, NOTE_LIMITS, strictIsoTime } from '../lib/annotation';

const FIRST_TIME = Date.parse('0000-01-01T00:00:00.000Z');
const LAST_TIME = Date.parse('9999-12-31T23:59:59.999Z');

/** A time the schema accepts: the stored one if strict, else the same instant clamped to years 0-9999. */
function fixTime(value: unknown, fallback: string): string {
  if (typeof value !== 'string') return fallback;
  if (strictIsoTime(value) === value) return value;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return fallback;
  const clamped = new Date(Math.min(LAST_TIME, Math.max(FIRST_TIME, time))).toISOString();
  return strictIsoTime(clamped) ?? fallback;
}

/** The note itself when it already fits (the same object), else a copy that does. */
export function repairNote(note: Annotation): Annotation {
  if (checkNote(note).ok) return note;
  const cleaned: string[] = [];
  const leftOver: string[] = [];
  for (const raw of Array.isArray(note.tags) ? note.tags : []) {
    const tag = String(raw).trim();
    if (!tag || cleaned.includes(tag)) continue;
    if (tag.length > NOTE_LIMITS.tagLength || cleaned.length >= NOTE_LIMITS.tags) leftOver.push(tag);
    else cleaned.push(tag);
  }
  let body = typeof note.body === 'string' ? note.body : '';
  if (leftOver.length > 0) {
    const kept = `Tags that did not fit: ${leftOver.join(', ')}`;
    body = body ? `${body}\n\n${kept}` : kept;
  }
  const now = new Date().toISOString();
  const created = fixTime(note.created, fixTime(note.modified, now));
  const modified = fixTime(note.modified, created);
  // Notes written before page notes existed all have a selector; a page note has none to repair.
  if (!note.target.selector) return note;
  const [quote, position] = note.target.selector;
  const start = Math.max(0, Math.floor(Number(position?.start) || 0));
  const end = Math.max(start, Math.floor(Number(position?.end) || 0));
  const repaired: Annotation = {
    ...note,
    created,
    modified,
    motivation: note.motivation === 'highlighting' || note.motivation === 'commenting' ? note.motivation : 'highlighting',
    color: NOTE_COLORS.includes(note.color) ? note.color : 'yellow',
    tags: cleaned,
    body: body.slice(0, NOTE_LIMITS.body),
    target: {
      ...note.target,
      title: String(note.target.title ?? '').slice(0, NOTE_LIMITS.title),
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: quote.exact,
          // The context nearest the quote is what anchoring weighs; the rest only slowed it.
          prefix: String(quote.prefix ?? '').slice(-NOTE_LIMITS.context),
          suffix: String(quote.suffix ?? '').slice(0, NOTE_LIMITS.context),
        },
        { type: 'TextPositionSelector', start, end },
      ],
    },
  };
  if (note.anchor) {
    repaired.anchor = {
      status: note.anchor.status,
      score: Math.min(1, Math.max(0, Number.isFinite(note.anchor.score) ? note.anchor.score : 0)),
    };
  }
  return repaired;
}
