// Where the reader types a note: an extension page in an iframe (note-frame/), not a text box in
// the page. Keys typed in the page's own document reach its capture listeners even inside a closed
// shadow root; keys typed in the frame belong to another document and never do. The frame gets a
// private MessageChannel port, handed over with a token carried in its address, in answer to the
// frame's own announcement (see note-frame/protocol.ts); if the frame never answers, an error shows.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../../lib/i18n';
import {
  frameHash,
  type HostToFrame,
  NOTE_FRAME_PATH,
  NOTE_FRAME_TIMEOUT_MS,
  newToken,
  parseAnnouncement,
  parseFrameMessage,
} from '../note-frame/protocol';
import { report } from '../scheduling';

interface NoteEditorProps {
  initial?: string;
  dark?: boolean;
  onSave: (body: string) => Promise<void> | void;
  onCancel: () => void;
}

export function NoteEditor({ initial = '', dark = false, onSave, onCancel }: NoteEditorProps) {
  const ref = useRef<HTMLIFrameElement>(null);
  const token = useRef(newToken()).current;
  const id = useRef(newToken()).current;
  const [failed, setFailed] = useState(false);
  const url = browser.runtime.getURL(NOTE_FRAME_PATH);
  // Latest callbacks, without re-creating the channel on every render.
  const callbacks = useRef({ onSave, onCancel });
  callbacks.current = { onSave, onCancel };

  useLayoutEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    const channel = new MessageChannel();
    const port = channel.port1;
    const send = (message: HostToFrame) => port.postMessage(message);
    port.onmessage = (event) => {
      const message = parseFrameMessage(event.data);
      if (!message) return;
      if (message.type === 'ready') {
        send({ type: 'init', text: initial, label: t('pageNoteLabel'), dark });
        frame.focus({ preventScroll: true });
      } else if (message.type === 'save') {
        Promise.resolve(callbacks.current.onSave(message.body)).catch((error) => {
          report(error, 'note');
          send({ type: 'status', text: t('pageSaveFailed', error instanceof Error ? error.message : String(error)) });
        });
      } else callbacks.current.onCancel();
    };
    let answered = false;
    const timer = window.setTimeout(() => {
      if (!answered) setFailed(true);
    }, NOTE_FRAME_TIMEOUT_MS);
    // Only this iframe's own window can be the source; a page script posting the id is ignored.
    const onAnnounce = (event: MessageEvent) => {
      if (answered || !frame.contentWindow || event.source !== frame.contentWindow || !parseAnnouncement(event.data, id)) return;
      answered = true;
      clearTimeout(timer);
      // Posted to the extension's origin only: no other document can receive the port.
      frame.contentWindow.postMessage({ newsmarkNoteFrame: token }, new URL(url).origin, [channel.port2]);
    };
    // The address is set only once the listener is in place: the frame may announce itself at once.
    addEventListener('message', onAnnounce);
    frame.src = `${url}#${frameHash(id, token)}`;
    return () => {
      removeEventListener('message', onAnnounce);
      clearTimeout(timer);
      port.close();
    };
    // The frame is made once per editor; its first text and theme are fixed then.
  }, []);

  return (
    <>
      <iframe ref={ref} class="note-frame" title={t('pageNoteLabel')} hidden={failed} />
      {failed && (
        <p class="note-frame-error" role="alert">
          {t('pageNoteFrameFailed')}
        </p>
      )}
    </>
  );
}
