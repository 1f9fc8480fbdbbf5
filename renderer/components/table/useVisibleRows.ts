/**
 * Which table rows to render: all of them for a small plan, only those in
 * view (plus a margin) for a large one. Rows have a fixed height, so the
 * rest is two spacer rows; scrolling, and the chart moving the table's
 * scrollTop, update the range.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { GANTT_HEADER_HEIGHT, GANTT_ROW_HEIGHT } from '../../gantt/GanttChart';

/** Below this many rows the whole table is rendered (simpler DOM, nothing to gain). */
export const VIRTUALIZE_FROM = 150;
const OVERSCAN = 10;

export interface RowRange {
  first: number;
  /** Exclusive. */
  last: number;
}

export function visibleRange(count: number, scrollTop: number, viewHeight: number): RowRange {
  if (count < VIRTUALIZE_FROM) return { first: 0, last: count };
  const top = Math.max(0, scrollTop - GANTT_HEADER_HEIGHT);
  const first = Math.min(count, Math.max(0, Math.floor(top / GANTT_ROW_HEIGHT) - OVERSCAN));
  const last = Math.min(count, Math.ceil((top + viewHeight) / GANTT_ROW_HEIGHT) + OVERSCAN);
  return { first, last: Math.max(first, last) };
}

export function useVisibleRows(count: number, element: RefObject<HTMLDivElement | null>): RowRange {
  const [range, setRange] = useState<RowRange>(() => visibleRange(count, 0, 1200));
  useLayoutEffect(() => {
    const el = element.current;
    if (!el) return;
    const update = () => {
      const next = visibleRange(count, el.scrollTop, el.clientHeight || 1200);
      setRange((r) => (r.first === next.first && r.last === next.last ? r : next));
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [count, element]);
  return range;
}

/** Scrolls the table so row `index` is in view (keyboard moves to a row that is not rendered yet). */
export function scrollRowIntoView(el: HTMLElement, index: number): void {
  const top = GANTT_HEADER_HEIGHT + index * GANTT_ROW_HEIGHT;
  const visibleTop = el.scrollTop + GANTT_HEADER_HEIGHT;
  if (top < visibleTop) el.scrollTop = top - GANTT_HEADER_HEIGHT;
  else if (top + GANTT_ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + GANTT_ROW_HEIGHT - el.clientHeight;
}
