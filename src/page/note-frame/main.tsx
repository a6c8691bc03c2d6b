// The note frame (an extension page inside the in-page card): the text box where the reader types
// a note. Keys typed here are events of this document only, so page scripts hear none of them.
// It talks to the content script of its tab's top frame over an extension port that the background
// links (src/background/note-frame-relay.ts); it never posts anything to its parent window, which
// is the page's.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { NOTE_COLORS, type NoteColor, VERDICTS, type Verdict } from '../../lib/annotation';
import { t, uiLanguage } from '../../lib/i18n';
import { parseTags } from '../../lib/tags';
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

/** Evidence links typed one a line; the lines that are not web addresses, to be told. */
export function parseEvidence(text: string): { links: string[]; bad: string[] } {
  const lines = text
    .split(/\s*\n\s*/)
    .map((line) => line.trim())
    .filter(Boolean);
  const links: string[] = [];
  const bad: string[] = [];
  for (const line of lines) {
    if (/^https?:\/\//i.test(line) && URL.canParse(line)) {
      if (!links.includes(line)) links.push(line);
    } else bad.push(line);
  }
  return { links, bad };
}

function NoteFrame() {
  const [init, setInit] = useState<Extract<HostToFrame, { type: 'init' }> | null>(null);
  const [body, setBody] = useState('');
  const [tags, setTags] = useState('');
  const [color, setColor] = useState<NoteColor>('yellow');
  const [verdict, setVerdict] = useState<Verdict>('unverified');
  const [evidence, setEvidence] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  useEffect(() => {
    show = (message) => {
      if (message.type === 'status') return setStatus(message.text);
      setInit(message);
      setBody(message.text);
      setTags((message.tags ?? []).join(', '));
      setColor(message.color ?? 'yellow');
      setVerdict(message.verdict ?? 'unverified');
      setEvidence((message.evidence ?? []).join('\n'));
      document.body.classList.toggle('dark', message.dark);
      // The same scheme as the iframe element, so the frame stays transparent over the card.
      document.documentElement.style.colorScheme = message.dark ? 'dark' : 'light';
      document.documentElement.lang = uiLanguage();
    };
    for (const message of waiting.splice(0)) show(message);
  }, []);
  useEffect(() => {
    if (!init) return;
    ref.current?.focus({ preventScroll: true });
    // Chromium refuses focus() in a cross-origin frame that does not hold the focus yet: when the
    // card focuses this frame after the text arrived (the two race), the text box takes it then.
    const onFrameFocus = () => {
      if (document.activeElement === document.body) ref.current?.focus({ preventScroll: true });
    };
    window.addEventListener('focus', onFrameFocus);
    return () => window.removeEventListener('focus', onFrameFocus);
  }, [init]);
  // Ctrl/⌘+Enter saves from any field; Escape cancels.
  const saveRef = useRef<() => void>(() => undefined);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.isTrusted) return;
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        saveRef.current();
        return;
      }
      if (event.key !== 'Escape') return;
      event.preventDefault();
      post({ type: 'cancel' });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  if (!init) return null;
  const verdictMode = init.mode === 'verdict';
  const save = () => {
    if (verdictMode) {
      const { links, bad } = parseEvidence(evidence);
      if (bad.length > 0) return setStatus(t('pageEvidenceBad', bad[0]!.slice(0, 80)));
      post({ type: 'save', body: body.replace(/\s*\n\s*/g, ' ').trim(), verdict, evidence: links });
    } else if (init.mode === 'note') {
      post({ type: 'save', body, tags: parseTags(tags).slice(0, 100), color });
    } else post({ type: 'save', body });
  };
  saveRef.current = save;
  return (
    <div>
      {verdictMode && (
        <fieldset class="choices">
          <legend>{t('pageVerdict')}</legend>
          {VERDICTS.map((choice) => (
            <label key={choice} class={`choice verdict-${choice}`}>
              <input type="radio" name="verdict" value={choice} checked={verdict === choice} onChange={() => setVerdict(choice)} />
              {t(`commonVerdict_${choice}`)}
            </label>
          ))}
        </fieldset>
      )}
      {verdictMode ? (
        <label class="field">
          {t('pageRatingNote')}
          <input ref={ref} type="text" maxLength={500} value={body} onInput={(event) => setBody(event.currentTarget.value)} />
        </label>
      ) : (
        <textarea
          ref={ref}
          aria-label={init.label}
          value={body}
          onInput={(event) => setBody((event.target as HTMLTextAreaElement).value)}
        />
      )}
      {verdictMode && (
        <label class="field">
          {t('pageEvidence')}
          <textarea class="short" value={evidence} placeholder="https://…" onInput={(event) => setEvidence(event.currentTarget.value)} />
        </label>
      )}
      {init.mode === 'note' && (
        <>
          <label class="field">
            {t('pageTags')}
            <input type="text" value={tags} onInput={(event) => setTags(event.currentTarget.value)} />
          </label>
          <fieldset class="choices">
            <legend>{t('pageColour')}</legend>
            {NOTE_COLORS.map((choice) => (
              <label key={choice} class="choice">
                <input type="radio" name="color" value={choice} checked={color === choice} onChange={() => setColor(choice)} />
                <span class={`dot dot-${choice}`} aria-hidden="true" />
                {t(`commonColor_${choice}`)}
              </label>
            ))}
          </fieldset>
        </>
      )}
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
