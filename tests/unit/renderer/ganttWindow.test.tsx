// @vitest-environment happy-dom
/**
 * Windowed rendering over the real frappe-gantt in happy-dom: a large plan
 * gives frappe only the rows near the view; scrolling moves the window (bars
 * made and removed), the grid stays as tall as every row, arrows to rows
 * outside the window are routed from those rows' dates, and an edit patches
 * only what is drawn.
 */
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkPath } from '../../../core/export/linkPath';
import { barBox, rowBox } from '../../../renderer/gantt/bars';
import { GANTT_HEADER_HEIGHT, GANTT_ROW_HEIGHT, GanttChart, type GanttChartHandle, type GanttChartProps, type GanttRow } from '../../../renderer/gantt/GanttChart';
import { rowWindow, WINDOW_FROM, WINDOW_MARGIN } from '../../../renderer/gantt/rowWindow';
import type { ChartGeometry } from '../../../renderer/gantt/overlays';
import { addDays } from '../../../core/dates';

const N = 1_000;
const VIEW = 300; // px: 10 rows

function row(i: number, partial: Partial<GanttRow> = {}): GanttRow {
  const start = addDays('2026-04-01', i % 60);
  return {
    id: `r${i}`, stt: i + 1, name: `Công việc ${i + 1}`, start, finish: addDays(start, 2), progress: 0,
    critical: false, late: false, kind: i % 7 === 3 ? 'milestone' : 'task', manual: false, windowStart: start, windowEnd: addDays(start, 9),
    links: i > 0 ? [{ from: `r${i - 1}`, type: 'FS' as const }] : [], ...partial,
  };
}
/** Row 500 also follows row 2 (far above any window around it) and row 998 (far below). */
const ROWS = Array.from({ length: N }, (_, i) =>
  i === 500 ? row(i, { links: [{ from: 'r499', type: 'FS' }, { from: 'r2', type: 'SS' }, { from: 'r998', type: 'FF' }] }) : row(i),
);

function props(overrides: Partial<GanttChartProps> = {}): GanttChartProps {
  return {
    rows: ROWS, viewMode: 'Week', rangeStart: '2026-04-01', rangeEnd: '2026-12-31', today: '2026-05-14',
    nonWorkingDays: [], extraWorkingDays: [], language: 'vi', selectedId: null, onSelect: () => {}, ...overrides,
  };
}

