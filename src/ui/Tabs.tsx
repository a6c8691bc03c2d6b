// Accessible tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move between tabs and select
// them; the selected tab alone is in the Tab order, then Tab goes into its panel.
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabSpec<K extends string> {
  key: K;
  label: ComponentChildren;
}

export function Tabs<K extends string>(props: {
  tabs: TabSpec<K>[];
  selected: K;
  onSelect: (key: K) => void;
  label: string;
  idPrefix: string;
}) {
  const { tabs, selected, onSelect, label, idPrefix } = props;
  const list = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    const index = tabs.findIndex((tab) => tab.key === selected);
    const next: Record<string, number> = {
      ArrowRight: (index + 1) % tabs.length,
      ArrowLeft: (index - 1 + tabs.length) % tabs.length,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    onSelect(tabs[target]!.key);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[target]?.focus();
  }

  return (
    <div class="tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.key}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${tab.key}`}
          aria-controls={`${idPrefix}-panel-${tab.key}`}
          aria-selected={tab.key === selected}
          tabIndex={tab.key === selected ? 0 : -1}
          onClick={() => onSelect(tab.key)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

/** A tab's panel. It stays mounted while hidden, so a search or a scroll position survives a tab switch. */
export function TabPanel(props: { idPrefix: string; tabKey: string; hidden: boolean; children: ComponentChildren }) {
  return (
    <div
      class="tab-panel"
      role="tabpanel"
      id={`${props.idPrefix}-panel-${props.tabKey}`}
      aria-labelledby={`${props.idPrefix}-tab-${props.tabKey}`}
      hidden={props.hidden}
    >
      {props.children}
    </div>
  );
}
