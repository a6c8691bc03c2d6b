// The article finder on saved pages (DESIGN.md contract 5):
//   npm run --silent article -- LIST.json
// LIST.json: [{"file": "page.html", "url": "https://…"}], files relative to the list's folder.
// Prints one JSON line per page: {"file", "found", "lang", "text"} (plus "news": whether
// officials and claims would be drawn there), text being what the engine is given.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readPages } from './article-runner';

const listFile = process.argv[2];
if (!listFile) {
  console.error('Usage: npm run --silent article -- LIST.json');
  process.exit(2);
}
const folder = path.dirname(path.resolve(listFile));
const raw: unknown = JSON.parse(readFileSync(listFile, 'utf8'));
if (!Array.isArray(raw) || !raw.every((e) => typeof e?.file === 'string' && typeof e?.url === 'string')) {
  console.error('LIST.json must be an array of {"file", "url"} strings');
  process.exit(2);
}
const list = (raw as { file: string; url: string }[]).map((entry) => ({ file: entry.file, url: entry.url }));
const given = new Map(list.map((entry) => [path.resolve(folder, entry.file), entry.file]));

await readPages(
  list.map((entry) => ({ file: path.resolve(folder, entry.file), url: entry.url })),
  (entry, reading, error) => {
    if (error) console.error(`${entry.file}: ${error}`);
    const { found, lang, text, news } = reading;
    process.stdout.write(`${JSON.stringify({ file: given.get(entry.file) ?? entry.file, found, lang, text, news })}\n`);
  },
);