const original = globalThis.ResizeObserver;
beforeEach(() => {
  // happy-dom lays nothing out: the chart learns its height from a stand-in ResizeObserver.
  globalThis.ResizeObserver = class {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      this.callback([{ target, contentRect: { height: VIEW } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});
afterEach(() => {
  cleanup();
  globalThis.ResizeObserver = original;
});

const ids = (root: ParentNode, selector: string, attr = 'data-id') => Array.from(root.querySelectorAll(selector)).map((e) => e.getAttribute(attr)!);
const indexes = (root: ParentNode) => ids(root, '.bar-wrapper').map((id) => Number(id.slice(1))).sort((a, b) => a - b);
const num = (el: Element | null | undefined, attr: string) => Number(el?.getAttribute(attr));

function scrollTo(root: ParentNode, top: number) {
  const body = root.querySelector<HTMLDivElement>('.gantt-container')!;
  body.scrollTop = top;
  fireEvent.scroll(body);
}

describe('rowWindow', () => {
  const view = (scrollTop: number) => ({ scrollTop, viewHeight: VIEW, headerHeight: GANTT_HEADER_HEIGHT, rowHeight: GANTT_ROW_HEIGHT });
  it('draws every row of a small plan, and the view ± a margin of a large one, moving in steps', () => {
    expect(rowWindow(WINDOW_FROM - 1, view(5_000), null)).toEqual({ first: 0, last: WINDOW_FROM - 1 });
    const w = rowWindow(N, view(GANTT_HEADER_HEIGHT + 400 * GANTT_ROW_HEIGHT), null);
    expect(w).toEqual({ first: 400 - WINDOW_MARGIN, last: 410 + WINDOW_MARGIN });
    // A few rows further: the same window; near its edge: a new one around the view.
    expect(rowWindow(N, view(GANTT_HEADER_HEIGHT + 420 * GANTT_ROW_HEIGHT), w)).toBe(w);
    expect(rowWindow(N, view(GANTT_HEADER_HEIGHT + 440 * GANTT_ROW_HEIGHT), w)).toEqual({ first: 440 - WINDOW_MARGIN, last: 450 + WINDOW_MARGIN });
    expect(rowWindow(N, view(1e9), null)).toEqual({ first: N - WINDOW_MARGIN, last: N });
  });
});

describe('windowed chart', () => {
  it('gives frappe only the rows near the view, in a grid as tall as every row', () => {
    const { container } = render(<GanttChart {...props()} />);
    // The first rows: the view (assumed 1,200 px high before it is laid out) and the margin.
    const drawn = indexes(container);
    expect(drawn).toEqual(Array.from({ length: drawn.length }, (_, i) => i));
    expect(drawn.length).toBeGreaterThanOrEqual(10 + WINDOW_MARGIN - 1);
    expect(drawn.length).toBeLessThan(100);
    const svg = container.querySelector('svg.gantt')!;
    expect(num(svg, 'height')).toBe(GANTT_HEADER_HEIGHT + N * GANTT_ROW_HEIGHT);
    // Row background and lines: one element each, not one per row.
    expect(container.querySelectorAll('.grid-row')).toHaveLength(1);
    expect(num(container.querySelector('.row-lines'), 'height')).toBe(N * GANTT_ROW_HEIGHT);
    // Bars sit on their own rows; window bands only for drawn rows.
    const bar = container.querySelector('.bar-wrapper[data-id="r20"] .bar')!;
    expect(num(bar, 'y')).toBe(GANTT_HEADER_HEIGHT + 20 * GANTT_ROW_HEIGHT + 5);
    expect(ids(container, '.window-band')).toHaveLength(drawn.length);
  });

  it('moves the window as the chart scrolls to the bottom and back, bars exactly where their rows are', () => {
    const { container } = render(<GanttChart {...props({ selectedId: 'r990' })} />);
    const top = GANTT_HEADER_HEIGHT + 990 * GANTT_ROW_HEIGHT - 100;
    scrollTo(container, top);
    const drawn = indexes(container);
    expect(drawn[0]).toBeGreaterThan(900);
    expect(drawn.at(-1)).toBe(N - 1);
    expect(drawn).toEqual(Array.from({ length: drawn.length }, (_, i) => drawn[0]! + i));
    for (const i of [drawn[0]!, 990, N - 1]) {
      const rect = container.querySelector(`.bar-wrapper[data-id="r${i}"] .bar`)!;
      expect(num(rect, 'y') + num(rect, 'height') / 2).toBeCloseTo(GANTT_HEADER_HEIGHT + (i + 0.5) * GANTT_ROW_HEIGHT, 6);
    }
    // The selected row entered the window selected; the bands follow the window.
    expect(ids(container, '.bar-wrapper.is-selected')).toEqual(['r990']);
    expect(ids(container, '.window-band').every((id) => Number(id.slice(1)) >= drawn[0]!)).toBe(true);
    // No highlight left behind for bars that left; one per drawn bar.
    expect(container.querySelectorAll('.date-range-highlight')).toHaveLength(drawn.length);
    scrollTo(container, 0);
    const back = indexes(container);
    expect(back).toEqual(Array.from({ length: 9 + WINDOW_MARGIN }, (_, i) => i)); // 300 px: rows 0–8 in view
    expect(container.querySelectorAll('.date-range-highlight')).toHaveLength(back.length);
  });

  it('draws arrows that cross the window, to rows outside it from their dates', () => {
    const { container } = render(<GanttChart {...props()} />);
    scrollTo(container, GANTT_HEADER_HEIGHT + 500 * GANTT_ROW_HEIGHT);
    const drawn = indexes(container);
    expect(drawn).not.toContain(2);
    expect(drawn).not.toContain(998);
    const arrows = ids(container, '.arrow path', 'data-from').length;
    // The chain's arrows inside the window plus the two long ones into row 500 (and the one crossing each edge).
    expect(arrows).toBe(drawn.length - 1 + 2 + (drawn[0]! > 0 ? 1 : 0) + (drawn.at(-1)! < N - 1 ? 1 : 0));
    for (const path of ['.arrow path[data-from="r2"][data-to="r500"]', '.arrow path[data-from="r998"][data-to="r500"]']) {
      expect(container.querySelector(path)?.getAttribute('d')).toMatch(/^M/);
    }
    scrollTo(container, 0);
    expect(container.querySelector('.arrow path[data-from="r998"]')).toBeNull(); // crosses the window no longer
    expect(container.querySelector('.arrow path[data-from="r2"][data-to="r500"]')).not.toBeNull(); // still does
  });

  it('places an undrawn row where its bar would be drawn (rowBox = barBox)', () => {
    const { container } = render(<GanttChart {...props()} />);
    const svgRows = Array.from(container.querySelectorAll('.bar-wrapper')).slice(0, 12);
    // The chart's geometry: Week view from Monday 30/03, 13 px a day.
    const geo: ChartGeometry = { firstDay: Math.round(Date.UTC(2026, 2, 30) / 86_400_000), dayCount: 400, pxPerDay: 13, headerHeight: GANTT_HEADER_HEIGHT, rowHeight: GANTT_ROW_HEIGHT, gridHeight: 0 };
    for (const g of svgRows) {
      const i = Number(g.getAttribute('data-id')!.slice(1));
      const bar = { $bar: g.querySelector('.bar')!, task: { _index: i } } as unknown as Parameters<typeof barBox>[0];
      expect(rowBox(ROWS[i]!, i, geo, '2026-04-01')).toEqual(barBox(bar, geo));
    }
    // And an arrow into a drawn row from an undrawn one uses it.
    scrollTo(container, GANTT_HEADER_HEIGHT + 500 * GANTT_ROW_HEIGHT);
    const d = container.querySelector('.arrow path[data-from="r2"][data-to="r500"]')!.getAttribute('d');
    const to = { $bar: container.querySelector('.bar-wrapper[data-id="r500"] .bar')!, task: { _index: 500 } } as unknown as Parameters<typeof barBox>[0];
    expect(d).toBe(linkPath(rowBox(ROWS[2]!, 2, geo, '2026-04-01'), barBox(to, geo), 'SS'));
  });

  it('patches an edit in the window, and a row outside it is drawn as it is when it enters', () => {
    const ref = createRef<GanttChartHandle>();
    const { container, rerender } = render(<GanttChart ref={ref} {...props()} />);
    const before = container.querySelector('.bar-wrapper[data-id="r5"]');
    const moved = ROWS.map((r, i) => (i === 5 || i === 700 ? { ...r, start: '2026-06-01', finish: '2026-06-03', critical: true } : r));
    rerender(<GanttChart ref={ref} {...props({ rows: moved })} />);
    expect(container.querySelector('.bar-wrapper[data-id="r5"]')).toBe(before); // patched, not redrawn
    expect(before?.classList.contains('is-critical')).toBe(true);
    const x5 = num(before!.querySelector('.bar'), 'x');
    scrollTo(container, GANTT_HEADER_HEIGHT + 695 * GANTT_ROW_HEIGHT);
    const bar700 = container.querySelector('.bar-wrapper[data-id="r700"]')!;
    expect(num(bar700.querySelector('.bar'), 'x')).toBe(x5);
    expect(bar700.classList.contains('is-critical')).toBe(true);
    // repaintTasks: a caller that knows what changed repaints just that.
    act(() => ref.current!.repaintTasks(['r700', 'nope']));
    expect(num(bar700.querySelector('.bar'), 'x')).toBe(x5);
  });
});
