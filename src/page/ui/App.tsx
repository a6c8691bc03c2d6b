// The in-page UI's root: the hover/keyboard card and the selection toolbar, both optional.
import { t } from '../../lib/i18n';
import { Card, cardLabel } from './Card';
import { Panel } from './Panel';
import { Text } from './Text';
import { Toolbar } from './Toolbar';
import type { UiActions, UiState } from './types';

export function App({ state, actions }: { state: UiState; actions: UiActions }) {
  const { card, toolbar } = state;
  return (
    <div class={state.dark ? 'root dark' : 'root'}>
      {card && (
        <Panel
          key={card.key}
          box={card.box}
          focus={card.focus}
          label={cardLabel(card.data)}
          onClose={actions.close}
          onPointer={actions.pointerOverPanel}
        >
          <Card data={card.data} actions={actions} dark={state.dark} />
          {card.focus && (
            <p class="hint muted">
              <Text value={t('pageCardHint')} />
            </p>
          )}
        </Panel>
      )}
      {toolbar && !card && (
        <Panel
          key={toolbar.key}
          box={toolbar.box}
          focus={toolbar.focus}
          label={t('pageToolbarLabel')}
          className="toolbar-panel"
          onClose={actions.close}
          onPointer={actions.pointerOverPanel}
        >
          <Toolbar actions={actions} defaultColor={state.defaultColor} dark={state.dark} />
        </Panel>
      )}
    </div>
  );
}
