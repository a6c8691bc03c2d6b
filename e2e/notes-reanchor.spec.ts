// Notes survive page edits: after a sentence is inserted before one note, a word changed inside
// another and the paragraph of a third removed, the first two are drawn on the right text
// (as the content script reports its drawing), the third is an orphan, and nothing is drawn elsewhere.
import { readFileSync } from 'node:fs';
import { expect, pageNamed, test } from './fixtures';
import { noteTexts } from './page-helpers';

const NAME = 'lemonde-1';
const INSERT_BEFORE = 'Le contrôle de cette surveillance sera confié à une nouvelle autorité administrative indépendante';
const CHANGE_WORD = 'Pour repérer ces personnes, la loi permettra d’étendre la surveillance électronique à toutes les personnes en contact';
const CHANGED = CHANGE_WORD.replace('étendre', 'élargir');
const REMOVE = 'Parmi les députés ayan voté contre figurent notamment des opposants de la première heure';

function selectorsFor(text: string, quote: string) {
  const start = text.indexOf(quote);
  return [
    {
      type: 'TextQuoteSelector',
      exact: quote,
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(start + quote.length, start + quote.length + 32),
    },
    // The article text in the page differs a little from Readability's: the quote search finds it.
    { type: 'TextPositionSelector', start, end: start + quote.length },
  ];
}

test('notes re-anchor after the page is edited; the removed one is an orphan', async ({
  context,
  openArticle,
  openPopup,
  serviceWorker,
}) => {
  const { url, file } = pageNamed(NAME);
  const text = readFileSync(file.replace(/\.html$/, '.txt'), 'utf8');
  const article = await openArticle(NAME);
  await expect.poll(() => article.evaluate(() => performance.getEntriesByName('newsmark:ready').length)).toBeGreaterThan(0);

  // The page tells us the canonical key it files notes under.
  const source = await serviceWorker.evaluate(async (pageUrl) => {
    for (const tab of await chrome.tabs.query({})) {
      const reply = await chrome.tabs.sendMessage(tab.id!, { type: 'page.getAnalysis', payload: {} }).catch(() => null);
      if (reply?.ok && reply.value.url.startsWith(pageUrl.split('?')[0])) return reply.value.source as string;
    }
    throw new Error('no tab answered page.getAnalysis');
  }, url);

  const popup = await openPopup();
  const ids = await popup.evaluate(
    async ({ source, url, notes }) => {
      const saved: string[] = [];
      for (const selector of notes) {
        const now = new Date().toISOString();
        const annotation = {
          id: crypto.randomUUID(),
          created: now,
          modified: now,
          motivation: 'highlighting',
          color: 'yellow',
          tags: [],
          body: '',
          target: { source, url, title: 'Loi renseignement', selector },
        };
        const reply = await chrome.runtime.sendMessage({ type: 'annotation.save', payload: { annotation } });
        if (!reply.ok) throw new Error(reply.error);
        saved.push(annotation.id);
      }
      return saved;
    },
    { source, url, notes: [selectorsFor(text, INSERT_BEFORE), selectorsFor(text, CHANGE_WORD), selectorsFor(text, REMOVE)] },
  );

  await article.reload();
  await expect.poll(() => noteTexts(serviceWorker, article).then((t) => t.sort())).toEqual([INSERT_BEFORE, CHANGE_WORD, REMOVE].sort());

  // The publisher edits the article.
  const html = readFileSync(file, 'utf8');
  const edited = html
    .replace(`<p>${INSERT_BEFORE}`, `<p>Une phrase toute nouvelle a été ajoutée en tête de ce paragraphe. ${INSERT_BEFORE}`)
    .replace(CHANGE_WORD, CHANGED)
    .replace(/<p>Parmi les députés ayan voté contre[^\n]*<\/p>/, '');
  expect(edited).not.toContain(REMOVE);
  await article.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: edited }));
  await article.reload();
  await expect.poll(() => article.evaluate(() => performance.getEntriesByName('newsmark:anchored').length)).toBeGreaterThan(0);

  await expect.poll(() => noteTexts(serviceWorker, article).then((t) => t.sort())).toEqual([INSERT_BEFORE, CHANGED].sort());
  const statuses = async () =>
    popup.evaluate(async (noteIds) => {
      const out: (string | undefined)[] = [];
      for (const id of noteIds) {
        const reply = await chrome.runtime.sendMessage({ type: 'annotation.get', payload: { id } });
        out.push(reply.value.annotation?.anchor?.status);
      }
      return out;
    }, ids);
  await expect.poll(statuses).toEqual(['anchored', 'fuzzy', 'orphan']);
  void context;
});
