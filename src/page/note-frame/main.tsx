// The note frame (an extension page inside the in-page card): the text box where the reader types
// a note. Keys typed here are events of this document only, so page scripts hear none of them.
// It opens an extension port to the content script of its tab's top frame and talks on it alone;
// it never posts anything to its parent window, which is the page's.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t, uiLanguage } from '../../lib/i18n';
import { StatusLine } from '../ui/StatusLine';
import { type FrameToHost, type HostToFrame, idFromHash, parseHostMessage, portName } from './protocol';

let port: browser.Runtime.Port | null = null;
// The host may answer before the component below has mounted (its effects run after the first
// paint, later still on a busy machine): messages wait here until it can show them.
const waiting: HostToFrame[] = [];
let show: (message: HostToFrame) => void = (message) => {
  waiting.push(message);
};

function post(message: FrameToHost): void {
  port?.postMessage(message);
}

/** Connects to the content script of the top frame of this tab; only framed in a page does it do anything. */
async function connect(): Promise<void> {
  const id = idFromHash(location.hash);
  if (!id || window.top === window) return;
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) return;
  port = browser.tabs.connect(tab.id, { name: portName(id), frameId: 0 });
  port.onMessage.addListener((raw: unknown) => {
    const message = parseHostMessage(raw);
    if (message) show(message);
  });
  port.onDisconnect.addListener(() => {
    port = null;
  });
  post({ type: 'ready' });
}

connect().catch(() => undefined);

// Something navigates this frame away (a page can navigate any frame it holds a handle on): the
// host is told before the next document is even fetched, and takes the frame out of the page.
for (const type of ['beforeunload', 'pagehide']) addEventListener(type, () => post({ type: 'leaving' }));

function NoteFrame() {
  const [init, setInit] = useState<Extract<HostToFrame, { type: 'init' }> | null>(null);
  const [body, setBody] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    show = (message) => {
      if (message.type === 'status') return setStatus(message.text);
      setInit(message);
      setBody(message.text);
      document.body.classList.toggle('dark', message.dark);
      // The same scheme as the iframe element, so the frame stays transparent over the card.
      document.documentElement.style.colorScheme = message.dark ? 'dark' : 'light';
      document.documentElement.lang = uiLanguage();
    };
    for (const message of waiting.splice(0)) show(message);
  }, []);
  useEffect(() => {
    if (init) ref.current?.focus({ preventScroll: true });
  }, [init]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !event.isTrusted) return;
      event.preventDefault();
      post({ type: 'cancel' });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  if (!init) return null;
  const save = () => post({ type: 'save', body });
  return (
    <div>
      <textarea
        ref={ref}
        aria-label={init.label}
        value={body}
        onInput={(event) => setBody((event.target as HTMLTextAreaElement).value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.isTrusted) save();
        }}
      />
      <div class="actions">
        <button type="button" class="primary" onClick={(event) => event.isTrusted && save()}>
          {t('pageSaveNote')}
        </button>
        <button type="button" onClick={(event) => event.isTrusted && post({ type: 'cancel' })}>
          {t('pageCancel')}
        </button>
      </div>
      <StatusLine status={status} />
    </div>
  );
}

render(<NoteFrame />, document.getElementById('app')!);
