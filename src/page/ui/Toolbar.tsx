// The selection toolbar: five colours (the default first) and a note. Arrow keys move between buttons.
import { useState } from 'preact/hooks';
import { NOTE_COLORS, type NoteColor } from '../../lib/annotation';
import { t } from '../../lib/i18n';
import { NOTE_SWATCHES } from '../styles';
import { NoteEditor } from './NoteEditor';
import { StatusLine } from './StatusLine';
import { Text } from './Text';
import type { UiActions } from './types';

export function Toolbar({ actions, defaultColor, dark = false }: { actions: UiActions; defaultColor: NoteColor; dark?: boolean }) {
  const [noting, setNoting] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const colors = [defaultColor, ...NOTE_COLORS.filter((c) => c !== defaultColor)];
  const run = async (color: NoteColor, body?: string, tags?: string[]) => {
    try {
      await actions.highlightSelection(color, body, tags);
    } catch (error) {
      setStatus(t('pageSaveFailed', error instanceof Error ? error.message : String(error)));
    }
  };
  if (noting) {
    return (
      <NoteEditor
        mode="note"
        color={defaultColor}
        dark={dark}
        onSave={(note) => run(note.color ?? defaultColor, note.body, note.tags)}
        onCancel={() => setNoting(false)}
      />
    );
  }
  return (
    <div>
      <div
        class="toolbar"
        role="toolbar"
        aria-label={t('pageToolbarLabel')}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
          const buttons = [...(event.currentTarget as HTMLElement).querySelectorAll('button')];
          const at = buttons.indexOf(event.target as HTMLButtonElement);
          const next = buttons[(at + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length];
          next?.focus();
          event.preventDefault();
        }}
      >
        {colors.map((color) => (
          <button
            key={color}
            type="button"
            class="swatch"
            style={{ background: NOTE_SWATCHES[color] }}
            aria-label={t('pageHighlightIn', t(`pageColor_${color}`))}
            title={t('pageHighlightIn', t(`pageColor_${color}`))}
            onClick={() => run(color)}
          />
        ))}
        <button
          type="button"
          onClick={() => {
            actions.pin();
            setNoting(true);
          }}
        >
          <Text value={t('pageNote')} />
        </button>
      </div>
      <StatusLine status={status} />
    </div>
  );
}
