// Markdown export for note apps: one section per page (newest page first), each note as its quote
// followed by the reader's text, tags and date.
import type { Annotation } from '../lib/annotation';

/** Characters that would turn page text into Markdown syntax inside a link label. */
const escapeLabel = (s: string) => s.replace(/([\\[\]*_`<>])/g, '\\$1');
const quoteBlock = (s: string) =>
  s
    .trim()
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n');

export function exportMarkdown(annotations: readonly Annotation[], now = new Date()): string {
  const pages = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const list = pages.get(a.target.source);
    if (list) list.push(a);
    else pages.set(a.target.source, [a]);
  }
  const out: string[] = [
    '# Newsmark notes',
    '',
    `_Exported ${now.toISOString().slice(0, 10)}: ${annotations.length} notes on ${pages.size} pages._`,
  ];
  const latest = (list: Annotation[]) =>
    list
      .map((a) => a.created)
      .sort()
      .at(-1) ?? '';
  const ordered = [...pages.values()].sort((a, b) => (latest(a) < latest(b) ? 1 : -1));
  for (const notes of ordered) {
    const { source, title } = notes[0]!.target;
    out.push('', `## [${escapeLabel(title || source)}](<${source}>)`);
    notes.sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
    for (const note of notes) {
      out.push('', quoteBlock(note.target.selector[0].exact));
      if (note.body.trim()) out.push('', note.body.trim());
      const meta = [note.created.slice(0, 10), ...note.tags.map((t) => `#${t.replace(/\s+/g, '-')}`)];
      if (note.anchor?.status === 'orphan') meta.push('(not found on the page at the last visit)');
      out.push('', `<small>${meta.join(' · ')}</small>`);
    }
  }
  return `${out.join('\n')}\n`;
}
