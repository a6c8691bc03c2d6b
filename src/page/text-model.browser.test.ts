// The text model in a real browser: article text ⇄ page positions. The model's string is the page's
// text with white space collapsed, soft hyphens dropped and blocks joined by "\n\n"; every span of
// it must map to a Range over exactly that text, and every page position back to its offset.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, TextModel } from './text-model';

function mount(html: string): HTMLElement {
  const root = document.createElement('article');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

/** A range's text as the model reads it: white space collapsed, soft hyphens dropped, blocks apart. */
function squash(text: string): string {
  return text
    .replace(/[\u00AD\u200B]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('TextModel.build', () => {
  it('joins blocks with a blank line and collapses white space inside them', () => {
    const root = mount('<h1>  Title\n of it </h1><p>First   <em>para</em>graph.</p>\n<p>Sec\u00ADond.</p>');
    const model = TextModel.build(root);
    expect(model.text).toBe(['Title of it', 'First paragraph.', 'Second.'].join(BLOCK_SEPARATOR));
    expect(model.blocks.map((b) => model.text.slice(b.start, b.end))).toEqual(['Title of it', 'First paragraph.', 'Second.']);
  });

  it('leaves out hidden, editable and furniture parts, and blocks that are mostly links', () => {
    const root = mount(
      '<p>Kept.</p><p hidden>Hidden.</p><p style="display:none">None.</p><div contenteditable="true">Edit.</div>' +
        '<nav>Menu</nav><p><a href="#">A list</a> <a href="#">of links</a></p><p>Also kept.</p>',
    );
    expect(TextModel.build(root).text).toBe(`Kept.${BLOCK_SEPARATOR}Also kept.`);
  });

  it('judges hidden text by computed style only when not quick', () => {
    const root = mount('<style>.gone { visibility: hidden }</style><p>Shown.</p><p class="gone">Styled away.</p>');
    expect(TextModel.build(root).text).toBe('Shown.');
    expect(TextModel.build(root, { quick: true }).text).toBe(`Shown.${BLOCK_SEPARATOR}Styled away.`);
  });

  it('stops after the block that reaches maxChars', () => {
    const root = mount('<p>One two three.</p><p>Four five.</p><p>Six.</p>');
    expect(TextModel.build(root, { maxChars: 12 }).text).toBe('One two three.');
  });

  it('reads the same text in slices as in one go', async () => {
    const root = mount(Array.from({ length: 400 }, (_, i) => `<p>Paragraph <b>${i}</b> of   the story.</p>`).join(''));
    const sliced = await TextModel.buildSliced(root, () => new Promise((resolve) => setTimeout(resolve, 0)), new AbortController().signal, {
      sliceMs: 0.01,
    });
    expect(sliced.text).toBe(TextModel.build(root).text);
  });
});

describe('offsets to page positions and back', () => {
  it('maps a span across inline elements to a Range over the same text', () => {
    const root = mount('<p>The <a href="#x">Secretary of <b>State</b></a>, Antony   Blinken, said.</p>');
    const model = TextModel.build(root);
    const start = model.text.indexOf('State');
    const end = model.text.indexOf(' said');
    const range = model.rangeFor(start, end)!;
    expect(squash(range.toString())).toBe('State, Antony Blinken,');
    expect(model.offsetOf(range.startContainer, range.startOffset)).toBe(start);
    expect(model.offsetOf(range.endContainer, range.endOffset)).toBe(end);
  });

  it('maps collapsed white space and soft hyphens inside one text node', () => {
    const root = mount('<p>a  \n  bb\u00ADcc   d</p>');
    const model = TextModel.build(root);
    expect(model.text).toBe('a bbcc d');
    const range = model.rangeFor(2, 6)!;
    expect(range.toString()).toBe('bb\u00ADcc');
    const text = root.querySelector('p')!.firstChild!;
    // The first character at or after a page position.
    expect(model.offsetOf(text, 1)).toBe(1);
    expect(model.offsetOf(text, 6)).toBe(2);
    expect(model.offsetOf(text, 9)).toBe(4);
  });

  it('moves a span that starts or ends between blocks onto the text', () => {
    const root = mount('<p>First.</p><p>Second.</p>');
    const model = TextModel.build(root);
    const gap = model.text.indexOf(BLOCK_SEPARATOR);
    expect(model.rangeFor(gap, gap + BLOCK_SEPARATOR.length + 3)!.toString()).toBe('Sec');
    expect(model.rangeFor(0, gap + 1)!.toString()).toBe('First.');
    expect(model.rangeFor(gap, gap + 1)).toBeNull();
  });

  it('gives element positions the offset of the next article text, and null outside the article', () => {
    // Sentences: a short line without a full stop just before furniture is read as that box's title.
    const root = mount('<p>One.</p><aside>Not article</aside><p>Two.</p>');
    const outside = document.createElement('p');
    outside.textContent = 'Elsewhere';
    document.body.append(outside);
    const model = TextModel.build(root);
    expect(model.offsetOf(root, 1)).toBe(model.text.indexOf('Two'));
    expect(model.offsetOf(root.querySelector('aside')!.firstChild!, 2)).toBe(model.text.indexOf('Two'));
    expect(model.offsetOf(outside.firstChild!, 0)).toBeNull();
    expect(model.contains(outside.firstChild!)).toBe(false);
    expect(model.contains(root.querySelector('p')!.firstChild!)).toBe(true);
  });

  it('round-trips any span of any article (property)', () => {
    // No links here: a block that is all links is left out whole, so a span across one would cover
    // its text in the page (tested apart above).
    const word = fc.stringMatching(/^[a-zé]{1,6}$/);
    const space = fc.constantFrom(' ', '  ', '\n ', '\u00AD', ' \t');
    const inline = fc.tuple(fc.constantFrom('', 'b', 'em', 'span'), fc.array(fc.tuple(word, space), { minLength: 1, maxLength: 4 }));
    const paragraph = fc.array(inline, { minLength: 1, maxLength: 4 });
    const article = fc.array(paragraph, { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(article, fc.nat(), fc.nat(), (paragraphs, a, b) => {
        document.body.replaceChildren();
        const html = paragraphs
          .map(
            (inlines) =>
              `<p>${inlines
                .map(([tag, words]) => {
                  const text = words.map(([w, s]) => w + s).join('');
                  return tag ? `<${tag}>${text}</${tag}>` : text;
                })
                .join('')}</p>`,
          )
          .join('');
        const model = TextModel.build(mount(html));
        if (model.text.length === 0) return;
        const start = a % model.text.length;
        const end = start + 1 + (b % (model.text.length - start));
        const range = model.rangeFor(start, end);
        // Compared without white space: the page has none between blocks, the model a blank line.
        const strip = (text: string) => text.replace(/[\s\u00AD\u200B]/g, '');
        const expected = strip(model.text.slice(start, end));
        if (!range) {
          // Only a span of white space between words or blocks holds no page text.
          expect(expected).toBe('');
          return;
        }
        expect(strip(range.toString())).toBe(expected);
        // Back: the range's ends give the span, give or take white space the model collapsed.
        const from = model.offsetOf(range.startContainer, range.startOffset)!;
        const to = model.offsetOf(range.endContainer, range.endOffset)!;
        expect(strip(model.text.slice(from, to))).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});
