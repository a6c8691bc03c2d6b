// Importing from the options page: a Hypothesis export says what it imported and what it left out,
// and why; a large file shows its progress; a file with a problem imports nothing and says where.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJsonLd } from '../src/store/jsonld';
import { makeNote } from '../src/store/test-notes';
import { expect, test } from './fixtures';

function tempFile(name: string, text: string): string {
  const file = path.join(os.tmpdir(), `${crypto.randomUUID()}-${name}`);
  writeFileSync(file, text);
  return file;
}

const highlight = (id: string, exact: string) => ({
  id,
  created: '2024-02-28T09:15:42.123456+00:00',
  uri: 'https://www.lemonde.fr/article.html',
  text: '',
  tags: [],
  target: [{ source: 'https://www.lemonde.fr/article.html', selector: [{ type: 'TextQuoteSelector', exact }] }],
});

test('a Hypothesis export: the notes it brings, and what it leaves out and why', async ({ openOptions, pageErrors }) => {
  const options = await openOptions();
  const file = tempFile(
    'hypothesis.json',
    JSON.stringify({
      annotations: [
        highlight('h1', 'le déficit atteindra 5,5 %'),
        highlight('h2', 'selon Bercy'),
        { ...highlight('page', ''), text: 'A note on the whole page', target: [{ source: 'https://www.lemonde.fr/article.html' }] },
        { ...highlight('reply', ''), text: 'I agree', references: ['h1'], target: [{ source: 'https://www.lemonde.fr/article.html' }] },
      ],
    }),
  );
  await options.getByLabel('Import a file…').setInputFiles(file);
  // The page note comes in as a page note; only the reply is left out.
  await expect(options.getByRole('status')).toHaveText(
    'Imported: 3 new, 0 updated, 0 already here. Left out 1 of the file’s 4 entries: ' +
      '1 reply to another annotation, as Newsmark keeps no discussions (annotations[3]).',
  );
  await expect(options.getByText('3 notes are kept on this device.')).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('a large file shows its progress, then a true count', async ({ openOptions }) => {
  const options = await openOptions();
  const notes = Array.from({ length: 6000 }, (_, i) => makeNote({ quote: `passage ${i}` }));
  await options.getByLabel('Import a file…').setInputFiles(tempFile('notes.jsonld', exportJsonLd(notes)));
  const bar = options.getByRole('progressbar', { name: 'Import progress' });
  await expect(bar).toBeVisible();
  await expect(options.getByText(/^(Reading the file|Checking the file|Saving)/)).toBeVisible();
  await expect(options.getByRole('status')).toHaveText('Imported: 6,000 new, 0 updated, 0 already here.', { timeout: 60_000 });
  await expect(bar).toBeHidden();
  await expect(options.getByText('6,000 notes are kept on this device.')).toBeVisible();
});

test('a file past a limit imports nothing, and says where the problem is', async ({ openOptions }) => {
  const options = await openOptions();
  const doc = JSON.parse(exportJsonLd([makeNote(), makeNote()]));
  doc.first.items[1].created = '2024-02-30T10:00:00Z';
  await options.getByLabel('Import a file…').setInputFiles(tempFile('bad.jsonld', JSON.stringify(doc)));
  await expect(options.getByRole('status')).toHaveText(
    'Nothing was imported: first.items[1].created: "created" is not a date and time such as 2024-02-29T10:00:00Z',
  );
  await expect(options.getByText('0 notes are kept on this device.')).toBeVisible();
});
