// The first look's promise: what it draws is a subset of what the whole-article pass draws (same
// highlight, same text), so no highlight shows and then vanishes or changes kind. Claims are
// sentence-local, so the first look draws claims only; a name is not: the rest of the article can
// give a person a role ("François Bayrou" becomes an official three paragraphs later) or make a
// short name ambiguous ("Trump", then "Ivanka Trump"), so names wait for the whole article. The
// check of that promise is counted for tests (the diagnostics of the popup message), never shown
// to the reader.
const nodeIds = new WeakMap<Node, number>();
let nextNodeId = 0;

function idOf(node: Node): number {
  let id = nodeIds.get(node);
  if (id === undefined) {
    id = nextNodeId++;
    nodeIds.set(node, id);
  }
  return id;
}

/** The drawn ranges by key: the highlight's name and the range's boundary points. */
export function drawnKeys(drawn: Readonly<Record<string, readonly Range[]>>): Map<string, Range> {
  const keys = new Map<string, Range>();
  for (const [name, ranges] of Object.entries(drawn)) {
    for (const r of ranges) keys.set(`${name} ${idOf(r.startContainer)}:${r.startOffset} ${idOf(r.endContainer)}:${r.endOffset}`, r);
  }
  return keys;
}

/** The first look's ranges (with their highlight's name) that the final drawing does not have. */
export function missingFrom(first: ReadonlyMap<string, Range>, final: ReadonlyMap<string, Range>): { name: string; range: Range }[] {
  const missing: { name: string; range: Range }[] = [];
  for (const [key, range] of first) if (!final.has(key)) missing.push({ name: key.slice(0, key.indexOf(' ')), range });
  return missing;
}
