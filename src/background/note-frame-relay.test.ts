import { describe, expect, it, vi } from 'vitest';

const OWN_ID = 'own-extension-id';
const ORIGIN = `moz-extension://${OWN_ID}/`;
const FRAME_URL = `${ORIGIN}src/page/note-frame/index.html`;
const ID = '0123456789abcdef0123456789abcdef';
const OTHER_ID = 'fedcba9876543210fedcba9876543210';

interface FakePort {
  name: string;
  sender?: object;
  posted: unknown[];
  disconnected: boolean;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void; fire(message: unknown): void };
  onDisconnect: { addListener(listener: () => void): void; fire(): void };
}

function fakePort(name: string, sender?: object): FakePort {
  const onMessage: ((message: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const port: FakePort = {
    name,
    sender,
    posted: [],
    disconnected: false,
    postMessage(message) {
      if (port.disconnected) throw new Error('Attempt to postMessage on disconnected port');
      port.posted.push(message);
    },
    disconnect() {
      port.disconnected = true;
    },
    onMessage: {
      addListener: (l) => onMessage.push(l),
      fire: (m) => {
        for (const l of onMessage) l(m);
      },
    },
    onDisconnect: {
      addListener: (l) => onDisconnect.push(l),
      fire: () => {
        for (const l of onDisconnect) l();
      },
    },
  };
  return port;
}

const opened: { tabId: number; options: { name: string; frameId: number }; port: FakePort }[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: OWN_ID, getURL: (path: string) => `${ORIGIN}${path}` },
    tabs: {
      connect: (tabId: number, options: { name: string; frameId: number }) => {
        const port = fakePort(options.name);
        opened.push({ tabId, options, port });
        return port;
      },
    },
  },
}));
const { noteFrameTab, relayNoteFrame } = await import('./note-frame-relay');

const noteFrame = { id: OWN_ID, url: `${FRAME_URL}#${ID}`, tab: { id: 7 }, frameId: 3 };
const name = `newsmark-note-frame:${ID}`;

describe('which tab a note frame is linked to', () => {
  it('is the tab the browser says the frame is in', () => {
    expect(noteFrameTab(name, noteFrame as never, OWN_ID, FRAME_URL)).toBe(7);
  });

  it('is none for a port naming another frame’s id than the one in its own address', () => {
    expect(noteFrameTab(`newsmark-note-frame:${OTHER_ID}`, noteFrame as never, OWN_ID, FRAME_URL)).toBeNull();
    expect(noteFrameTab(name, { ...noteFrame, url: `${FRAME_URL}#${ID}x` } as never, OWN_ID, FRAME_URL)).toBeNull();
  });

  it('is none for anything but this extension’s note frame framed in a tab', () => {
    const refused = [
      undefined,
      { ...noteFrame, id: 'another-extension' },
      { ...noteFrame, url: `${ORIGIN}src/popup/index.html#${ID}` },
      { ...noteFrame, url: `https://news.example/src/page/note-frame/index.html#${ID}` },
      // The frame opened as a tab of its own (frame 0), or with no tab (a popup, a worker).
      { ...noteFrame, frameId: 0 },
      { ...noteFrame, tab: undefined },
      { ...noteFrame, tab: { id: -1 } },
    ];
    for (const sender of refused) expect(noteFrameTab(name, sender as never, OWN_ID, FRAME_URL)).toBeNull();
  });
});

describe('the note frame relay', () => {
  it('links the frame to the top frame of its tab and passes messages both ways, unread', () => {
    opened.length = 0;
    const frame = fakePort(name, noteFrame);
    expect(relayNoteFrame(frame as never)).toBe(true);
    expect(opened).toHaveLength(1);
    const [{ tabId, options, port: page }] = opened as [(typeof opened)[number]];
    expect([tabId, options]).toEqual([7, { name, frameId: 0 }]);
    frame.onMessage.fire({ type: 'save', body: 'Vérifier' });
    page.onMessage.fire({ type: 'init', text: '', label: 'Note', dark: false });
    expect(page.posted).toEqual([{ type: 'save', body: 'Vérifier' }]);
    expect(frame.posted).toEqual([{ type: 'init', text: '', label: 'Note', dark: false }]);
  });

  it('closes each end when the other goes', () => {
    opened.length = 0;
    const frame = fakePort(name, noteFrame);
    relayNoteFrame(frame as never);
    frame.onDisconnect.fire();
    expect(opened[0]!.port.disconnected).toBe(true);

    opened.length = 0;
    const second = fakePort(name, noteFrame);
    relayNoteFrame(second as never);
    opened[0]!.port.onDisconnect.fire();
    expect(second.disconnected).toBe(true);
    // Nothing passes once closed.
    second.onMessage.fire({ type: 'save', body: 'late' });
    expect(opened[0]!.port.posted).toEqual([]);
  });

  it('closes a port that is not from a note frame of its own id, and opens nothing', () => {
    opened.length = 0;
    const forged = fakePort(`newsmark-note-frame:${OTHER_ID}`, noteFrame);
    expect(relayNoteFrame(forged as never)).toBe(true);
    expect(forged.disconnected).toBe(true);
    expect(opened).toEqual([]);
  });

  it('leaves other ports to their own listeners', () => {
    opened.length = 0;
    const other = fakePort('newsmark-import', { id: OWN_ID, url: `${ORIGIN}src/options/index.html` });
    expect(relayNoteFrame(other as never)).toBe(false);
    expect(other.disconnected).toBe(false);
    expect(opened).toEqual([]);
  });
});
