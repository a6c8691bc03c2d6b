// Where the reader types a note: an extension page in an iframe (note-frame/), not a text box in
// the page. Keys typed in the page's own document reach its capture listeners even inside a closed
// shadow root; keys typed in the frame belong to another document and never do. The frame gets a
// private MessageChannel port, handed over with a token carried in its address.
import { useLayoutEffect, useRef } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../../lib/i18n';
import { NOTE_FRAME_PATH, newToken, parseFrameMessage, type HostToFrame } from '../note-frame/protocol';
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
    // Posted to the extension's origin only: no other document can receive the port.
    const handOver = () => frame.contentWindow?.postMessage({ newsmarkNoteFrame: token }, new URL(url).origin, [channel.port2]);
    // The address is set only once the listener is in place: a cached frame can load at once.
    frame.addEventListener('load', handOver, { once: true });
    frame.src = `${url}#${token}`;
    return () => {
      frame.removeEventListener('load', handOver);
      port.close();
    };
    // The frame is made once per editor; its first text and theme are fixed then.
  }, []);

  return <iframe ref={ref} class="note-frame" title={t('pageNoteLabel')} />;
}
