// Test helper: builds valid notes with sensible defaults (used by the store's tests and benches).
import type { Annotation } from '../lib/annotation';

let counter = 0;

export function makeNote(overrides: Partial<Annotation> & { quote?: string; source?: string; title?: string } = {}): Annotation {
  counter++;
  const { quote = `quoted passage number ${counter}`, source = 'https://news.example/story', title = 'A story', ...rest } = overrides;
  const created = new Date(Date.UTC(2024, 0, 1) + counter * 60_000).toISOString();
  return {
    id: crypto.randomUUID(),
    created,
    modified: created,
    motivation: 'commenting',
    color: 'yellow',
    tags: [],
    body: '',
    target: {
      source,
      url: `${source}?utm_source=test`,
      title,
      selector: [
        { type: 'TextQuoteSelector', exact: quote, prefix: 'before ', suffix: ' after' },
        { type: 'TextPositionSelector', start: counter * 10, end: counter * 10 + quote.length },
      ],
    },
    ...rest,
  };
}
