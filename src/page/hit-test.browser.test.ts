// Hit-testing in a real browser: the caret under the pointer gives a text offset, the targets the
// span there, and the span's own line boxes confirm the pointer is on its text.
import { afterEach, describe, expect, it } from 'vitest';
import { boxAt, hitTest } from './hit-test';
import { TargetIndex } from './targets';
import { TextModel } from './text-model';

const STYLE = 'font: 20px/30px monospace; margin: 0 0 30px; width: 600px';

function mount(html: string): HTMLElement {
  const root = document.createElement('article');
  root.innerHTML = html;
  document.body.style.margin = '0';
  document.body.append(root);
  return root;
}

function centre(range: Range): { x: number; y: number } {
  const rect = range.getClientRects()[0]!;
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('hitTest', () => {
  const html = `<p style="${STYLE}">The minister <b>Antony Blinken</b> said so.</p><p style="${STYLE}">Another line.</p>`;

  function setUp() {
    const model = TextModel.build(mount(html));
    const name = model.text.indexOf('Antony Blinken');
    const claim = { kind: 'claim' as const, start: 0, end: model.text.indexOf(' said') + ' said so.'.length, ref: 0 };
    const person = { kind: 'person' as const, start: name, end: name + 'Antony Blinken'.length, ref: 0 };
    return { model, targets: new TargetIndex([claim, person]), person, claim };
  }

  it('finds the name under the pointer, before the claim around it', () => {
    const { model, targets, person } = setUp();
    const { x, y } = centre(model.rangeFor(person.start + 2, person.start + 4)!);
    const hit = hitTest(model, targets, x, y);
    expect(hit?.target).toBe(person);
    expect(hit?.range.toString()).toBe('Antony Blinken');
  });

  it('finds the claim where no name is', () => {
    const { model, targets, claim } = setUp();
    const { x, y } = centre(model.rangeFor(1, 2)!);
    expect(hitTest(model, targets, x, y)?.target).toBe(claim);
  });

  it('finds nothing in the margin beside a line, nor over text without a target', () => {
    const { model, targets } = setUp();
    const line = centre(model.rangeFor(1, 2)!);
    expect(hitTest(model, targets, 590, line.y)).toBeNull();
    const other = model.text.indexOf('Another');
    const { x, y } = centre(model.rangeFor(other, other + 3)!);
    expect(hitTest(model, targets, x, y)).toBeNull();
  });

  it('finds nothing outside the article', () => {
    const { model, targets } = setUp();
    const outside = document.createElement('p');
    outside.textContent = 'Antony Blinken';
    outside.setAttribute('style', STYLE);
    document.body.append(outside);
    const range = document.createRange();
    range.selectNodeContents(outside);
    const { x, y } = centre(range);
    expect(hitTest(model, targets, x, y)).toBeNull();
  });
});

describe('boxAt', () => {
  it('returns the line box under the point of a range over two lines', () => {
    const root = mount(`<p style="${STYLE}; width: 200px">one two three four five six seven</p>`);
    const model = TextModel.build(root);
    const range = model.rangeFor(0, model.text.length)!;
    const rects = [...range.getClientRects()];
    expect(rects.length).toBeGreaterThan(1);
    const second = rects[1]!;
    expect(boxAt(range, second.left + 2, second.top + 5)?.top).toBe(second.top);
    expect(boxAt(range, second.left + 2, rects.at(-1)!.bottom + 20)).toBeNull();
  });
});
