// Links each note frame to the content script of its own tab. The frame (an extension page framed
// in the card inside a web page) cannot open a port to a content script in every browser: Firefox
// gives such frames no tabs API. So it opens one here (runtime.connect), and this worker opens one
// to the top frame of the frame's tab (tabs.connect, frameId 0) and passes messages both ways,
// unread: each end checks what it receives. The tab and frame come from port.sender, which the
// browser sets, so a frame is only ever linked to its own tab's page; page scripts cannot open
// extension ports at all.
import browser from 'webextension-polyfill';
import { idFromHash, idFromPortName, NOTE_FRAME_PATH, PORT_PREFIX } from '../page/note-frame/protocol';

type Port = browser.Runtime.Port;

/**
 * The tab whose top frame a connecting note frame is to be linked to, or null when the port is not
 * from one of this extension's note frames framed in a tab, or names another frame's id than the
 * one in its own address.
 */
export function noteFrameTab(
  name: string,
  sender: browser.Runtime.MessageSender | undefined,
  ownId: string,
  frameUrl: string,
): number | null {
  const id = idFromPortName(name);
  if (!id || !sender || sender.id !== ownId || !sender.url?.startsWith(`${frameUrl}#`)) return null;
  if (idFromHash(sender.url.slice(frameUrl.length)) !== id) return null;
  const tabId = sender.tab?.id;
  // A frame inside a tab's page: not a tab of its own (frame 0), not a popup or a worker (no tab).
  if (typeof tabId !== 'number' || tabId < 0 || typeof sender.frameId !== 'number' || sender.frameId <= 0) return null;
  return tabId;
}

/** Links a note frame's port to its tab's content script; false when the port is not a note frame's. */
export function relayNoteFrame(frame: Port): boolean {
  if (!frame.name.startsWith(PORT_PREFIX)) return false;
  const tabId = noteFrameTab(frame.name, frame.sender, browser.runtime.id, browser.runtime.getURL(NOTE_FRAME_PATH));
  if (tabId === null) {
    frame.disconnect();
    return true;
  }
  const page = browser.tabs.connect(tabId, { name: frame.name, frameId: 0 });
  let open = true;
  // Either end going closes the other: the content script learns at once that its frame is gone.
  const close = () => {
    if (!open) return;
    open = false;
    for (const port of [frame, page]) {
      try {
        port.disconnect();
      } catch {
        // Already closed.
      }
    }
  };
  const forward = (to: Port) => (message: unknown) => {
    if (!open) return;
    try {
      to.postMessage(message);
    } catch {
      close();
    }
  };
  frame.onMessage.addListener(forward(page));
  page.onMessage.addListener(forward(frame));
  frame.onDisconnect.addListener(close);
  page.onDisconnect.addListener(close);
  return true;
}
