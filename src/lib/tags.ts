// Tags as the reader types them: comma separated, an optional leading "#", blanks and repeats dropped.
import { NOTE_LIMITS } from './annotation';

export function parseTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((tag) => tag.trim().replace(/^#/, '').trim())
    .filter((tag) => tag.length > 0)
    .map((tag) => tag.slice(0, NOTE_LIMITS.tagLength).trim());
  return [...new Set(tags)].slice(0, NOTE_LIMITS.tags);
}
