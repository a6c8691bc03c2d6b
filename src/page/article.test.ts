// @vitest-environment jsdom
// The article finder on small pages of each class it must handle: stories whose container is named
// like furniture, paragraphs that are not <p>, furniture inside the story (related links, bylines,
// credits, the title of a dropped box), short pages, and what the page is (news or not, language).
import { describe, expect, it } from 'vitest';
import { findArticle, findArticleSliced, hasMainText, isProbablyArticle } from './article';
import { readArticle } from './reading';

const SENTENCES = [
  'The council voted on Tuesday to extend the programme, which had been due to end in the spring, by another two years.',
  'Officials said the money would come from a fund set aside last year, and that no new taxes would be needed to pay for it.',
  'Residents who spoke at the meeting were divided, with some praising the plan and others warning that it came too late.',
  'The next vote, on the details of the budget, is expected in June, after a period of consultation with local businesses.',
];

function page(body: string, options: { lang?: string; url?: string; head?: string } = {}): Document {
  const doc = document.implementation.createHTMLDocument('test');
  doc.documentElement.lang = options.lang ?? '';
  doc.head.innerHTML = options.head ?? '';
  doc.body.innerHTML = body;
  if (options.url) Object.defineProperty(doc, 'URL', { value: options.url });
  return doc;
}

const paragraphs = (tag = 'p', attrs = '') => SENTENCES.map((s) => `<${tag}${attrs}>${s} ${s}</${tag}>`).join('\n');
const teasers = `<ul>${['One', 'Two', 'Three', 'Four'].map((t) => `<li><a href="/${t}">${t} story about something else entirely</a></li>`).join('')}</ul>`;

describe('findArticle', () => {
  it('finds a story whose container is named like furniture (article.paywall, sticky-sidebar-parent, share-zone)', () => {
    for (const name of ['article class="paywall"', 'div class="sticky-sidebar-parent"', 'div class="share-zone"']) {
      const tag = name.split(' ')[0];
      const doc = page(`<div class="sidebar">${teasers}</div><${name}><h2>Council extends programme</h2>${paragraphs()}</${tag}>`);
      const text = readArticle(doc).text;
      expect(text, name).toContain(SENTENCES[0]);
      expect(text, name).toContain(SENTENCES[3]);
    }
  });

  it('reads paragraphs that are not <p> (div.zn-body__paragraph, text in a <td>, lines split by <br>)', () => {
    const divs = page(`<nav>${teasers}</nav><div class="zn-body">${paragraphs('div', ' class="zn-body__paragraph"')}</div>`);
    expect(readArticle(divs).text.split('\n\n')).toEqual(SENTENCES.map((s) => `${s} ${s}`));
    const cells = page(`<table><tr><td>${teasers}</td><td>${SENTENCES.join('<br><br>')}</td></tr></table>`);
    expect(readArticle(cells).text).toContain(SENTENCES[2]);
  });

  it('prefers the story to a longer list of links', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<p><a href="/${i}">${SENTENCES[i % 4]}</a></p>`).join('');
    const doc = page(`<div class="list">${links}</div><div class="story">${paragraphs()}</div>`);
    expect(findArticle(doc)?.root.className).toBe('story');
  });

  it('widens to a lead paragraph kept in a sibling column of the story', () => {
    const doc = page(`<div class="article"><div class="lead"><p>${SENTENCES[1]}</p></div><div class="body">${paragraphs()}</div></div>`);
    expect(findArticle(doc)?.root.className).toBe('article');
  });

  it('takes in every section of a story cut into deeply nested blocks (page builders)', () => {
    const nest = (inner: string, depth: number): string =>
      depth === 0 ? inner : `<div class="wrap-${depth}">${nest(inner, depth - 1)}</div>`;
    const sections = SENTENCES.map((s, i) => `<section class="block-${i}">${nest(`<p>${s} ${s}</p><p>${s}</p>`, 6)}</section>`).join('');
    const doc = page(`<nav>${teasers}</nav><div class="story">${sections}</div><div class="sidebar">${teasers}</div>`);
    const text = readArticle(doc).text;
    for (const sentence of SENTENCES) expect(text).toContain(`${sentence} ${sentence}`);
    expect(text).not.toContain('story about something else');
  });

  it('takes in the lead kept in a box of its own before the body, not the teasers beside it', () => {
    const lead = 'Residents will keep the programme for two more years, the council decided on Tuesday.';
    const doc = page(
      `<div class="page"><header><h1>Council extends programme</h1><div class="article-lead"><p>${lead}</p></div></header>` +
        `<div class="layout"><div class="col"><div class="body">${paragraphs()}</div></div></div></div><div class="teaser">${teasers}</div>`,
    );
    const text = readArticle(doc).text;
    expect(text).toContain(lead);
    expect(text).toContain(SENTENCES[3]);
    expect(text).not.toContain('story about something else');
    // Inside the story, a lead named like a teaser is the story's too.
    const inside = page(
      `<article><div class="teaser-text"><p>${lead}</p></div>${paragraphs()}<div class="teaser">${teasers}</div></article>`,
    );
    expect(readArticle(inside).text).toContain(lead);
    expect(readArticle(inside).text).not.toContain('story about something else');
  });

  it('reads a live ticker whose items are named like comments', () => {
    const items = SENTENCES.map(
      (s, i) => `<div class="live-comment slider-item"><span>${90 - i}'</span><div class="live-comment-body">${s}</div></div>`,
    );
    const doc = page(`<nav>${teasers}</nav><div class="live-comments">${items.join('')}</div>`);
    const text = readArticle(doc).text;
    for (const sentence of SENTENCES) expect(text).toContain(sentence);
  });

  it('reads a page wrapped whole in a form, and leaves other forms out', () => {
    const signup =
      '<form class="box"><p>Sign up to receive our morning briefing every day, it is free of charge and quick.</p><input></form>';
    const doc = page(`<form id="page"><h1>Council extends programme</h1><div class="content">${paragraphs()}</div></form>`);
    expect(readArticle(doc).text).toContain(SENTENCES[0]);
    const withSignup = page(`<main><h1>Council extends programme</h1>${paragraphs()}${signup}</main>`);
    expect(readArticle(withSignup).text).toContain(SENTENCES[0]);
    expect(readArticle(withSignup).text).not.toContain('Sign up');
  });

  it('finds the same article in slices as in one call', async () => {
    const doc = page(`<nav>${teasers}</nav><div class="story">${paragraphs()}</div>${paragraphs('div', ' class="other"')}`);
    let pauses = 0;
    const sliced = await findArticleSliced(doc, { due: () => true, next: async () => void pauses++ });
    expect(sliced?.root).toBe(findArticle(doc)?.root);
    expect(sliced?.sample).toBe(findArticle(doc)?.sample);
    expect(pauses).toBeGreaterThan(1);
  });

  it('says a short page has main text but is not an article', () => {
    const doc = page(`<div class="post"><p>${SENTENCES[0]}</p></div>`);
    const guess = findArticle(doc);
    expect(hasMainText(guess)).toBe(true);
    expect(isProbablyArticle(guess)).toBe(false);
    expect(hasMainText(findArticle(page('<div><p>Menu</p><p>Log in</p></div>')))).toBe(false);
  });
});

