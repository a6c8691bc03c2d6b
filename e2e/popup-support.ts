// Helpers for the popup and options specs: notes built the way the page saves them, written
// through the real service worker, and the English strings the French UI must not show.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface NoteSeed {
  body: string;
  exact: string;
  source: string;
  title: string;
  tags?: string[];
  color?: 'yellow' | 'green' | 'blue' | 'pink' | 'purple';
  created?: string;
}

let counter = 0;
export function makeNote(seed: NoteSeed) {
  counter++;
  const created = seed.created ?? new Date(Date.now() - counter * 60_000).toISOString();
  return {
    id: `6f1c2a9e-3b7d-4e8f-9a0b-${String(counter).padStart(12, '0')}`,
    created,
    modified: created,
    motivation: seed.body ? 'commenting' : 'highlighting',
    color: seed.color ?? 'yellow',
    tags: seed.tags ?? [],
    body: seed.body,
    target: {
      source: seed.source,
      url: seed.source,
      title: seed.title,
      selector: [
        { type: 'TextQuoteSelector', exact: seed.exact, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: seed.exact.length },
      ],
    },
  };
}

/** Saves notes through the service worker, as the page does. */
export async function saveNotes(extensionPage: Page, notes: ReturnType<typeof makeNote>[]): Promise<void> {
  const replies = await extensionPage.evaluate(
    (all) => Promise.all(all.map((annotation) => chrome.runtime.sendMessage({ type: 'annotation.save', payload: { annotation } }))),
    notes,
  );
  for (const reply of replies) if (!reply?.ok) throw new Error(`save failed: ${JSON.stringify(reply)}`);
}

/** Every English UI string of the popup and options pages (the keys they own). */
export function englishStrings(): Map<string, string> {
  const messages = JSON.parse(readFileSync(path.join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
  const fr = JSON.parse(readFileSync(path.join(ROOT, 'public/_locales/fr/messages.json'), 'utf8')) as Record<string, { message: string }>;
  const strings = new Map<string, string>();
  for (const [key, { message }] of Object.entries(messages)) {
    if (!/^(popup|options|common|loading)/.test(key)) continue;
    // Strings the two languages share (a brand, "Note", "Date") prove nothing either way.
    if (fr[key]?.message === message) continue;
    strings.set(key, message);
  }
  return strings;
}

/** The English strings that appear in the page's visible text or its accessible labels. */
export async function englishLeftIn(page: Page): Promise<string[]> {
  const english = englishStrings();
  const texts = await page.evaluate(() => {
    // biome-ignore lint/performance/useDomNodeTextContent: only the text a reader sees counts.
    const out: string[] = [document.body.innerText, document.title];
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = element.getAttribute(name);
        if (value) out.push(value);
      }
    }
    return out.join('\n');
  });
  const found: string[] = [];
  for (const [key, message] of english) {
    // Compare the fixed words around placeholders ($1), so "Highlight on $1" is caught with any site.
    const pieces = message
      .split(/\$\d/)
      .map((piece) => piece.trim())
      .filter((piece) => piece.length >= 4);
    if (pieces.some((piece) => texts.includes(piece))) found.push(`${key}: ${message}`);
  }
  return found;
}
