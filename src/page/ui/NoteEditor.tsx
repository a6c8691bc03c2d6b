// Where the reader types a note: an extension page in an iframe (note-frame/), not a text box in
// the page. Keys typed in the page's own document reach its capture listeners even inside a closed
// shadow root; keys typed in the frame belong to another document and never do. The frame and this
// editor talk over an extension port (note-frame/link.ts), never through the page's window.
// The page can still navigate any frame of its own tab (frames[i].location = …), and a look-alike
// would then take the reader's words: the frame stays hidden until our own page has connected,
// and the editor drops it for good the moment our page says it is leaving, its port closes, or a
// second document loads in it.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../../lib/i18n';
import { awaitNoteFrame } from '../note-frame/link';
import { type HostToFrame, NOTE_FRAME_PATH, NOTE_FRAME_TIMEOUT_MS, newId, parseFrameMessage } from '../note-frame/protocol';
import { report } from '../scheduling';
import { Text } from './Text';

interface NoteEditorProps {
  initial?: string;
  dark?: boolean;
  onSave: (body: string) => Promise<void> | void;
  onCancel: () => void;
}

/** connecting: hidden until our page connects; open: shown; failed: never connected; lost: taken from us. */
type FrameState = 'connecting' | 'open' | 'failed' | 'lost';

export function NoteEditor({ initial = '', dark = false, onSave, onCancel }: NoteEditorProps) {
  const ref = useRef<HTMLIFrameElement>(null);
  const error = useRef<HTMLParagraphElement>(null);
  const id = useRef(newId()).current;
  const [state, setState] = useState<FrameState>('connecting');
  // Latest callbacks, without re-creating the port on every render.
  const callbacks = useRef({ onSave, onCancel });
  callbacks.current = { onSave, onCancel };

  useLayoutEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    let port: browser.Runtime.Port | null = null;
    let loads = 0;
    let over = false;
    const end = (why: 'failed' | 'lost') => {
      if (over) return;
      over = true;
      // Out of the page at once, not at the next render: no key may reach what loads in it next.
      frame.hidden = true;
      frame.remove();
      clearTimeout(timer);
      stopWaiting();
      try {
        port?.disconnect();
      } catch {
        // Already closed.
      }
      port = null;
      setState(why);
    };
    const send = (message: HostToFrame) => port?.postMessage(message);
    const stopWaiting = awaitNoteFrame(id, (connected) => {
      // Our page loads once; a port after a second load is not to be trusted.
      if (over || loads > 1) {
        connected.disconnect();
        return;
      }
      port = connected;
      clearTimeout(timer);
      connected.onDisconnect.addListener(() => end('lost'));
      connected.onMessage.addListener((raw: unknown) => {
        const message = parseFrameMessage(raw);
        if (!message || over) return;
        if (message.type === 'save') {
          Promise.resolve(callbacks.current.onSave(message.body)).catch((failure) => {
            report(failure, 'note');
            send({ type: 'status', text: t('pageSaveFailed', failure instanceof Error ? failure.message : String(failure)) });
          });
        } else if (message.type === 'cancel') callbacks.current.onCancel();
        else if (message.type === 'leaving') end('lost');
      });
      send({ type: 'init', text: initial, label: t('pageNoteLabel'), dark });
      setState('open');
    });
    const onLoad = () => {
      // The first load is our page (it may come before or after its port); a second is another document.
      if (++loads > 1) end('lost');
    };
    frame.addEventListener('load', onLoad);
    const timer = window.setTimeout(() => {
      if (!port) end('failed');
    }, NOTE_FRAME_TIMEOUT_MS);
    frame.src = `${browser.runtime.getURL(NOTE_FRAME_PATH)}#${id}`;
    return () => {
      frame.removeEventListener('load', onLoad);
      over = true;
      clearTimeout(timer);
      stopWaiting();
      port?.disconnect();
    };
    // The frame is made once per editor; its first text and theme are fixed then.
  }, []);

  useEffect(() => {
    if (state === 'open') ref.current?.focus({ preventScroll: true });
    else if (state !== 'connecting') error.current?.focus({ preventScroll: true });
  }, [state]);

  if (state === 'failed' || state === 'lost') {
    // The frame is taken out of the page: whatever document it holds now is gone with it.
    return (
      <p ref={error} class="note-frame-error" role="alert" tabIndex={-1}>
        <Text value={t(state === 'lost' ? 'pageNoteFrameLost' : 'pageNoteFrameFailed')} />
      </p>
    );
  }
  return <iframe ref={ref} class="note-frame" title={t('pageNoteLabel')} hidden={state !== 'open'} />;
}