describe('furniture inside the story', () => {
  it('leaves out bylines, credits, captions, related links and the title of a dropped box', () => {
    const doc = page(`<article><h1>Council extends programme</h1>
      <p class="byline">By Jane Reporter</p>
      <figure><img src="x.jpg"><figcaption>The council chamber on Tuesday. Photo: Rich Pedroncelli</figcaption></figure>
      ${paragraphs()}
      <p>Foto: Ingo Schneider</p>
      <h3>Related stories</h3>
      <div class="related-links">${teasers}</div>
      <div class="audio-module"><p>Listen: the council debate in full</p></div>
      <h2>More from the city</h2>
      ${teasers}
      </article>`);
    const text = readArticle(doc).text;
    expect(text.split('\n\n')).toEqual(['Council extends programme', ...SENTENCES.map((s) => `${s} ${s}`)]);
  });

  it('keeps a line that announces a link of the story', () => {
    const doc = page(
      `<article>${paragraphs()}<p>The full report is here:</p><ul><li><a href="/report.pdf">Report on the programme (PDF)</a></li></ul></article>`,
    );
    expect(readArticle(doc).text).toContain('The full report is here:');
  });
});

describe('what the page is', () => {
  it('reads a news story as news in its language', () => {
    const reading = readArticle(page(`<article>${paragraphs()}</article>`, { lang: 'en' }));
    expect(reading).toMatchObject({ found: true, lang: 'en', supported: true, news: true });
  });

  it('tells documentation, forums and Q&A pages from news', () => {
    const code = `<pre><code>${'npm install widgetry --save-dev\n'.repeat(12)}</code></pre>`;
    expect(readArticle(page(`<main>${paragraphs()}${code}</main>`)).news).toBe(false);
    const qa = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage"}</script>';
    expect(readArticle(page(`<main>${paragraphs()}</main>`, { head: qa })).news).toBe(false);
    expect(readArticle(page(`<main>${paragraphs()}</main>`, { url: 'https://example.test/forum/thread-42' })).news).toBe(false);
    const news = '<script type="application/ld+json">{"@type":["NewsArticle"],"headline":"x"}</script>';
    expect(readArticle(page(`<main>${paragraphs()}</main>`, { head: news, url: 'https://example.test/help/story' })).news).toBe(true);
  });
});
