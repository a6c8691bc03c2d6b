// Export and import: a lossless W3C JSON-LD round trip, Markdown and CSV output, Hypothesis
// import, merging by id, and malformed files each rejected with their own message.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { type Annotation, NOTE_COLORS } from '../lib/annotation';
import { exportCsv } from './csv';
import { ImportError, parseImportFile } from './import';
import { exportJsonLd } from './jsonld';
import { exportMarkdown } from './markdown';
import { NotesStore } from './notes-store';
import { makeNote } from './test-notes';

const stores: NotesStore[] = [];
function freshStore(): NotesStore {
  const store = new NotesStore({ name: `io-${crypto.randomUUID()}` });
  stores.push(store);
  return store;
}
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

const isoDate = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 0, 1) }).map((t) => new Date(t).toISOString());
const annotationArb: fc.Arbitrary<Annotation> = fc
  .record({
    id: fc.uuid({ version: 4 }),
    created: isoDate,
    modified: isoDate,
    motivation: fc.constantFrom('highlighting' as const, 'commenting' as const),
    color: fc.constantFrom(...NOTE_COLORS),
    tags: fc.uniqueArray(
      fc.string({ minLength: 1, maxLength: 12 }).filter((t) => t.trim() !== ''),
      { maxLength: 4 },
    ),
    body: fc.string({ maxLength: 200 }),
    source: fc.webUrl({ validSchemes: ['https'] }),
    url: fc.webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true }),
    title: fc.string({ maxLength: 60 }),
    exact: fc.string({ minLength: 1, maxLength: 200 }),
    prefix: fc.string({ maxLength: 32 }),
    suffix: fc.string({ maxLength: 32 }),
    start: fc.nat({ max: 100_000 }),
    anchor: fc.option(
      fc.record({
        status: fc.constantFrom('anchored' as const, 'fuzzy' as const, 'orphan' as const),
        score: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { nil: undefined },
    ),
  })
  .map((r) => {
    const a: Annotation = {
      id: r.id,
      created: r.created,
      modified: r.modified,
      motivation: r.motivation,
      color: r.color,
      tags: r.tags,
      body: r.body,
      target: {
        source: r.source,
        url: r.url,
        title: r.title,
        selector: [
          { type: 'TextQuoteSelector', exact: r.exact, prefix: r.prefix, suffix: r.suffix },
          { type: 'TextPositionSelector', start: r.start, end: r.start + r.exact.length },
        ],
      },
    };
    if (r.anchor) a.anchor = r.anchor;
    return a;
  });

