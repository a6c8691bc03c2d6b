// The note frame (an extension page inside the in-page card): the text box where the reader types
// a note. Keys typed here are events of this document only, so page scripts hear none of them.
// It talks to the content script on the port it was given with the right token, and nothing else.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, uiLanguage } from '../../lib/i18n';
import { StatusLine } from '../ui/StatusLine';
import { type FrameToHost, type HostToFrame, parseFrameHash, parseHandshake, parseHostMessage } from './protocol';

const { id, token } = parseFrameHash(location.hash);
let port: MessagePort | null = null;
// The host may answer before the component below has mounted (its effects run after the first
// paint, later still on a busy machine): messages wait here until it can show them.
const waiting: HostToFrame[] = [];
let show: (message: HostToFrame) => void = (message) => {
  waiting.push(message);
};

function post(message: FrameToHost): void {
  port?.postMessage(message);
}

addEventListener('message', (event: MessageEvent) => {
  // One port, from our parent, with the token: anything else (another frame, a page script
  // calling window.frames[i].postMessage) is ignored.
  if (port || event.source !== parent || !parseHandshake(event.data, token) || !event.ports[0]) return;
  port = event.ports[0];
  port.onmessage = (message) => {
    const parsed = parseHostMessage(message.data);
    if (parsed) show(parsed);
  };
  post({ type: 'ready' });
});

// Announce ourselves (the id only, never the token) now that the listener above is in place.
if (parent !== window) parent.postMessage({ newsmarkNoteFrameReady: id }, '*');

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
      if (event.key !== 'Escape') return;
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
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
        }}
      />
      <div class="actions">
        <button type="button" class="primary" onClick={save}>
          {t('pageSaveNote')}
        </button>
        <button type="button" onClick={() => post({ type: 'cancel' })}>
          {t('pageCancel')}
        </button>
      </div>
      <StatusLine status={status} />
    </div>
  );
}

render(<NoteFrame />, document.getElementById('app')!);
