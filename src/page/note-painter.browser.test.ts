// The note painter's boxes in a real browser: one box per line of the text a range covers (its
// text nodes only, so an element wholly inside the range does not draw its line twice), in the
// coordinates of the layer the boxes are drawn in, and kept in place when the layout moves.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotePainter, textBoxes } from './note-painter';
import { UI_CSS } from './ui/ui-css';

const STYLE = 'font: 20px/30px monospace; margin: 0; width: 300px';

function mount(html: string): HTMLElement {
  const root = document.createElement('article');
  root.innerHTML = html;
  document.body.style.margin = '0';
  document.body.append(root);
  return root;
}

function rangeOver(root: Element, from: string, to: string): Range {
  const range = document.createRange();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data;
    if (text.includes(from) && range.collapsed && range.startContainer === document) range.setStart(node, text.indexOf(from));
    if (text.includes(to)) range.setEnd(node, text.indexOf(to) + to.length);
  }
  return range;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('textBoxes', () => {
  it('gives one box per line, however many elements the range covers', () => {
    const root = mount(`<p style="${STYLE}">one <b>two <i>three</i></b> four five six seven eight nine</p>`);
    const range = rangeOver(root, 'one', 'nine');
    const lines = new Set([...range.getClientRects()].map((r) => r.top)).size;
    expect(lines).toBeGreaterThan(1);
    const boxes = textBoxes(range, { left: 0, top: 0 });
    expect(boxes.length).toBe(lines);
    expect(new Set(boxes.map((b) => b.height)).size).toBe(1);
  });

  it('places boxes relative to the origin given', () => {
    const root = mount(`<p style="${STYLE}; margin-top: 50px">word</p>`);
    const range = rangeOver(root, 'word', 'word');
    const [box] = textBoxes(range, { left: 0, top: 20 });
    expect(box!.top).toBe(range.getBoundingClientRect().top - 20);
    expect(box!.width).toBeCloseTo(range.getBoundingClientRect().width, 1);
  });
});

describe('NotePainter', () => {
  it('draws a note over its text and follows the text when the layout moves', async () => {
    const root = mount(`<p style="${STYLE}; width: 600px">the reader's own highlight</p>`);
    // The layer as the UI host lays it out (its styles, in a shadow root of its own).
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = UI_CSS;
    const layer = document.createElement('div');
    layer.className = 'marks';
    shadow.append(style, layer);
    document.body.append(host);
    const painter = new NotePainter(
      layer,
      () => new Promise((resolve) => setTimeout(resolve, 0)),
      () => root,
    );
    const range = rangeOver(root, 'own', 'highlight');
    await painter.setNotes(new Map([['n1', { range, color: 'green' }]]));
    const box = () => (layer.firstElementChild as HTMLElement).getBoundingClientRect();
    expect(painter.describe()).toEqual([{ key: 'n1', kind: 'note', color: 'green', text: 'own highlight', boxes: 1 }]);
    expect(box().top).toBeCloseTo(range.getBoundingClientRect().top, 0);
    // Text above pushes the paragraph down: the box follows (the body's size changed).
    const above = document.createElement('div');
    above.style.height = '120px';
    document.body.prepend(above);
    await expect.poll(() => Math.round(box().top)).toBe(Math.round(range.getBoundingClientRect().top));
    expect(box().left).toBeCloseTo(range.getBoundingClientRect().left, 0);
    painter.destroy();
    expect(layer.childElementCount).toBe(0);
  });

  it('reads the boxes of many notes in slices, giving the page a turn between them', async () => {
    const words = Array.from({ length: 120 }, (_, i) => `word${i}`);
    const root = mount(`<p style="${STYLE}">${words.join(' ')}</p>`);
    const layer = document.createElement('div');
    document.body.append(layer);
    // A clock that moves only when a box is read (1 ms each): the cost a slice must be cut by.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const read = Range.prototype.getClientRects;
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
      clock += 1;
      return read.call(this);
    });
    let turns = 0;
    const painter = new NotePainter(
      layer,
      async () => {
        turns++;
      },
      () => root,
    );
    const notes = new Map(words.map((w) => [w, { range: rangeOver(root, w, w), color: 'yellow' as const }]));
    await painter.setNotes(notes);
    expect(painter.describe().filter((d) => d.boxes === 1)).toHaveLength(words.length);
    // Each slice reads for at most half a slice's time (5 ms here: 5 notes), then yields.
    expect(turns).toBeGreaterThanOrEqual(words.length / 6);
    painter.destroy();
  });
});
