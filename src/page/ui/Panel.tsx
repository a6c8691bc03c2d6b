// A floating panel placed beside a box of page text (below it, or above when there is no room),
// focused when it was opened from the keyboard, closed with Escape.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Box } from './types';

interface PanelProps {
  box: Box;
  focus: boolean;
  label: string;
  className?: string;
  onClose: () => void;
  onPointer: (over: boolean) => void;
  children: ComponentChildren;
}

const GAP = 8;
const WIDTH = 340;

export function Panel({ box, focus, label, className, onClose, onPointer, children }: PanelProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focus) return;
    // A toolbar takes focus on its first button; a card on itself, so it is read from the top.
    const first = ref.current?.querySelector('[role="toolbar"] button') ?? ref.current;
    (first as HTMLElement | null | undefined)?.focus({ preventScroll: true });
  }, [focus]);
  const below = box.bottom + GAP + 160 < window.innerHeight || box.top < 200;
  const left = Math.max(GAP, Math.min(box.left, window.innerWidth - Math.min(WIDTH, window.innerWidth - 2 * GAP) - GAP));
  const style = below
    ? { top: `${box.bottom + GAP}px`, left: `${left}px` }
    : { bottom: `${window.innerHeight - box.top + GAP}px`, left: `${left}px` };
  return (
    <div
      ref={ref}
      class={`panel ${className ?? ''}`}
      role="dialog"
      aria-label={label}
      tabIndex={-1}
      style={style}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
      onMouseEnter={() => onPointer(true)}
      onMouseLeave={() => onPointer(false)}
    >
      {children}
    </div>
  );
}
