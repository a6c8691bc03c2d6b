// The popup's form for a verdict on a claim: the rating, a one-line rating note, evidence links
// (one a line). The popup is an extension page, so what the reader types here never reaches the
// web page; the content script makes the verdict note (it holds the article text to anchor it).
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Annotation, VERDICTS, type Verdict } from '../../lib/annotation';
import { t } from '../../lib/i18n';
import { FormFooter } from '../../ui/FormFooter';

export interface VerdictChoice {
  verdict: Verdict;
  body: string;
  evidence: string[];
}

/** Evidence links typed one a line; the lines that are not web addresses, to be told. */
export function parseEvidence(text: string): { links: string[]; bad: string[] } {
  const links: string[] = [];
  const bad: string[] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line) continue;
    if (/^https?:\/\//i.test(line) && URL.canParse(line)) {
      if (!links.includes(line)) links.push(line);
    } else bad.push(line);
  }
  return { links, bad };
}

let formCount = 0;

export function VerdictForm(props: { initial?: Annotation; onSave: (choice: VerdictChoice) => void; onCancel: () => void }) {
  const [id] = useState(() => `verdict-${++formCount}`);
  const [verdict, setVerdict] = useState<Verdict>(props.initial?.assessment?.verdict ?? 'unverified');
  const [body, setBody] = useState(props.initial?.body ?? '');
  const [evidence, setEvidence] = useState((props.initial?.assessment?.evidence ?? []).join('\n'));
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

  function save(event: Event) {
    event.preventDefault();
    const { links, bad } = parseEvidence(evidence);
    if (bad.length > 0) return setError(t('pageEvidenceBad', bad[0]!.slice(0, 80)));
    props.onSave({
      verdict,
      body: body
        .replace(/\s*\n\s*/g, ' ')
        .trim()
        .slice(0, 500),
      evidence: links.slice(0, 50),
    });
  }

  return (
    <form
      class="verdict-form"
      onSubmit={save}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          props.onCancel();
        }
      }}
    >
      <label class="field-label" for={`${id}-verdict`}>
        {t('pageVerdict')}
      </label>
      <select id={`${id}-verdict`} ref={first} value={verdict} onChange={(e) => setVerdict(e.currentTarget.value as Verdict)}>
        {VERDICTS.map((choice) => (
          <option key={choice} value={choice}>
            {t(`commonVerdict_${choice}`)}
          </option>
        ))}
      </select>
      <label class="field-label" for={`${id}-note`}>
        {t('pageRatingNote')}
      </label>
      <input id={`${id}-note`} type="text" maxLength={500} value={body} onInput={(e) => setBody(e.currentTarget.value)} />
      <label class="field-label" for={`${id}-evidence`}>
        {t('pageEvidence')}
      </label>
      <textarea
        id={`${id}-evidence`}
        rows={2}
        value={evidence}
        placeholder="https://…"
        onInput={(e) => setEvidence(e.currentTarget.value)}
      />
      <FormFooter error={error} saveLabel={t('popupSaveVerdict')} onCancel={props.onCancel} />
    </form>
  );
}