describe('W3C JSON-LD export', () => {
  it('writes an AnnotationCollection of W3C annotations', () => {
    const note = makeNote({ body: 'Checked', tags: ['budget'] });
    const doc = JSON.parse(exportJsonLd([note]));
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc).toMatchObject({ type: 'AnnotationCollection', total: 1, first: { type: 'AnnotationPage' } });
    expect(doc.first.items[0]).toMatchObject({
      id: `urn:uuid:${note.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: 'Checked' },
        { type: 'TextualBody', purpose: 'tagging', value: 'budget' },
      ],
      target: { source: note.target.source, selector: note.target.selector },
    });
  });

  it('round trip: export then import gives back exactly the same notes (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(annotationArb, { selector: (a) => a.id, maxLength: 8 }), async (notes) => {
        const parsed = await parseImportFile(exportJsonLd(notes));
        expect(parsed.annotations).toEqual(notes);
      }),
      { numRuns: 100 },
    );
  });

  it('round trip through the store: nothing lost, nothing doubled on a second import', async () => {
    const store = freshStore();
    const notes = [makeNote({ body: 'Société **générale**', tags: ['a', 'b'], color: 'pink' }), makeNote({ motivation: 'highlighting' })];
    notes[1]!.anchor = { status: 'orphan', score: 0.31 };
    await store.importAnnotations(notes);
    const file = exportJsonLd(await store.all());
    const other = freshStore();
    expect(await other.importFile(file)).toMatchObject({ added: 2, updated: 0, unchanged: 0, format: 'w3c' });
    expect(await other.importFile(file)).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect((await other.all()).sort((a, b) => a.id.localeCompare(b.id))).toEqual([...notes].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('merges an id already present: the later edit wins and tags from both sides are kept', async () => {
    const store = freshStore();
    const mine = makeNote({ body: 'old text', tags: ['mine'] });
    await store.save(mine);
    const theirs = { ...mine, body: 'new text', tags: ['theirs'], modified: '2099-01-01T00:00:00.000Z' };
    expect(await store.importFile(exportJsonLd([theirs]))).toMatchObject({ added: 0, updated: 1 });
    expect(await store.get(mine.id)).toMatchObject({ body: 'new text', tags: ['theirs', 'mine'] });
    expect(await store.count()).toBe(1);
  });
});

describe('Markdown and CSV export', () => {
  const a = makeNote({ source: 'https://a.example/1', title: 'Page [A]', quote: 'first quote', body: 'my *note*', tags: ['x y'] });
  const b = makeNote({ source: 'https://b.example/2', title: 'Page B', quote: 'second\nquote' });
  const c = makeNote({ source: 'https://a.example/1', title: 'Page [A]', quote: '=SUM(A1)', body: 'has "quotes", commas' });

  it('groups notes by page in Markdown', () => {
    const md = exportMarkdown([a, b, c]);
    expect(md.match(/^## /gm)).toHaveLength(2);
    expect(md).toContain('## [Page \\[A\\]](<https://a.example/1>)');
    expect(md).toContain('> second\n> quote');
    expect(md).toContain('#x-y');
    const sectionA = md.slice(md.indexOf('## [Page \\[A'));
    expect(sectionA.indexOf('first quote')).toBeGreaterThan(-1);
  });

  it('writes RFC 4180 CSV and neutralises formulas', () => {
    const csv = exportCsv([a, c]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,created,modified,page_title,page_url,url_seen,quote,note,tags,color,motivation,anchor_status');
    expect(csv).toContain(`"has ""quotes"", commas"`);
    expect(csv).toContain(",'=SUM(A1),");
    expect(lines).toHaveLength(4);
  });
});

describe('Hypothesis import', () => {
  const hypothesisExport = {
    export_date: '2024-03-01T10:00:00.000000+00:00',
    export_userid: 'acct:reader@hypothes.is',
    client_version: '1.1400.0',
    annotations: [
      {
        id: 'Zq3b8JSkEe6wWX9Bqk2b1g',
        created: '2024-02-28T09:15:42.123456+00:00',
        updated: '2024-02-29T11:00:00.654321+00:00',
        user: 'acct:reader@hypothes.is',
        uri: 'https://www.lemonde.fr/article.html?utm_source=twitter#x',
        text: 'Vérifier ce chiffre',
        tags: ['chiffres', ' budget '],
        group: '__world__',
        target: [
          {
            source: 'https://www.lemonde.fr/article.html?utm_source=twitter#x',
            selector: [
              { type: 'RangeSelector', endOffset: 10, startOffset: 0, endContainer: '/p[2]', startContainer: '/p[2]' },
              { type: 'TextPositionSelector', start: 120, end: 150 },
              { type: 'TextQuoteSelector', exact: 'le déficit atteindra 5,5 %', prefix: 'selon Bercy, ', suffix: ' en 2024.' },
            ],
          },
        ],
        document: { title: ['Le déficit public'] },
        links: { html: 'https://hypothes.is/a/Zq3b8JSkEe6wWX9Bqk2b1g' },
      },
      {
        id: 'pagenote1',
        created: '2024-02-28T09:00:00+00:00',
        uri: 'https://example.com/p',
        text: 'page note',
        tags: [],
        target: [{ source: 'https://example.com/p' }],
      },
      {
        id: 'reply1',
        created: '2024-02-28T09:00:00+00:00',
        uri: 'https://example.com/p',
        text: 'a reply',
        references: ['Zq3b8JSkEe6wWX9Bqk2b1g'],
        target: [{ source: 'https://example.com/p' }],
      },
    ],
  };

  it('imports highlights with their quote, note, tags and page, skipping page notes and replies', async () => {
    const store = freshStore();
    const result = await store.importFile(JSON.stringify(hypothesisExport));
    expect(result).toMatchObject({ format: 'hypothesis', added: 1 });
    expect(result.skipped.map((s) => s.where)).toEqual(['annotations[1]', 'annotations[2]']);
    const [note] = await store.all();
    expect(note).toMatchObject({
      motivation: 'commenting',
      body: 'Vérifier ce chiffre',
      tags: ['chiffres', 'budget'],
      created: '2024-02-28T09:15:42.123Z',
      modified: '2024-02-29T11:00:00.654Z',
      target: {
        source: 'https://www.lemonde.fr/article.html',
        url: 'https://www.lemonde.fr/article.html?utm_source=twitter#x',
        title: 'Le déficit public',
        selector: [
          { type: 'TextQuoteSelector', exact: 'le déficit atteindra 5,5 %', prefix: 'selon Bercy, ', suffix: ' en 2024.' },
          { type: 'TextPositionSelector', start: 120, end: 150 },
        ],
      },
    });
    expect((await store.search('deficit')).length).toBe(1);
    // Same file again: same derived id, so it merges instead of doubling.
    expect(await store.importFile(JSON.stringify(hypothesisExport))).toMatchObject({ added: 0, unchanged: 1 });
    expect(await store.count()).toBe(1);
  });
});

describe('malformed import files', () => {
  const good = () => JSON.parse(exportJsonLd([makeNote({ body: 'ok', tags: ['t'] }), makeNote()]));
  const item = (doc: ReturnType<typeof good>, i = 1) => doc.first.items[i];
  const edit = (fn: (doc: ReturnType<typeof good>) => void) => {
    const doc = good();
    fn(doc);
    return JSON.stringify(doc);
  };

  const cases: [name: string, file: string, message: RegExp][] = [
    ['empty file', '   \n', /^The file is empty\.$/],
    ['not JSON', '{"type": "AnnotationCollection", ', /^The file is not valid JSON: /],
    ['a bare list', '[1, 2, 3]', /bare list/],
    ['a JSON number', '42', /^Not an annotation file/],
    ['unknown type', JSON.stringify({ type: 'Bookmark' }), /^type: not a W3C Annotation, AnnotationPage or AnnotationCollection$/],
    [
      'collection without items',
      JSON.stringify({ type: 'AnnotationCollection', first: 'https://x/page1' }),
      /^first: the collection has no embedded "first" page/,
    ],
    ['annotation without id', edit((d) => delete item(d).id), /^first\.items\[1\]\.id: this required field is missing$/],
    ['wrong annotation type', edit((d) => (item(d).type = 'Note')), /^first\.items\[1\]\.type: the "type" must be "Annotation"$/],
    [
      'bad motivation',
      edit((d) => (item(d).motivation = 'bookmarking')),
      /^first\.items\[1\]\.motivation: motivation must be "highlighting" or "commenting"$/,
    ],
    ['bad created date', edit((d) => (item(d).created = 'yesterday')), /^first\.items\[1\]\.created: "created" is not a valid date$/],
    [
      'source not a URL',
      edit((d) => (item(d).target.source = 'not a url')),
      /^first\.items\[1\]\.target\.source: the target's "source" must be an http\(s\) address$/,
    ],
    [
      'no quote selector',
      edit((d) => (item(d).target.selector = [item(d).target.selector[1]])),
      /^first\.items\[1\]\.target\.selector: has no TextQuoteSelector/,
    ],
    [
      'empty quote',
      edit((d) => (item(d).target.selector[0].exact = '')),
      /^first\.items\[1\]\.target\.selector\[0\]\.exact: the quoted text \("exact"\) is empty$/,
    ],
    [
      'negative position',
      edit((d) => (item(d).target.selector[1].start = -4)),
      /^first\.items\[1\]\.target\.selector\[1\]\.start: "start" must not be negative$/,
    ],
    [
      'position ends before start',
      edit((d) => Object.assign(item(d).target.selector[1], { start: 50, end: 10 })),
      /^first\.items\[1\]\.target\.selector\[1\]: the position selector ends before it starts$/,
    ],
    [
      'unknown colour',
      edit((d) => (item(d)['newsmark:color'] = 'chartreuse')),
      /^first\.items\[1\]\.newsmark:color: "newsmark:color" must be one of yellow/,
    ],
    [
      'non-text body',
      edit((d) => (item(d).body = [{ type: 'Image', id: 'https://x/y.png' }])),
      /^first\.items\[1\]\.body: the body must be a TextualBody or a list of them$/,
    ],
    ['empty tag', edit((d) => (item(d, 0).body[1].value = '  ')), /^first\.items\[0\]\.body: a tag is empty\.$/],
    ['duplicate id', edit((d) => (item(d).id = item(d, 0).id)), /^first\.items\[1\]\.id: the same id as first\.items\[0\]/],
    [
      'several targets',
      edit((d) => (item(d).target = [item(d).target, item(d).target])),
      /^first\.items\[1\]\.target: the "target" must be one object/,
    ],
    [
      'Hypothesis rows not a list',
      JSON.stringify({ annotations: { id: 'x' } }),
      /^annotations: must be a list of Hypothesis annotations\.$/,
    ],
    [
      'Hypothesis row without uri',
      JSON.stringify({ annotations: [{ id: 'a', created: '2024-01-01T00:00:00Z', target: [] }] }),
      /^annotations\[0\]\.uri: this required field is missing$/,
    ],
    [
      'Hypothesis uri not a web address',
      JSON.stringify({ annotations: [{ id: 'a', created: '2024-01-01T00:00:00Z', uri: 'urn:x:1', target: [] }] }),
      /^annotations\[0\]\.uri: "uri" must be an http\(s\) address$/,
    ],
    [
      'Hypothesis target not a list',
      JSON.stringify({ rows: [{ id: 'a', created: '2024-01-01T00:00:00Z', uri: 'https://x.example/', target: {} }] }),
      /^rows\[0\]\.target: "target" must be a list$/,
    ],
  ];

  it('has many distinct cases, each with its own message', async () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    const messages = await Promise.all(
      cases.map(([, file]) =>
        parseImportFile(file).then(
          () => 'accepted',
          (e: Error) => e.message,
        ),
      ),
    );
    expect(new Set(messages).size).toBe(cases.length);
  });

  it.each(cases)('rejects %s with a message saying what and where, and leaves the store unchanged', async (_name, file, message) => {
    const store = freshStore();
    const before = [makeNote({ body: 'precious' })];
    await store.importAnnotations(before);
    const error = await store.importFile(file).catch((e) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toMatch(message);
    expect(await store.all()).toEqual(before);
  });
});
