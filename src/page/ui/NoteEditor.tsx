// Where the reader types a note: an extension page in an iframe (note-frame/), not a text box in
// the page. Keys typed in the page's own document reach its capture listeners even inside a closed
// shadow root; keys typed in the frame belong to another document and never do. The frame and this
// editor talk over extension ports that the background links (note-frame/link.ts), never through
// the page's window.
// The page can still navigate any frame of its own tab it holds a handle on (frames[i].location =
// …; in Chromium and Firefox a frame inside a closed shadow root is not in window.frames, so it
// holds none), and a look-alike would then take the reader's words: the frame stays hidden until
// our own page has linked, and the editor drops it for good the moment our page says it is
// leaving or a second document loads in it.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { NoteColor, Verdict } from '../../lib/annotation';
import { t } from '../../lib/i18n';
import { awaitNoteFrame } from '../note-frame/link';
import {
  type FrameToHost,
  type HostToFrame,
  NOTE_FRAME_PATH,
  NOTE_FRAME_RELINK_MS,
  NOTE_FRAME_TIMEOUT_MS,
  newId,
  parseFrameMessage,
} from '../note-frame/protocol';
import { report } from '../scheduling';
import { Text } from './Text';

/** What the frame sends back when the reader saves. */
export type EditorResult = Omit<Extract<FrameToHost, { type: 'save' }>, 'type'>;

interface NoteEditorProps {
  initial?: string;
  /** note: text, tags and colour; verdict: rating, one-line note, evidence; plain: text alone. */
  mode?: 'note' | 'verdict';
  tags?: string[];
  color?: NoteColor;
  verdict?: Verdict;
  evidence?: string[];
  dark?: boolean;
  onSave: (result: EditorResult) => Promise<void> | void;
  onCancel: () => void;
}

/** connecting: hidden until our page links; open: shown; failed: no link (or it never came back); lost: taken from us. */
type FrameState = 'connecting' | 'open' | 'failed' | 'lost';

export function NoteEditor({ initial = '', mode, tags, color, verdict, evidence, dark = false, onSave, onCancel }: NoteEditorProps) {
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
    let relinkTimer = 0;
    const disconnect = (which: browser.Runtime.Port | null) => {
      try {
        which?.disconnect();
      } catch {
        // Already closed.
      }
    };
    const end = (why: 'failed' | 'lost') => {
      if (over) return;
      over = true;
      // Out of the page at once, not at the next render: no key may reach what loads in it next.
      frame.hidden = true;
      frame.remove();
      clearTimeout(timer);
      clearTimeout(relinkTimer);
      stopWaiting();
      disconnect(port);
      port = null;
      setState(why);
    };
    const send = (message: HostToFrame) => {
      try {
        port?.postMessage(message);
      } catch {
        // The link just dropped; the frame links again (below).
      }
    };
    const stopWaiting = awaitNoteFrame(id, (linked) => {
      // Our page loads once; a link after a second load is not to be trusted.
      if (over || loads > 1) {
        linked.disconnect();
        return;
      }
      const previous = port;
      port = linked;
      disconnect(previous);
      clearTimeout(timer);
      clearTimeout(relinkTimer);
      linked.onDisconnect.addListener(() => {
        if (over || port !== linked) return;
        port = null;
        // Dropped without our page saying it leaves: the background was stopped under the link.
        // The same document links again by itself (the frame stays shown meanwhile: its document
        // has not changed, or it would have said so, and its load would end the editor); if it
        // does not come back in time, the editor gives up.
        relinkTimer = window.setTimeout(() => end('failed'), NOTE_FRAME_RELINK_MS);
      });
      linked.onMessage.addListener((raw: unknown) => {
        const message = parseFrameMessage(raw);
        if (!message || over || port !== linked) return;
        if (message.type === 'save') {
          const { type: _type, ...result } = message;
          Promise.resolve(callbacks.current.onSave(result)).catch((failure) => {
            report(failure, 'note');
            send({ type: 'status', text: t('pageSaveFailed', failure instanceof Error ? failure.message : String(failure)) });
          });
        } else if (message.type === 'cancel') callbacks.current.onCancel();
        else if (message.type === 'leaving') end('lost');
      });
      // On every link: the frame takes the text from the first and keeps what the reader typed after.
      send({
        type: 'init',
        text: initial,
        label: t(mode === 'verdict' ? 'pageRatingNote' : 'pageNoteLabel'),
        dark,
        ...(mode ? { mode } : {}),
        ...(tags ? { tags } : {}),
        ...(color ? { color } : {}),
        ...(verdict ? { verdict } : {}),
        ...(evidence ? { evidence } : {}),
      });
      setState('open');
    });
    const onLoad = () => {
      // The first load is our page (it may come before or after its link); a second is another document.
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
      clearTimeout(relinkTimer);
      stopWaiting();
      disconnect(port);
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
  return <iframe ref={ref} class={mode ? 'note-frame tall' : 'note-frame'} title={t('pageNoteLabel')} hidden={state !== 'open'} />;
}
