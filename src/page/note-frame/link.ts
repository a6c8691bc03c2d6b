// The content script's end of the note frames' links. A note frame connects to the background,
// which opens a port to the top frame of the frame's own tab (src/background/note-frame-relay.ts);
// here one runtime.onConnect listener hands each such port to the editor that made that frame,
// found by the id in the port's name. A port from anything but this extension, or for no waiting
// editor, is closed at once.
import browser from 'webextension-polyfill';
import { idFromPortName, PORT_PREFIX } from './protocol';

type Port = browser.Runtime.Port;

const waiting = new Map<string, (port: Port) => void>();

/**
 * True for a port opened by this extension's own background or pages. Only they can open a port to
 * a content script (tabs.connect); a content script cannot, and neither can a page script.
 */
export function fromExtension(sender: browser.Runtime.MessageSender | undefined, ownId: string, extensionOrigin: string): boolean {
  return !!sender && sender.id === ownId && !sender.tab && !!sender.url?.startsWith(extensionOrigin);
}

function onConnect(port: Port): void {
  // Other ports (none today) are not ours to judge.
  if (!port.name.startsWith(PORT_PREFIX)) return;
  const id = idFromPortName(port.name);
  const take = id ? waiting.get(id) : undefined;
  if (!take || !fromExtension(port.sender, browser.runtime.id, browser.runtime.getURL(''))) {
    port.disconnect();
    return;
  }
  take(port);
}

/**
 * Hands every port linked to the frame with this id to `take` (a link may drop and come back when
 * the background is stopped); the returned function stops waiting.
 */
export function awaitNoteFrame(id: string, take: (port: Port) => void): () => void {
  if (!browser.runtime.onConnect.hasListener(onConnect)) browser.runtime.onConnect.addListener(onConnect);
  waiting.set(id, take);
  return () => {
    waiting.delete(id);
    if (waiting.size === 0) browser.runtime.onConnect.removeListener(onConnect);
  };
}
