// The page-text offsets exported for other annotation tools: counted over document.body.textContent,
// hidden text, scripts and nested markup included, whatever nodes the range starts and ends in.
import { afterEach, describe, expect, it } from 'vitest';
import { documentPositionOf } from './document-position';

const added: Element[] = [];
afterEach(() => {
  for (const element of added.splice(0)) element.remove();
});

function mount(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  added.push(root);
  return root;
}

describe('documentPositionOf', () => {
  it('counts offsets in body.textContent, with scripts, hidden text and markup before the passage', () => {
    const root = mount(
      '<header><script>var menu = "x";</script><nav hidden>Menu  caché</nav></header>' +
        '<article><p>Selon   Bercy, <em>le déficit</em> atteindra 5,5 % en 2024.</p></article>',
    );
    const em = root.querySelector('em')!;
    const range = document.createRange();
    // From inside "Selon   Bercy, " to the middle of " atteindra…": three text nodes.
    range.setStart(em.previousSibling!, 'Selon   '.length);
    range.setEnd(em.nextSibling!, ' atteindra'.length);
    const position = documentPositionOf(range)!;
    expect(document.body.textContent!.slice(position.start, position.end)).toBe('Bercy, le déficit atteindra');
    expect(position.end - position.start).toBe(range.toString().length);
  });

  it('reads a range set on elements rather than text nodes', () => {
    const root = mount('<p>Un</p><p>Deux</p><p>Trois</p>');
    const range = document.createRange();
    range.setStart(root, 1);
    range.setEnd(root, 2);
    const position = documentPositionOf(range)!;
    expect(document.body.textContent!.slice(position.start, position.end)).toBe('Deux');
  });

  it('has no position for a range outside the body', () => {
    const range = document.createRange();
    range.selectNodeContents(document.head);
    expect(documentPositionOf(range)).toBeUndefined();
  });
});
