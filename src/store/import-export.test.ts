// Export and import: a lossless W3C JSON-LD round trip, Markdown and CSV output, Hypothesis
// import, merging by id, and malformed files each rejected with their own message.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { type Annotation, NOTE_COLORS } from '../lib/annotation';
import { exportCsv } from './csv';
import { ImportError, parseImportFile } from './import';
import { importText } from './import-job';
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
      fc.string({ minLength: 1, maxLength: 12 }).filter((t) => t.trim() !== '' && t === t.trim()),
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
    documentStart: fc.option(fc.nat({ max: 1_000_000 }), { nil: undefined }),
    language: fc.option(fc.constantFrom('fr', 'en', 'en-GB', 'pt-BR'), { nil: undefined }),
    creator: fc.option(fc.constantFrom('Camille', 'A. N. Other'), { nil: undefined }),
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
    if (r.documentStart !== undefined) a.target.documentPosition = { start: r.documentStart, end: r.documentStart + r.exact.length };
    if (r.language) a.target.language = r.language;
    if (r.creator) a.creator = r.creator;
    if (r.anchor) a.anchor = r.anchor;
    return a;
  });

describe('W3C JSON-LD export', () => {
  it('writes an AnnotationCollection of W3C annotations that other tools can anchor', () => {
    const plain = makeNote({ body: 'Checked', tags: ['budget'] });
    const note: Annotation = { ...plain, target: { ...plain.target, documentPosition: { start: 5120, end: 5140 }, language: 'fr' } };
    const doc = JSON.parse(exportJsonLd([note]));
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc).toMatchObject({ type: 'AnnotationCollection', total: 1, first: { type: 'AnnotationPage' } });
    expect(doc.generator).toMatchObject({ type: 'Software', name: 'Newsmark' });
    expect(doc.first.items[0]).toMatchObject({
      id: `urn:uuid:${note.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      creator: { type: 'Software', name: 'Newsmark' },
      generator: { type: 'Software', name: 'Newsmark' },
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: 'Checked' },
        { type: 'TextualBody', purpose: 'tagging', value: 'budget' },
      ],
      target: {
        source: note.target.source,
        language: 'fr',
        // The position other tools count: the page's whole text (Hypothesis: document.body.textContent).
        selector: [note.target.selector![0], { type: 'TextPositionSelector', start: 5120, end: 5140 }],
      },
      // Newsmark's own offsets, in its article text, under its own term.
      'newsmark:textPosition': { start: note.target.selector![1].start, end: note.target.selector![1].end },
    });
  });

  it("names a shared note's author as its creator, and reads it back", async () => {
    const note: Annotation = { ...makeNote(), creator: 'Camille' };
    const doc = JSON.parse(exportJsonLd([note]));
    expect(doc.first.items[0].creator).toEqual({ type: 'Person', name: 'Camille' });
    expect(doc.first.items[0].generator).toMatchObject({ type: 'Software', name: 'Newsmark' });
    expect((await parseImportFile(JSON.stringify(doc))).annotations).toEqual([note]);
    // Software (Newsmark, for the reader's own notes) or a blank name names no author.
    doc.first.items[0].creator = { type: 'Person', name: '  ' };
    expect((await parseImportFile(JSON.stringify(doc))).annotations[0]).not.toHaveProperty('creator');
  });

  it('writes no TextPositionSelector for a note whose page offsets were never recorded', () => {
    const doc = JSON.parse(exportJsonLd([makeNote()]));
    expect(doc.first.items[0].target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector']);
  });

  it('reads the article offsets of a file written before newsmark:textPosition from its TextPositionSelector', async () => {
    const note = makeNote();
    const doc = JSON.parse(exportJsonLd([note]));
    const item = doc.first.items[0];
    item.target.selector.push({ type: 'TextPositionSelector', ...item['newsmark:textPosition'] });
    delete item['newsmark:textPosition'];
    delete item.creator;
    delete item.generator;
    const [back] = (await parseImportFile(JSON.stringify(doc))).annotations;
    expect(back).toEqual(note);
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
    expect(await importText(other, file)).toMatchObject({ added: 2, updated: 0, unchanged: 0, format: 'w3c' });
    expect(await importText(other, file)).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect((await other.all()).sort((a, b) => a.id.localeCompare(b.id))).toEqual([...notes].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('merges an id already present: the later edit wins and tags from both sides are kept', async () => {
    const store = freshStore();
    const mine = makeNote({ body: 'old text', tags: ['mine'] });
    await store.save(mine);
    const theirs = { ...mine, body: 'new text', tags: ['theirs'], modified: '2099-01-01T00:00:00.000Z' };
    expect(await importText(store, exportJsonLd([theirs]))).toMatchObject({ added: 0, updated: 1 });
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

  it('writes nothing from the page, the notes or the tags that a Markdown viewer would run as HTML', () => {
    const hostile = makeNote({
      source: 'https://evil.example/a',
      title: '<script>alert(1)</script> [x](javascript:alert(2))',
      quote: '<img src=x onerror=alert(3)>\n# Not a heading\n| a | b |',
      body: 'My **note** <iframe src=//x></iframe> [click](javascript:alert(4)) & more',
      tags: ['<b onmouseover=alert(5)>', 'a&b'],
    });
    const md = exportMarkdown([hostile]);
    // No tag of any kind opens from the file's contents: every < is an entity, except in our own
    // <small> and the link target <https://…> (a checked address).
    expect(md.replace(/<\/?small>/g, '').replace('(<https://evil.example/a>)', '')).not.toMatch(/<[a-z!/]/i);
    expect(md).toContain('&lt;img src=x onerror=alert(3)&gt;');
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('&lt;iframe');
    expect(md).toContain('#&lt;b-onmouseover=alert(5)&gt;');
    // Page text is literal: no link, no heading, no table forms from it.
    expect(md).toContain('\\[x\\](javascript:alert(2))');
    expect(md).toContain('> \\# Not a heading');
    expect(md).toContain('\\| a \\| b \\|');
    // The reader's Markdown stays Markdown, but a script link is no longer a link.
    expect(md).toContain('My **note**');
    expect(md).toContain('[click]\\(javascript:alert(4))');
    expect(md).toContain('&amp; more');
  });

  it('writes RFC 4180 CSV and neutralises formulas', () => {
    const csv = exportCsv([a, c]);
    const lines = csv.split('\r\n');
    // A UTF-8 byte order mark first, or spreadsheet programs garble accents.
    expect(csv.startsWith('\uFEFFid,')).toBe(true);
    expect(lines[0]).toBe('\uFEFFid,created,modified,page_title,page_url,url_seen,quote,note,tags,color,motivation,anchor_status');
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

  it('imports highlights with their quote, note, tags and page, and page notes as page notes; skips replies', async () => {
    const store = freshStore();
    const result = await importText(store, JSON.stringify(hypothesisExport));
    expect(result).toMatchObject({ format: 'hypothesis', added: 2 });
    // Nothing is left out silently: each kind of entry skipped, how many, where, and why.
    expect(result).toMatchObject({ entries: 3, notes: 2 });
    expect(result.skipped).toEqual([{ kind: 'reply', count: 1, where: ['annotations[2]'], reason: expect.stringMatching(/reply/) }]);
    const notes = await store.all();
    const pageNote = notes.find((n) => n.body === 'page note')!;
    expect(pageNote.target).toEqual({ source: 'https://example.com/p', url: 'https://example.com/p', title: '' });
    expect(pageNote.motivation).toBe('commenting');
    // Round trip through our own file: still a page note, nothing lost.
    const again = freshStore();
    await importText(again, exportJsonLd([pageNote]));
    expect(await again.get(pageNote.id)).toEqual(pageNote);
    const note = notes.find((n) => n.body === 'Vérifier ce chiffre');
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
        // Hypothesis counts offsets in the page's whole text: kept as such for the export.
        documentPosition: { start: 120, end: 150 },
      },
    });
    expect((await store.list({ text: 'deficit' })).annotations.length).toBe(1);
    // Same file again: same derived id, so it merges instead of doubling.
    expect(await importText(store, JSON.stringify(hypothesisExport))).toMatchObject({ added: 0, unchanged: 2 });
    expect(await store.count()).toBe(2);
  });
});

describe('malformed import files', () => {
  const withPosition = (note: Annotation): Annotation => ({
    ...note,
    target: { ...note.target, documentPosition: { start: 900, end: 920 } },
  });
  const good = () => JSON.parse(exportJsonLd([makeNote({ body: 'ok', tags: ['t'] }), makeNote()].map(withPosition)));
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
      /^first\.items\[1\]\.motivation: motivation must be "highlighting", "commenting" or "assessing"$/,
    ],
    ['bad created date', edit((d) => (item(d).created = 'yesterday')), /^first\.items\[1\]\.created: "created" is not a date and time/],
    [
      'source not a URL',
      edit((d) => (item(d).target.source = 'not a url')),
      /^first\.items\[1\]\.target\.source: the target's "source" must be an http\(s\) address$/,
    ],
    [
      'no quote selector',
      edit((d) => (item(d).target.selector = [item(d).target.selector![1]])),
      /^first\.items\[1\]\.target\.selector: has no TextQuoteSelector/,
    ],
    [
      'empty quote',
      edit((d) => (item(d).target.selector![0].exact = '')),
      /^first\.items\[1\]\.target\.selector\[0\]\.exact: the quoted text \("exact"\) is empty$/,
    ],
    [
      'negative position',
      edit((d) => (item(d).target.selector![1].start = -4)),
      /^first\.items\[1\]\.target\.selector\[1\]\.start: "start" must not be negative$/,
    ],
    [
      'position ends before start',
      edit((d) => Object.assign(item(d).target.selector![1], { start: 50, end: 10 })),
      /^first\.items\[1\]\.target\.selector\[1\]: the position selector ends before it starts$/,
    ],
    [
      'unknown colour',
      edit((d) => (item(d)['newsmark:color'] = 'chartreuse')),
      /^first\.items\[1\]\.newsmark:color: the colour must be one of yellow/,
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
    // The one note schema's limits, reported where they are in the file.
    [
      'a tag over 200 characters',
      edit((d) => (item(d, 0).body[1].value = 't'.repeat(201))),
      /^first\.items\[0\]\.body: a tag is longer than 200 characters$/,
    ],
    [
      'more than 100 tags',
      edit((d) =>
        item(d, 0).body.push(...Array.from({ length: 101 }, (_, i) => ({ type: 'TextualBody', purpose: 'tagging', value: `t${i}` }))),
      ),
      /^first\.items\[0\]\.body: more than 100 tags$/,
    ],
    [
      'a day that does not exist',
      edit((d) => (item(d, 0).created = '2024-02-30T10:00:00Z')),
      /^first\.items\[0\]\.created: "created" is not a date/,
    ],
    [
      'a date that is a bare number',
      JSON.stringify({ annotations: [{ id: 'a', created: '2024-01-01T00:00:00Z', updated: '1', uri: 'https://x.example/', target: [] }] }),
      /^annotations\[0\]\.updated: "updated" is not a date/,
    ],
    [
      'a date past the year 9999',
      edit((d) => (item(d).modified = '+010000-01-01T00:00:00.000Z')),
      /^first\.items\[1\]\.modified: "modified" is not a date/,
    ],
    [
      'an offset that carries the date past 9999',
      edit((d) => (item(d, 0).modified = '9999-12-31T23:00:00-05:00')),
      /^first\.items\[0\]\.modified: "modified" is not a date/,
    ],
    [
      'a page title over 2,000 characters',
      edit((d) => (item(d)['newsmark:pageTitle'] = 'T'.repeat(2001))),
      /^first\.items\[1\]\.newsmark:pageTitle: the page title is longer than 2,000 characters$/,
    ],
    [
      'a quote over 100,000 characters',
      edit((d) => (item(d).target.selector![0].exact = 'q'.repeat(100_001))),
      /^first\.items\[1\]\.target\.selector\[0\]\.exact: the quoted text \("exact"\) is longer than 100,000 characters$/,
    ],
    [
      'a prefix over 256 characters',
      edit((d) => (item(d).target.selector![0].prefix = 'p'.repeat(257))),
      /^first\.items\[1\]\.target\.selector\[0\]\.prefix: "prefix" is longer than 256 characters$/,
    ],
    [
      'a suffix over 256 characters',
      edit((d) => (item(d, 0).target.selector![0].suffix = 's'.repeat(257))),
      /^first\.items\[0\]\.target\.selector\[0\]\.suffix: "suffix" is longer than 256 characters$/,
    ],
    [
      'a note over 1,000,000 characters',
      edit((d) => (item(d, 0).body[0].value = 'n'.repeat(1_000_001))),
      /^first\.items\[0\]\.body: the note is longer than 1,000,000 characters$/,
    ],
    [
      "an author's name over 200 characters",
      edit((d) => (item(d).creator = { type: 'Person', name: 'n'.repeat(201) })),
      /^first\.items\[1\]\.creator\.name: the author is longer than 200 characters$/,
    ],
    [
      'a page address over 8,192 characters',
      edit((d) => (item(d).target.source = `https://x.example/${'a'.repeat(8200)}`)),
      /^first\.items\[1\]\.target\.source: the page address is longer than 8,192 characters$/,
    ],
    [
      'an address seen over 8,192 characters',
      edit((d) => (item(d).target.scope = `https://x.example/?q=${'a'.repeat(8200)}`)),
      /^first\.items\[1\]\.target\.scope: the address seen is longer than 8,192 characters$/,
    ],
    [
      'a Hypothesis tag over 200 characters',
      JSON.stringify({
        annotations: [
          {
            id: 'a',
            created: '2024-01-01T00:00:00Z',
            uri: 'https://x.example/',
            tags: ['x'.repeat(201)],
            target: [{ selector: [{ type: 'TextQuoteSelector', exact: 'q' }] }],
          },
        ],
      }),
      /^annotations\[0\]\.tags: a tag is longer than 200 characters$/,
    ],
    [
      'more entries than one import can take',
      JSON.stringify({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: new Array(200_001).fill(null) } }),
      /^first\.items: 200,001 entries, more than the 200,000 one import can take: split the file and import the parts\.$/,
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
    const repeated = messages.filter((m, i) => messages.indexOf(m) !== i);
    expect(repeated).toEqual([]);
    expect(new Set(messages).size).toBe(cases.length);
  });

  it.each(cases)('rejects %s with a message saying what and where, and leaves the store unchanged', async (_name, file, message) => {
    const store = freshStore();
    const before = [makeNote({ body: 'precious' })];
    await store.importAnnotations(before);
    const error = await importText(store, file).catch((e) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toMatch(message);
    expect(await store.all()).toEqual(before);
  });
});
