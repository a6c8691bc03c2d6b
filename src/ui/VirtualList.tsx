// A list that renders only the rows in view, so 10,000 notes scroll as smoothly as ten; it asks for
// more rows as the reader nears the end of those it has (the notes list pages through the store).
// Keyboard: one row is in the Tab order (roving tabindex); arrows, Page Up/Down, Home and End move
// between rows, scrolling the list as needed. Rows announce their position for screen readers.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { prefixOffsets, scrollToShow, visibleRange } from './virtual-window';

export interface VirtualListProps<T> {
  items: T[];
  itemKey: (item: T) => string;
  itemHeight: (item: T) => number;
  renderItem: (item: T, index: number, active: boolean) => ComponentChildren;
  /** The row that is in the Tab order. */
  activeIndex: number;
  onActiveIndexChange: (index: number) => void;
  label: string;
  /** Keys pressed while a row itself (not a control inside it) has focus. */
  onRowKeyDown?: (item: T, index: number, event: KeyboardEvent) => void;
  /** Set (with a new seq) to move focus to a row, e.g. after the focused row was deleted. */
  focusRequest?: { index: number; seq: number } | null;
  /** Called when the rows in view come near the end of `items` (to load the next page). */
  onNearEnd?: () => void;
  /** The list's whole length when `items` holds only its first part (announced as aria-setsize). */
  setSize?: number;
  /** Extra rows rendered each side of the viewport. */
  overscan?: number;
  id?: string;
}

const NAV_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp']);

export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, itemKey, itemHeight, renderItem, activeIndex, onActiveIndexChange, label, overscan = 6 } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const focusAfterRender = useRef<number | null>(null);

  const offsets = useMemo(() => prefixOffsets(items.map(itemHeight)), [items, itemHeight]);
  const [first, last] = visibleRange(offsets, scrollTop, viewport, overscan);
  const total = offsets[items.length] ?? 0;

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    setViewport(element.clientHeight || 600);
    const observer = new ResizeObserver(() => setViewport(element.clientHeight || 600));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const { onNearEnd } = props;
  useEffect(() => {
    if (onNearEnd && items.length > 0 && last >= items.length - overscan) onNearEnd();
  }, [last, items.length, onNearEnd, overscan]);

  useEffect(() => {
    const index = focusAfterRender.current;
    if (index === null) return;
    focusAfterRender.current = null;
    scroller.current?.querySelector<HTMLElement>(`[data-row-index="${index}"]`)?.focus({ preventScroll: true });
  });

  /** Focuses a row (scrolling it into view): for callers that move focus after a change. */
  function moveTo(index: number) {
    const element = scroller.current;
    if (!element || items.length === 0) return;
    const target = Math.max(0, Math.min(items.length - 1, index));
    const top = scrollToShow(offsets, target, element.scrollTop, element.clientHeight);
    if (top !== element.scrollTop) {
      element.scrollTop = top;
      setScrollTop(top);
    }
    focusAfterRender.current = target;
    onActiveIndexChange(target);
  }

  function onKeyDown(event: KeyboardEvent) {
    const target = event.target as HTMLElement;
    const rowIndex = target.classList.contains('vlist-row') ? Number(target.dataset.rowIndex) : -1;
    if (rowIndex >= 0 && props.onRowKeyDown && items[rowIndex] !== undefined) {
      props.onRowKeyDown(items[rowIndex]!, rowIndex, event);
      if (event.defaultPrevented) return;
    }
    if (!NAV_KEYS.has(event.key)) return;
    // Arrows inside a text field or a select belong to that field.
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    event.preventDefault();
    const page = Math.max(1, Math.floor(viewport / 80));
    const step: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      Home: 0,
      End: items.length - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
    };
    moveTo(step[event.key] ?? activeIndex);
  }

  const request = props.focusRequest;
  useEffect(() => {
    if (request) moveTo(request.index);
  }, [request?.seq]);

  const rows = [];
  for (let i = first; i < last; i++) {
    const item = items[i]!;
    rows.push(
      <li
        key={itemKey(item)}
        class="vlist-row"
        aria-setsize={props.setSize ?? items.length}
        aria-posinset={i + 1}
        data-row-index={i}
        tabIndex={i === activeIndex ? 0 : -1}
        onFocusIn={() => i !== activeIndex && onActiveIndexChange(i)}
        style={{ top: `${offsets[i]}px`, height: `${offsets[i + 1]! - offsets[i]!}px` }}
      >
        {renderItem(item, i, i === activeIndex)}
      </li>,
    );
  }

  return (
    <div ref={scroller} id={props.id} class="vlist" onScroll={(event) => setScrollTop((event.currentTarget as HTMLDivElement).scrollTop)}>
      <ul class="vlist-body" aria-label={label} style={{ height: `${total}px` }} onKeyDown={onKeyDown}>
        {rows}
      </ul>
    </div>
  );
}
