// Opens the page a note was taken on and scrolls to the note. A tab already showing the page is
// reused; otherwise a new tab opens and is asked once its content script is ready.
import browser from 'webextension-polyfill';
import type { Annotation } from '../lib/annotation';
import { sendToTab } from '../lib/messages';

const READY_TRIES = 40;
const READY_WAIT_MS = 250;

async function revealWhenReady(tabId: number, id: string): Promise<void> {
  for (let i = 0; i < READY_TRIES; i++) {
    try {
      await sendToTab(tabId, 'page.reveal', { kind: 'note', id });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, READY_WAIT_MS));
    }
  }
}

export async function openNote(note: Annotation): Promise<void> {
  const tabs = await browser.tabs.query({});
  const open = tabs.find((tab) => tab.url === note.target.url || tab.url === note.target.source);
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    await revealWhenReady(open.id, note.id);
    return;
  }
  const created = await browser.tabs.create({ url: note.target.url });
  if (created.id !== undefined) await revealWhenReady(created.id, note.id);
}
