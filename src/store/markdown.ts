// Markdown export for note apps: one section per page (newest page first), each note as its quote
// followed by the reader's text, tags and date. Nothing in the file becomes HTML when it is opened:
// page text (titles, quotes) and tags are written as literal text (HTML characters as entities,
// Markdown syntax escaped); the reader's own note keeps its Markdown, with HTML and script links
// neutralised (an imported note is text from elsewhere).
import type { Annotation } from '../lib/annotation';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const html = (s: string) => s.replace(/[&<>]/g, (c) => ENTITIES[c]!);

/** Page text as literal Markdown text: no HTML, no emphasis, links, code, tables or headings. */
export function literalText(s: string): string {
  return html(s)
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/^(\s*)([#+=-]|\d+[.)])/gm, (_m, space: string, mark: string) => `${space}${mark.replace(/([#+=-]|[.)])$/, '\\$1')}`);
}

/** The reader's Markdown, kept, but with raw HTML shown as text and javascript:/data:/vbscript:
 * link targets turned into text. */
export function safeMarkdown(s: string): string {
  return html(s).replace(/\]\(\s*(?=(javascript|data|vbscript):)/gi, ']\\(');
}

const quoteBlock = (s: string) =>
  literalText(s.trim())
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
    // The address is a checked http(s) URL, whose serialisation percent-encodes < > and spaces.
    out.push('', `## [${literalText(title || source)}](<${source}>)`);
    notes.sort((a, b) => (a.target.selector?.[1].start ?? -1) - (b.target.selector?.[1].start ?? -1));
    for (const note of notes) {
      if (note.target.selector) out.push('', quoteBlock(note.target.selector[0].exact));
      else out.push('', '*On the whole page*');
      if (note.body.trim()) out.push('', safeMarkdown(note.body.trim()));
      const meta = [note.created.slice(0, 10), ...note.tags.map((t) => `#${literalText(t.replace(/\s+/g, '-'))}`)];
      if (note.anchor?.status === 'orphan') meta.push('(not found on the page at the last visit)');
      out.push('', `<small>${meta.join(' · ')}</small>`);
    }
  }
  return `${out.join('\n')}\n`;
}
