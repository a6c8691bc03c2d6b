// The card for a highlight: an official or other person (name, role, mentions), a claim (kinds,
// source, cue) or one of the reader's notes. Cards for people and claims offer Save and Add note.
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { NoteEditor } from './NoteEditor';
import { StatusLine } from './StatusLine';
import type { CardData, UiActions } from './types';

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

export function Card({ data, actions, dark = false }: CardProps) {
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const startEditing = () => {
    actions.pin();
    setEditing(true);
  };
  const run = async (work: () => Promise<void>, done?: string) => {
    try {
      await work();
      setEditing(false);
      if (done) setStatus(done);
    } catch (error) {
      setStatus(t('pageSaveFailed', error instanceof Error ? error.message : String(error)));
    }
  };
  return (
    <div>
      {data.kind === 'person' && <PersonBody data={data} />}
      {data.kind === 'claim' && <ClaimBody data={data} />}
      {data.kind === 'note' && <NoteBody data={data} />}
      {editing ? (
        <NoteEditor
          initial={data.kind === 'note' ? data.body : ''}
          dark={dark}
          onSave={(body) => run(() => (data.kind === 'note' ? actions.editNote(data.id, body) : actions.saveCard(body)), t('pageSaved'))}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div class="actions">
          {data.kind === 'note' ? (
            <>
              <button type="button" onClick={() => startEditing()}>
                {t('pageEditNote')}
              </button>
              <button type="button" onClick={() => run(() => actions.deleteNote(data.id))}>
                {t('pageDeleteNote')}
              </button>
            </>
          ) : (
            <>
              <button type="button" class="primary" onClick={() => run(() => actions.saveCard(), t('pageSaved'))}>
                {t('pageSave')}
              </button>
              <button type="button" onClick={() => startEditing()}>
                {t('pageAddNote')}
              </button>
            </>
          )}
          <button type="button" onClick={actions.close}>
            {t('pageClose')}
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
      <span class={data.official ? 'badge' : 'badge person'}>{t(data.official ? 'pageCardOfficial' : 'pageCardPerson')}</span>
      <h2>{data.name}</h2>
      <p class={data.role ? '' : 'muted'}>{data.role ?? t('pageCardNoRole')}</p>
      <p class="muted">{t(data.mentions === 1 ? 'pageCardMentions_one' : 'pageCardMentions_other', String(data.mentions))}</p>
    </>
  );
}

function ClaimBody({ data }: { data: Extract<CardData, { kind: 'claim' }> }) {
  return (
    <>
      <span class="badge claim">{t('pageCardClaim')}</span>
      <h2>{data.kinds.map((kind) => t(`pageKind_${kind}`)).join(' · ') || t('pageCardClaim')}</h2>
      <dl>
        <dt>{t('pageCardSource')}</dt>
        <dd class={data.source ? '' : 'muted'}>{data.source ?? t('pageCardNoSource')}</dd>
        {data.cue && (
          <>
            <dt>{t('pageCardCue')}</dt>
            <dd>« {data.cue} »</dd>
          </>
        )}
      </dl>
    </>
  );
}

function NoteBody({ data }: { data: Extract<CardData, { kind: 'note' }> }) {
  return (
    <>
      <span class="badge note">{t('pageNoteLabel')}</span>
      <p class="quote">{data.quote}</p>
      {data.body ? <p class="body">{data.body}</p> : <p class="muted">{t('pageHighlightOnly')}</p>}
    </>
  );
}
