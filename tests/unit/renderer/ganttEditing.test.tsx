// @vitest-environment happy-dom
/**
 * Editing on the chart, over the real frappe-gantt in happy-dom: new rows
 * with the same structure patch the drawn bars in place (and end up exactly
 * as a fresh render would draw them), and mouse drags become snapped changes
 * reported once per frame, with Esc, read-only and locked kinds respected.
 */
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorkCalendar } from '../../../core/calendar';
import { CALENDAR_2026 } from '../../../core/seed/calendar2026';
import { GanttChart, type GanttChartProps, type GanttRow } from '../../../renderer/gantt/GanttChart';

const cal = createWorkCalendar(CALENDAR_2026);

function row(partial: Partial<GanttRow> & Pick<GanttRow, 'id' | 'stt' | 'start' | 'finish'>): GanttRow {
  return { name: `Công việc ${partial.stt}`, progress: 0, critical: false, late: false, kind: 'task', manual: false, windowStart: null, windowEnd: null, links: [], ...partial };
}

const ROWS: GanttRow[] = [
  row({ id: 't1', stt: 1, start: '2026-04-01', finish: '2026-04-07', critical: true, progress: 40 }),
  row({ id: 't2', stt: 2, start: '2026-04-08', finish: '2026-04-14', critical: true, links: [{ from: 't1', type: 'FS' }], windowStart: '2026-04-01', windowEnd: '2026-04-30' }),
  row({ id: 't3', stt: 3, start: '2026-04-08', finish: '2026-05-15', links: [{ from: 't2', type: 'SS' }, { from: 't1', type: 'FF' }] }),
  row({ id: 't4', stt: 4, start: '2026-05-18', finish: '2026-05-18', kind: 'milestone', links: [{ from: 't3', type: 'FS' }] }),
  row({ id: 't5', stt: 5, start: '2026-04-08', finish: '2026-05-18', kind: 'effort', links: [{ from: 't1', type: 'SS' }, { from: 't4', type: 'FF' }] }),
  row({ id: 't6', stt: 6, start: '2026-05-19', finish: '2026-05-22', manual: true, links: [{ from: 't4', type: 'SF' }] }),
];

function props(overrides: Partial<GanttChartProps> = {}): GanttChartProps {
  return {
    rows: ROWS,
    viewMode: 'Week',
    rangeStart: '2026-04-01',
    rangeEnd: '2026-12-31',
    today: '2026-05-14',
    nonWorkingDays: [],
    extraWorkingDays: [],
    language: 'vi',
    selectedId: null,
    onSelect: () => {},
    editable: true,
    calendar: cal,
    ...overrides,
  };
}

afterEach(() => cleanup());

const barEl = (root: ParentNode, id: string) => root.querySelector<SVGGElement>(`.bar-wrapper[data-id="${id}"]`)!;
const num = (el: Element | null | undefined, attr: string) => Number(el?.getAttribute(attr));
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Everything drawn per bar and per arrow, to compare a patched chart with a fresh one. */
function drawing(root: ParentNode) {
  const attrs = (el: Element | null, names: string[]) => names.map((n) => el?.getAttribute(n) ?? null);
  return {
    bars: Array.from(root.querySelectorAll('.bar-wrapper')).map((g) => ({
      id: g.getAttribute('data-id'),
      classes: Array.from(g.classList).sort(),
      bar: attrs(g.querySelector('.bar'), ['x', 'y', 'width', 'height', 'transform']),
      progress: attrs(g.querySelector('.bar-progress'), ['x', 'width']),
      label: attrs(g.querySelector('.bar-label'), ['x', 'class']),
      title: g.querySelector(':scope > title')?.textContent,
      handles: Array.from(g.querySelectorAll('.tiendo-handle')).map((h) => attrs(h, ['class', 'x', 'width', 'cx', 'cy'])),
    })),
    arrows: Array.from(root.querySelectorAll('.arrow path'))
      .map((p) => attrs(p, ['data-from', 'data-to', 'data-type', 'd', 'class']).join('|'))
      .sort(),
    bands: Array.from(root.querySelectorAll('.window-band')).map((b) => attrs(b, ['data-id', 'x', 'width']).join('|')),
  };
}

