// The note frame (an extension page inside the in-page card): the text box where the reader types
// a note. Keys typed here are events of this document only, so page scripts hear none of them.
// It talks to the content script of its tab's top frame over an extension port that the background
// links (src/background/note-frame-relay.ts); it never posts anything to its parent window, which
// is the page's.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t, uiLanguage } from '../../lib/i18n';
import { StatusLine } from '../ui/StatusLine';
import { type FrameToHost, type HostToFrame, idFromHash, NOTE_FRAME_HEARTBEAT_MS, parseHostMessage, portName } from './protocol';

/** Links in a row that dropped before the host answered: past this, the host is not there. */
const MAX_FAILED_LINKS = 3;

let port: browser.Runtime.Port | null = null;
// The host may answer before the component below has mounted (its effects run after the first
// paint, later still on a busy machine): messages wait here until it can show them.
const waiting: HostToFrame[] = [];
let show: (message: HostToFrame) => void = (message) => {
  waiting.push(message);
};
/** What the reader asked for while the link was down (a stopped background): sent once it is back. */
const unsent: FrameToHost[] = [];
let leaving = false;
let failedLinks = 0;
/** The host sends init on every link: the first one sets the text, later ones keep what the reader typed. */
let initialised = false;

function post(message: FrameToHost): void {
  if (port) port.postMessage(message);
  else if (message.type === 'save' || message.type === 'cancel') unsent.push(message);
}

/** Opens the link to the content script of the top frame of this tab; only framed in a page does it do anything. */
function connect(id: string): void {
  const linked = browser.runtime.connect({ name: portName(id) });
  let answered = false;
  port = linked;
  linked.onMessage.addListener((raw: unknown) => {
    const message = parseHostMessage(raw);
    if (!message) return;
    answered = true;
    failedLinks = 0;
    if (message.type === 'init') {
      if (initialised) return;
      initialised = true;
    }
    show(message);
  });
  linked.onDisconnect.addListener(() => {
    if (port === linked) port = null;
    // The background was stopped (or restarted) under the link: link again, unless this document
    // is going or the host never answered (it closed the editor, or is not there).
    if (!answered) failedLinks++;
    if (!leaving && failedLinks < MAX_FAILED_LINKS) connect(id);
  });
  post({ type: 'ready' });
  for (const message of unsent.splice(0)) post(message);
}

const id = idFromHash(location.hash);
if (id && window.top !== window) {
  connect(id);
  setInterval(() => post({ type: 'alive' }), NOTE_FRAME_HEARTBEAT_MS);
}

// Something navigates this frame away (a page can navigate any frame it holds a handle on): the
// host is told before the next document is even fetched, and takes the frame out of the page.
for (const type of ['beforeunload', 'pagehide']) {
  addEventListener(type, () => {
    leaving = true;
    post({ type: 'leaving' });
  });
}

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
