// The card for a highlight: an official or other person (name, role, mentions), a claim (kinds,
// source, cue, the reader's verdict) or one of the reader's notes. Cards for people and claims
// offer Save and Add note; a claim's card also a verdict. What the reader types (a note, a rating
// note, evidence links) is typed in the note frame (NoteEditor), never in the page. A deleted
// note can be put back from the card.
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { type EditorResult, NoteEditor } from './NoteEditor';
import { StatusLine } from './StatusLine';
import { Text } from './Text';
import type { CardData, UiActions, VerdictData } from './types';

interface CardProps {
  data: CardData;
  actions: UiActions;
  dark?: boolean;
}

export function cardLabel(data: CardData): string {
  if (data.kind === 'person') return data.name;
  if (data.kind === 'claim') return t('pageCardClaim');
  return t('pageNoteLabel');
}

type Editing = null | 'note' | 'verdict';

export function Card({ data, actions, dark = false }: CardProps) {
  const [editing, setEditing] = useState<Editing>(null);
  const [deleted, setDeleted] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const startEditing = (what: Exclude<Editing, null>) => {
    actions.pin();
    setEditing(what);
  };
  const run = async (work: () => Promise<void>, done?: string) => {
    try {
      await work();
      setEditing(null);
      if (done) setStatus(done);
    } catch (error) {
      setStatus(t('pageSaveFailed', error instanceof Error ? error.message : String(error)));
    }
  };
  if (deleted) {
    return (
      <div>
        <p role="status">
          <Text value={t('pageDeleted')} />
        </p>
        <div class="actions">
          <button type="button" class="primary" onClick={() => run(() => actions.undoDelete(), t('pageRestored'))}>
            <Text value={t('pageUndo')} />
          </button>
          <button type="button" onClick={actions.close}>
            <Text value={t('pageClose')} />
          </button>
        </div>
        <StatusLine status={status} />
      </div>
    );
  }
  const verdict = data.kind === 'person' ? null : data.verdict;
  const onSave = (result: EditorResult) => {
    if (editing === 'verdict') {
      return run(() => (data.kind === 'note' && verdict ? actions.editNote(data.id, result) : actions.assessClaim(result)), t('pageSaved'));
    }
    return run(() => (data.kind === 'note' ? actions.editNote(data.id, result) : actions.saveCard(result)), t('pageSaved'));
  };
  return (
    <div>
      {data.kind === 'person' && <PersonBody data={data} />}
      {data.kind === 'claim' && <ClaimBody data={data} />}
      {data.kind === 'note' && <NoteBody data={data} />}
      {verdict && <VerdictBody verdict={verdict} />}
      {editing ? (
        <NoteEditor
          mode={editing}
          initial={editing === 'verdict' ? (verdict?.body ?? '') : data.kind === 'note' ? data.body : ''}
          tags={data.kind === 'note' ? data.tags : undefined}
          color={data.kind === 'note' ? data.color : undefined}
          verdict={verdict?.verdict}
          evidence={verdict?.evidence}
          dark={dark}
          onSave={onSave}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <div class="actions">
          {data.kind === 'note' ? (
            <>
              <button type="button" onClick={() => startEditing(verdict ? 'verdict' : 'note')}>
                <Text value={t(verdict ? 'pageEditVerdict' : 'pageEditNote')} />
              </button>
              <button
                type="button"
                onClick={() =>
                  run(async () => {
                    await actions.deleteNote(data.id);
                    actions.pin();
                    setDeleted(true);
                  })
                }
              >
                <Text value={t('pageDeleteNote')} />
              </button>
            </>
          ) : (
            <>
              {data.kind === 'claim' && (
                <button type="button" class="primary" onClick={() => startEditing('verdict')}>
                  <Text value={t(verdict ? 'pageEditVerdict' : 'pageAssess')} />
                </button>
              )}
              <button
                type="button"
                class={data.kind === 'claim' ? '' : 'primary'}
                onClick={() => run(() => actions.saveCard(), t('pageSaved'))}
              >
                <Text value={t('pageSave')} />
              </button>
              <button type="button" onClick={() => startEditing('note')}>
                <Text value={t('pageAddNote')} />
              </button>
            </>
          )}
          <button type="button" onClick={actions.close}>
            <Text value={t('pageClose')} />
          </button>
        </div>
      )}
      <StatusLine status={status} />
    </div>
  );
}

function PersonBody({ data }: { data: Extract<CardData, { kind: 'person' }> }) {
  return (
    <>
      <Text class={data.official ? 'badge' : 'badge person'} value={t(data.official ? 'pageCardOfficial' : 'pageCardPerson')} />
      <h2>
        <Text value={data.name} />
      </h2>
      <p class={data.role ? '' : 'muted'}>
        <Text value={data.role ?? t('pageCardNoRole')} />
      </p>
      <p class="muted">
        <Text value={t(data.mentions === 1 ? 'pageCardMentions_one' : 'pageCardMentions_other', String(data.mentions))} />
      </p>
    </>
  );
}

function ClaimBody({ data }: { data: Extract<CardData, { kind: 'claim' }> }) {
  return (
    <>
      <Text class="badge claim" value={t('pageCardClaim')} />
      <h2>
        <Text value={data.kinds.map((kind) => t(`pageKind_${kind}`)).join(' · ') || t('pageCardClaim')} />
      </h2>
      <dl>
        <dt>
          <Text value={t('pageCardSource')} />
        </dt>
        <dd class={data.source ? '' : 'muted'}>
          <Text value={data.source ?? t('pageCardNoSource')} />
        </dd>
        {data.cue && (
          <>
            <dt>
              <Text value={t('pageCardCue')} />
            </dt>
            <dd>
              <Text value={`« ${data.cue} »`} />
            </dd>
          </>
        )}
      </dl>
    </>
  );
}

/** The reader's verdict: its rating, the one-line note, how many evidence links. */
function VerdictBody({ verdict }: { verdict: VerdictData }) {
  return (
    <dl class="verdict-line">
      <dt>
        <Text value={t('pageVerdict')} />
      </dt>
      <dd>
        <Text class={`verdict-badge verdict-${verdict.verdict}`} value={t(`commonVerdict_${verdict.verdict}`)} />
        {verdict.body && <Text class="body" value={` — ${verdict.body}`} />}
      </dd>
      {verdict.evidence.length > 0 && (
        <>
          <dt>
            <Text value={t('pageEvidenceShort')} />
          </dt>
          <dd>
            <Text value={verdict.evidence.map((link) => hostOf(link)).join(', ')} />
          </dd>
        </>
      )}
    </dl>
  );
}

function hostOf(link: string): string {
  try {
    return new URL(link).hostname.replace(/^www\./, '');
  } catch {
    return link;
  }
}

function NoteBody({ data }: { data: Extract<CardData, { kind: 'note' }> }) {
  return (
    <>
      <Text class="badge note" value={t(data.verdict ? 'pageVerdict' : 'pageNoteLabel')} />
      <p class="quote">
        <Text value={data.quote} />
      </p>
      {data.verdict ? null : data.body ? (
        <p class="body">
          <Text value={data.body} />
        </p>
      ) : (
        <p class="muted">
          <Text value={t('pageHighlightOnly')} />
        </p>
      )}
      {data.tags.length > 0 && (
        <p class="muted">
          <Text value={data.tags.map((tag) => `#${tag}`).join(' ')} />
        </p>
      )}
    </>
  );
}