describe('incremental redraw', () => {
  it('patches moved bars in place and draws exactly what a fresh render draws', async () => {
    const { container, rerender } = render(<GanttChart {...props()} />);
    const before = barEl(container, 't2');
    const untouchedArrow = container.querySelector('.arrow path[data-from="t3"][data-to="t4"]');
    const untouchedPath = untouchedArrow?.getAttribute('d');
    // t2 a week later (and no longer critical), t3 done 50%, t5 late, t2's window widened.
    const next = ROWS.map((r) => ({ ...r }));
    next[1] = { ...next[1]!, start: '2026-04-15', finish: '2026-04-21', critical: false, windowEnd: '2026-05-31' };
    next[2] = { ...next[2]!, progress: 50 };
    next[4] = { ...next[4]!, late: true };
    rerender(<GanttChart {...props({ rows: next })} />);

    expect(barEl(container, 't2')).toBe(before); // not redrawn: patched
    expect(num(before.querySelector('.bar'), 'x')).toBe((14 + 2) * 13); // 15/04 is 16 days after Monday 30/03
    expect(before.classList.contains('is-critical')).toBe(false);
    expect(barEl(container, 't5').classList.contains('is-late')).toBe(true);
    expect(container.querySelector('.arrow path[data-from="t3"][data-to="t4"]')).toBe(untouchedArrow);
    expect(untouchedArrow?.getAttribute('d')).toBe(untouchedPath);

    const fresh = render(<GanttChart {...props({ rows: next })} />);
    // Labels of a fresh render are placed in the frames after it (frappe's, then the chart's).
    await frame();
    await frame();
    expect(drawing(container)).toEqual(drawing(fresh.container));
  });

  it('patches rows near the viewport at once and the others when idle or scrolled to', async () => {
    // A viewport 300 px high: happy-dom lays nothing out, so the chart is told its size by a stand-in ResizeObserver.
    const original = globalThis.ResizeObserver;
    globalThis.ResizeObserver = class {
      constructor(private readonly callback: ResizeObserverCallback) {}
      observe(target: Element) {
        this.callback([{ target, contentRect: { height: 300 } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
      }
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
    try {
      const chain = Array.from({ length: 80 }, (_, i) =>
        row({ id: `c${i}`, stt: i + 1, start: '2026-04-06', finish: '2026-04-07', links: i > 0 ? [{ from: `c${i - 1}`, type: 'FS' as const }] : [] }),
      );
      const { container, rerender } = render(<GanttChart {...props({ rows: chain })} />);
      const x = (id: string) => num(barEl(container, id).querySelector('.bar'), 'x');
      const before = x('c79');
      const later = chain.map((r) => ({ ...r, start: '2026-04-13', finish: '2026-04-14' }));
      rerender(<GanttChart {...props({ rows: later })} />);
      expect(x('c0')).toBe(before + 7 * 13); // on screen: at once
      expect(x('c60')).toBe(before); // far below: not yet
      const body = container.querySelector<HTMLDivElement>('.gantt-container')!;
      body.scrollTop = 60 * 30;
      fireEvent.scroll(body);
      expect(x('c60')).toBe(before + 7 * 13); // scrolled to: patched
      await new Promise((r) => setTimeout(r, 100));
      expect(x('c79')).toBe(before + 7 * 13); // the rest when idle
      const fresh = render(<GanttChart {...props({ rows: later })} />);
      await frame();
      await frame();
      expect(drawing(container)).toEqual(drawing(fresh.container));
    } finally {
      globalThis.ResizeObserver = original;
    }
  });

  it('keeps milestones as diamonds when they move', () => {
    const { container, rerender } = render(<GanttChart {...props({ viewMode: 'Day' })} />);
    const next = ROWS.map((r) => (r.id === 't4' ? { ...r, start: '2026-05-25', finish: '2026-05-25' } : r));
    rerender(<GanttChart {...props({ viewMode: 'Day', rows: next })} />);
    const diamond = barEl(container, 't4').querySelector('.bar')!;
    const cx = 54 * 30 + 15; // 25/05 is day 54 of the range, the diamond in its middle
    expect(diamond.getAttribute('transform')).toBe(`rotate(45 ${cx} ${num(diamond, 'y') + num(diamond, 'height') / 2})`);
    expect(num(diamond, 'x') + num(diamond, 'width') / 2).toBeCloseTo(cx, 6);
  });

  it('redraws everything when rows are added or relinked', () => {
    const { container, rerender } = render(<GanttChart {...props()} />);
    const before = barEl(container, 't1');
    const relinked = ROWS.map((r) => (r.id === 't2' ? { ...r, links: [{ from: 't1', type: 'SS' as const }] } : r));
    rerender(<GanttChart {...props({ rows: relinked })} />);
    expect(barEl(container, 't1')).not.toBe(before);
    expect(container.querySelector('.arrow path[data-to="t2"]')?.getAttribute('data-type')).toBe('SS');
  });

  it('draws one typed arrow per link, dashed types marked by class', () => {
    const { container } = render(<GanttChart {...props()} />);
    const arrows = Array.from(container.querySelectorAll('.arrow path')).map((p) => `${p.getAttribute('data-from')}→${p.getAttribute('data-to')} ${p.getAttribute('class')}`);
    expect(arrows.sort()).toEqual(
      ['t1→t2 link-FS is-critical', 't2→t3 link-SS', 't1→t3 link-FF', 't3→t4 link-FS', 't1→t5 link-SS', 't4→t5 link-FF', 't4→t6 link-SF'].sort(),
    );
  });
});

describe('dragging', () => {
  function setup(overrides: Partial<GanttChartProps> = {}) {
    const calls = { preview: vi.fn(), end: vi.fn(), cancel: vi.fn(), select: vi.fn() };
    const utils = render(
      <GanttChart {...props({ onDragPreview: calls.preview, onDragEnd: calls.end, onDragCancel: calls.cancel, onSelect: calls.select, ...overrides })} />,
    );
    return { ...utils, calls };
  }
  const press = (el: Element, clientX: number) => fireEvent.mouseDown(el, { button: 0, clientX, clientY: 100 });
  const move = (clientX: number) => fireEvent.mouseMove(window, { clientX, clientY: 100 });
  const release = (clientX: number) => fireEvent.mouseUp(window, { clientX, clientY: 100 });

  it('moves a bar: one preview per frame while the snapped start changes, the change on drop', async () => {
    const { container, calls } = setup();
    press(barEl(container, 't2').querySelector('.bar')!, 300);
    move(302); // under the threshold: still a click
    await frame();
    expect(calls.preview).not.toHaveBeenCalled();
    move(300 + 3 * 13); // Wednesday 08/04 + 3 days = Saturday 11/04 → Monday 13/04
    move(300 + 4 * 13); // Sunday 12/04 → Monday 13/04: same change
    await frame();
    expect(calls.preview.mock.calls).toEqual([['t2', { start: '2026-04-13' }]]);
    expect(calls.select).toHaveBeenCalledWith('t2');
    move(300 + 4 * 13 + 2);
    await frame();
    expect(calls.preview).toHaveBeenCalledTimes(1); // same snapped start: no new preview
    expect(container.querySelector('.tiendo-drag-date')?.textContent).toBe('Bắt đầu 13/04/2026');
    move(300 + 14 * 13);
    await frame();
    expect(calls.preview).toHaveBeenLastCalledWith('t2', { start: '2026-04-22' });
    release(300 + 14 * 13);
    expect(calls.end.mock.calls).toEqual([['t2', { start: '2026-04-22' }]]);
    expect(calls.cancel).not.toHaveBeenCalled();
    expect(container.querySelector('.tiendo-drag')).toBeNull();
  });

  it('resizes by the right end, snapping the finish back to a working day', async () => {
    const { container, calls } = setup();
    const handle = barEl(container, 't2').querySelector('.tiendo-handle-resize')!;
    press(handle, 500);
    move(500 + 4 * 13); // Tuesday 14/04 + 4 = Saturday 18/04 → Friday 17/04
    await frame();
    expect(calls.preview).toHaveBeenLastCalledWith('t2', { finish: '2026-04-17' });
    release(500 + 4 * 13);
    expect(calls.end).toHaveBeenCalledWith('t2', { finish: '2026-04-17' });
  });

  it('drags progress with the knob', async () => {
    const { container, calls } = setup({ viewMode: 'Day' });
    const knob = barEl(container, 't1').querySelector('.tiendo-handle-progress')!;
    expect(num(knob, 'cx')).toBeCloseTo(0.4 * 7 * 30, 9);
    press(knob, 84);
    move(84 + 42); // +20% of a 210 px bar
    release(84 + 42);
    expect(calls.end).toHaveBeenCalledWith('t1', { progress: 60 });
  });

  it('cancels on Esc and restores nothing by itself: the app drops its preview', async () => {
    const { container, calls } = setup();
    press(barEl(container, 't2').querySelector('.bar')!, 300);
    move(400);
    await frame();
    expect(calls.preview).toHaveBeenCalled();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(calls.cancel).toHaveBeenCalledTimes(1);
    release(400);
    expect(calls.end).not.toHaveBeenCalled();
    expect(container.querySelector('.tiendo-drag')).toBeNull();
  });

  it('treats a drop back where the drag started as a cancel', async () => {
    const { container, calls } = setup();
    press(barEl(container, 't2').querySelector('.bar')!, 300);
    move(360);
    await frame();
    move(301);
    release(301);
    expect(calls.end).not.toHaveBeenCalled();
    expect(calls.cancel).toHaveBeenCalled();
  });

  it('does not drag effort or manual dates, nor resize a milestone; moves a milestone', async () => {
    const { container, calls } = setup();
    for (const id of ['t5', 't6']) {
      expect(barEl(container, id).classList.contains('is-draggable')).toBe(false);
      press(barEl(container, id).querySelector('.bar')!, 300);
      move(400);
      release(400);
    }
    expect(calls.end).not.toHaveBeenCalled();
    expect(barEl(container, 't4').querySelector('.tiendo-handle-resize')).toBeNull();
    expect(barEl(container, 't4').querySelector('.tiendo-handle-progress')).toBeNull();
    expect(barEl(container, 't5').querySelector('.tiendo-handle-progress')).not.toBeNull(); // progress stays editable
    press(barEl(container, 't4').querySelector('.bar')!, 300);
    move(300 + 7 * 13);
    release(300 + 7 * 13);
    expect(calls.end).toHaveBeenCalledWith('t4', { start: '2026-05-25' });
  });

  it('is not editable when read-only: no handles, no drags; editable again without a redraw', async () => {
    const { container, calls, rerender } = setup({ editable: false });
    expect(container.querySelector('.tiendo-handle')).toBeNull();
    press(barEl(container, 't2').querySelector('.bar')!, 300);
    move(400);
    await frame();
    release(400);
    expect(calls.preview).not.toHaveBeenCalled();
    expect(calls.end).not.toHaveBeenCalled();
    const bar = barEl(container, 't2');
    rerender(<GanttChart {...props({ editable: true, onDragEnd: calls.end })} />);
    expect(barEl(container, 't2')).toBe(bar);
    expect(bar.querySelector('.tiendo-handle-resize')).not.toBeNull();
  });
});
