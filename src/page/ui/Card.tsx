// The card for a highlight: an official or other person (name, role, mentions), a claim (kinds,
// source, cue) or one of the reader's notes. Cards for people and claims offer Save and Add note.
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { NoteEditor } from './NoteEditor';
import { StatusLine } from './StatusLine';
import { Text } from './Text';
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
                <Text value={t('pageEditNote')} />
              </button>
              <button type="button" onClick={() => run(() => actions.deleteNote(data.id))}>
                <Text value={t('pageDeleteNote')} />
              </button>
            </>
          ) : (
            <>
              <button type="button" class="primary" onClick={() => run(() => actions.saveCard(), t('pageSaved'))}>
                <Text value={t('pageSave')} />
              </button>
              <button type="button" onClick={() => startEditing()}>
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

function NoteBody({ data }: { data: Extract<CardData, { kind: 'note' }> }) {
  return (
    <>
      <Text class="badge note" value={t('pageNoteLabel')} />
      <p class="quote">
        <Text value={data.quote} />
      </p>
      {data.body ? (
        <p class="body">
          <Text value={data.body} />
        </p>
      ) : (
        <p class="muted">
          <Text value={t('pageHighlightOnly')} />
        </p>
      )}
    </>
  );
}
