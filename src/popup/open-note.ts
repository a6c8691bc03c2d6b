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

const ASK_TIMEOUT_MS = 400;

/**
 * The tab showing the note's page. Without the "tabs" permission tab URLs are hidden, so each
 * tab's content script is asked which page it shows (its canonical source).
 */
async function findOpenTab(note: Annotation): Promise<browser.Tabs.Tab | undefined> {
  const tabs = await browser.tabs.query({});
  const byUrl = tabs.find((tab) => tab.url === note.target.url || tab.url === note.target.source);
  if (byUrl) return byUrl;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), ASK_TIMEOUT_MS));
  const answers = await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? null
        : Promise.race([
            sendToTab(tab.id, 'page.getAnalysis', {}).then(
              (page) => (page.source === note.target.source ? tab : null),
              () => null,
            ),
            timeout,
          ]),
    ),
  );
  return answers.find((tab): tab is browser.Tabs.Tab => tab !== null);
}

export async function openNote(note: Annotation): Promise<void> {
  const open = await findOpenTab(note);
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    await revealWhenReady(open.id, note.id);
    return;
  }
  const created = await browser.tabs.create({ url: note.target.url });
  if (created.id !== undefined) await revealWhenReady(created.id, note.id);
}
