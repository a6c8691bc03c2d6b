// The content script's end of the note frames' ports. A note frame opens a port to the top frame
// of its tab (browser.tabs.connect); here one runtime.onConnect listener hands each port to the
// editor that made that frame, found by the id in the port's name. A port from anything but this
// extension's note frame, or for no waiting editor, is closed at once.
import browser from 'webextension-polyfill';
import { idFromPortName, NOTE_FRAME_PATH, PORT_PREFIX } from './protocol';

type Port = browser.Runtime.Port;

const waiting = new Map<string, (port: Port) => void>();

function onConnect(port: Port): void {
  // Other ports (none today) are not ours to judge.
  if (!port.name.startsWith(PORT_PREFIX)) return;
  const id = idFromPortName(port.name);
  const take = id ? waiting.get(id) : undefined;
  const sender = port.sender;
  const fromNoteFrame = sender?.id === browser.runtime.id && !!sender.url?.startsWith(`${browser.runtime.getURL(NOTE_FRAME_PATH)}#`);
  if (!id || !take || !fromNoteFrame) {
    port.disconnect();
    return;
  }
  waiting.delete(id);
  take(port);
}

/** Waits for the frame with this id to connect; the returned function stops waiting. */
export function awaitNoteFrame(id: string, take: (port: Port) => void): () => void {
  if (!browser.runtime.onConnect.hasListener(onConnect)) browser.runtime.onConnect.addListener(onConnect);
  waiting.set(id, take);
  return () => {
    waiting.delete(id);
    if (waiting.size === 0) browser.runtime.onConnect.removeListener(onConnect);
  };
}
