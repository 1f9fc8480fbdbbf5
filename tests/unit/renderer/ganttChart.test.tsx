// @vitest-environment happy-dom
/**
 * GanttChart over the real frappe-gantt in happy-dom. happy-dom has no
 * layout: getBBox() and getBoundingClientRect() return zeros, so frappe puts
 * every label inside its bar (it compares the label's measured width with the
 * bar's) and nothing here depends on text metrics. Geometry is checked from
 * the attributes frappe and the overlays write.
 */
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  GANTT_COLOUR_VARS,
  GANTT_COLOURS,
  GANTT_HEADER_HEIGHT,
  GANTT_ROW_HEIGHT,
  GanttChart,
  type GanttChartHandle,
  type GanttChartProps,
  type GanttRow,
} from '../../../renderer/gantt/GanttChart';

const XSS = '<img src=x onerror="window.__pwned=1">';
const fs = (...ids: string[]) => ids.map((from) => ({ from, type: 'FS' as const }));

function row(partial: Partial<GanttRow> & Pick<GanttRow, 'id' | 'stt' | 'start' | 'finish'>): GanttRow {
  return {
    name: `Công việc ${partial.stt}`,
    progress: 0,
    critical: false,
    late: false,
    kind: 'task',
    windowStart: null,
    windowEnd: null,
    manual: false,
    links: [],
    ...partial,
  };
}

const ROWS: GanttRow[] = [
  row({ id: 't1', stt: 1, name: 'Khảo sát hiện trạng', start: '2026-04-01', finish: '2026-04-07', critical: true, progress: 40, windowStart: '2026-04-01', windowEnd: '2026-05-31' }),
  row({ id: 't2', stt: 2, name: XSS, start: '2026-04-08', finish: '2026-04-21', critical: true, links: fs('t1'), windowStart: '2026-04-01', windowEnd: '2026-04-30' }),
  row({ id: 't3', stt: 3, name: 'Xây dựng dự thảo & lấy ý kiến "các đơn vị"', start: '2026-04-08', finish: '2026-05-15', links: fs('t1'), late: true }),
  row({ id: 't4', stt: 4, name: 'Trình phê duyệt', start: '2026-05-18', finish: '2026-05-18', kind: 'milestone', critical: true, links: fs('t2', 't3') }),
  row({ id: 't5', stt: 5, name: 'Theo dõi, đôn đốc', start: '2026-04-08', finish: '2026-05-18', kind: 'effort', links: fs('t1', 'missing-id'), windowEnd: '2026-06-30' }),
];
const DEPENDENCY_LINKS = 5; // t2←t1, t3←t1, t4←t2, t4←t3, t5←t1 ('missing-id' is not a row)

function props(overrides: Partial<GanttChartProps> = {}): GanttChartProps {
  return {
    rows: ROWS,
    viewMode: 'Week',
    rangeStart: '2026-04-01',
    rangeEnd: '2026-12-31',
    today: '2026-05-14',
    nonWorkingDays: ['2026-04-27', '2026-04-30', '2026-05-01', '2026-09-01', '2026-09-02'],
    extraWorkingDays: ['2026-08-22'],
    language: 'vi',
    selectedId: null,
    onSelect: () => {},
    ...overrides,
  };
}

afterEach(() => cleanup());

const bars = (root: ParentNode) => Array.from(root.querySelectorAll<SVGGElement>('.bar-wrapper'));
const num = (el: Element | null | undefined, attr: string) => Number(el?.getAttribute(attr));

describe('GanttChart', () => {
  it('draws one bar per row, in order, with the row id', () => {
    const { container } = render(<GanttChart {...props()} />);
    expect(bars(container).map((b) => b.getAttribute('data-id'))).toEqual(['t1', 't2', 't3', 't4', 't5']);
    // Each bar is centred in its row (the milestone's diamond too).
    const centres = bars(container).map((b) => num(b.querySelector('.bar'), 'y') + num(b.querySelector('.bar'), 'height') / 2);
    expect(centres).toEqual(centres.map((_, i) => GANTT_HEADER_HEIGHT + (i + 0.5) * GANTT_ROW_HEIGHT));
  });

  it('marks critical, late, milestone and effort bars with classes', () => {
    const { container } = render(<GanttChart {...props()} />);
    const ids = (selector: string) => Array.from(container.querySelectorAll(selector)).map((b) => b.getAttribute('data-id'));
    expect(ids('.bar-wrapper.is-critical')).toEqual(['t1', 't2', 't4']);
    expect(ids('.bar-wrapper.is-late')).toEqual(['t3']);
    expect(ids('.bar-wrapper.is-milestone')).toEqual(['t4']);
    expect(ids('.bar-wrapper.is-effort')).toEqual(['t5']);
    // The milestone is a square turned 45° (a diamond), the effort bar hatched.
    expect(container.querySelector('.bar-wrapper[data-id="t4"] .bar')?.getAttribute('transform')).toMatch(/^rotate\(45 /);
    expect((container.querySelector('.bar-wrapper[data-id="t5"] .bar') as SVGRectElement).style.fill).toMatch(/^url\(#tiendo-hatch-\d+\)$/);
  });

  it('draws a window band behind each row that has a plan window', () => {
    const { container } = render(<GanttChart {...props({ viewMode: 'Day' })} />);
    const bands = Array.from(container.querySelectorAll('.window-band'));
    expect(bands.map((b) => b.getAttribute('data-id'))).toEqual(['t1', 't2']);
    // t1: 01/04 … 31/05 inclusive = 61 days of 30 px from the range start, on row 1.
    expect(num(bands[0], 'x')).toBe(0);
    expect(num(bands[0], 'width')).toBe(61 * 30);
    expect(num(bands[0], 'y')).toBeGreaterThanOrEqual(GANTT_HEADER_HEIGHT);
    expect(num(bands[0], 'y') + num(bands[0], 'height')).toBeLessThanOrEqual(GANTT_HEADER_HEIGHT + GANTT_ROW_HEIGHT);
    // Behind the bars: the overlay group comes before frappe's arrow and bar layers.
    const svg = container.querySelector('svg.gantt')!;
    const order = Array.from(svg.children).map((c) => c.getAttribute('class'));
    expect(order.indexOf('tiendo-overlays')).toBeLessThan(order.indexOf('bar'));
    // Only a deadline: a marker, not a band.
    expect(container.querySelector('.window-deadline')?.getAttribute('data-id')).toBe('t5');
  });

  it('draws one arrow per dependency between rows', () => {
    const { container } = render(<GanttChart {...props()} />);
    const arrows = Array.from(container.querySelectorAll('.arrow path'));
    expect(arrows).toHaveLength(DEPENDENCY_LINKS);
    expect(arrows.map((a) => `${a.getAttribute('data-from')}→${a.getAttribute('data-to')}`).sort()).toEqual(
      ['t1→t2', 't1→t3', 't1→t5', 't2→t4', 't3→t4'].sort(),
    );
    // Critical to critical is drawn as critical.
    expect(container.querySelector('.arrow path[data-from="t1"][data-to="t2"]')?.classList.contains('is-critical')).toBe(true);
    expect(container.querySelector('.arrow path[data-from="t1"][data-to="t3"]')?.classList.contains('is-critical')).toBe(false);
  });

  it('shows an HTML name as literal text and never creates its elements', async () => {
    const { container } = render(<GanttChart {...props()} />);
    const label = container.querySelector('.bar-wrapper[data-id="t2"] .bar-label');
    expect(label?.textContent).toBe(`2. ${XSS}`);
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    await new Promise((r) => setTimeout(r, 20));
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    // Quotes and ampersands survive too; the tooltip holds the full name.
    expect(container.querySelector('.bar-wrapper[data-id="t3"] .bar-label')?.textContent).toBe('3. Xây dựng dự thảo & lấy ý kiến "các đơn vị"');
    expect(container.querySelector('.bar-wrapper[data-id="t2"] > title')?.textContent).toContain(XSS);
  });

  it('cuts a very long name in the label and keeps it whole in the tooltip', () => {
    const long = 'Rà soát, cập nhật '.repeat(20).trim();
    const { container } = render(<GanttChart {...props({ rows: [row({ id: 'x', stt: 7, name: long, start: '2026-04-01', finish: '2026-04-02' })] })} />);
    const label = container.querySelector('.bar-label')!.textContent!;
    expect(label.startsWith('7. Rà soát')).toBe(true);
    expect(label.endsWith('…')).toBe(true);
    expect(Array.from(label).length).toBeLessThanOrEqual(84);
    expect(container.querySelector('.bar-wrapper > title')?.textContent).toContain(long);
  });

  it('draws an inclusive task from the start of its first day to the end of its last', () => {
    const one = [row({ id: 'a', stt: 1, start: '2026-04-01', finish: '2026-04-07' }), row({ id: 'b', stt: 2, start: '2026-12-31', finish: '2026-12-31' })];
    const { container, rerender } = render(<GanttChart {...props({ rows: one, viewMode: 'Day' })} />);
    const bar = (id: string) => container.querySelector(`.bar-wrapper[data-id="${id}"] .bar`);
    expect([num(bar('a'), 'x'), num(bar('a'), 'width')]).toEqual([0, 7 * 30]);
    // The last day of the range is the last column.
    expect([num(bar('b'), 'x'), num(bar('b'), 'width')]).toEqual([274 * 30, 30]);
    expect(num(container.querySelector('.grid-row'), 'width')).toBe(275 * 30);
    // Week view: columns start on Monday 30/03, 13 px a day.
    rerender(<GanttChart {...props({ rows: one, viewMode: 'Week' })} />);
    expect([num(bar('a'), 'x'), num(bar('a'), 'width')]).toEqual([2 * 13, 7 * 13]);
    // Month view: 3 px a day (issue 16: Apr–Dec fits beside the table at 1440 px), exact to the day.
    rerender(<GanttChart {...props({ rows: one, viewMode: 'Month' })} />);
    expect([num(bar('a'), 'x'), num(bar('a'), 'width')]).toEqual([0, 7 * 3]);
    expect(num(bar('b'), 'x')).toBe(274 * 3);
  });

  it('writes Vietnamese headers and switches them with the view mode', () => {
    const { container, rerender } = render(<GanttChart {...props({ viewMode: 'Week' })} />);
    const texts = (cls: string) => Array.from(container.querySelectorAll(cls)).map((e) => e.textContent);
    const chartBefore = container.querySelector('.gantt-container');
    expect(texts('.lower-text').slice(0, 3)).toEqual(['30/03–05/04', '06/04–12/04', '13/04–19/04']);
    expect(texts('.upper-text')).toContain('Tháng 4/2026');
    expect(container.querySelector('.lower-text')?.getAttribute('title')).toBe('Tuần 14: 30/03/2026 – 05/04/2026');

    rerender(<GanttChart {...props({ viewMode: 'Day' })} />);
    expect(texts('.lower-text').slice(0, 3)).toEqual(['1', '2', '3']);
    expect(texts('.upper-text').slice(0, 2)).toEqual(['Tháng 4/2026', 'Tháng 5/2026']);
    expect(container.querySelector('.lower-text.date_2026-04-04')?.classList.contains('is-non-working')).toBe(true);
    expect(container.querySelector('.lower-text.date_2026-05-14')?.classList.contains('is-today')).toBe(true);

    rerender(<GanttChart {...props({ viewMode: 'Month' })} />);
    expect(texts('.lower-text')).toEqual([
      'Tháng 4/2026', 'Tháng 5/2026', 'Tháng 6/2026', 'Tháng 7/2026', 'Tháng 8/2026',
      'Tháng 9/2026', 'Tháng 10/2026', 'Tháng 11/2026', 'Tháng 12/2026',
    ]);
    expect(texts('.upper-text')).toEqual(['Quý II/2026', 'Quý III/2026', 'Quý IV/2026']);
    // Same frappe container throughout: the view changed, nothing was remounted.
    expect(container.querySelector('.gantt-container')).toBe(chartBefore);
  });

  it('writes English headers when the language is English', () => {
    const { container, rerender } = render(<GanttChart {...props({ language: 'en', viewMode: 'Month' })} />);
    const texts = (cls: string) => Array.from(container.querySelectorAll(cls)).map((e) => e.textContent);
    expect(texts('.lower-text')[0]).toBe('April 2026');
    expect(texts('.upper-text')[0]).toBe('Q2 2026');
    rerender(<GanttChart {...props({ language: 'en', viewMode: 'Week' })} />);
    expect(texts('.lower-text').slice(0, 2)).toEqual(['Mar 30–Apr 5', 'Apr 6–12']);
    expect(container.querySelector('.today-label')?.textContent).toBe('Today');
    rerender(<GanttChart {...props({ language: 'vi', viewMode: 'Week' })} />);
    expect(container.querySelector('.today-label')?.textContent).toBe('Hôm nay');
  });

  it('shades weekends and holidays but not extra working days', () => {
    const { container } = render(<GanttChart {...props({ viewMode: 'Day' })} />);
    const runs = Array.from(container.querySelectorAll('.non-working-day')).map((r) => [r.getAttribute('data-start')!, r.getAttribute('data-end')!]);
    const shaded = (iso: string) => runs.some(([a, b]) => a! <= iso && iso <= b!);
    expect(shaded('2026-04-04')).toBe(true); // Saturday
    expect(shaded('2026-04-05')).toBe(true); // Sunday
    expect(shaded('2026-04-06')).toBe(false); // Monday
    expect(shaded('2026-04-27')).toBe(true); // holiday on a Monday
    expect(shaded('2026-09-02')).toBe(true); // Quốc khánh
    expect(shaded('2026-08-22')).toBe(false); // working Saturday
    expect(shaded('2026-08-23')).toBe(true);
    // 25/04 … 27/04 is one rect; rects sit at their day's x.
    const r = Array.from(container.querySelectorAll('.non-working-day')).find((e) => e.getAttribute('data-start') === '2026-04-25')!;
    expect(r.getAttribute('data-end')).toBe('2026-04-27');
    expect(r.classList.contains('is-holiday')).toBe(true);
    expect([num(r, 'x'), num(r, 'width')]).toEqual([24 * 30, 3 * 30]);
  });

  it('redraws the shading alone when the calendar changes', () => {
    const { container, rerender } = render(<GanttChart {...props({ viewMode: 'Day' })} />);
    const barBefore = container.querySelector('.bar-wrapper[data-id="t1"]');
    rerender(<GanttChart {...props({ viewMode: 'Day', extraWorkingDays: [] })} />);
    const runs = Array.from(container.querySelectorAll('.non-working-day')).map((r) => r.getAttribute('data-start'));
    expect(runs).toContain('2026-08-22');
    expect(container.querySelector('.bar-wrapper[data-id="t1"]')).toBe(barBefore);
  });

  it('marks today with a line and a label', () => {
    const { container, rerender } = render(<GanttChart {...props({ viewMode: 'Day' })} />);
    const line = container.querySelector('.today-line');
    // 14/05 is day 43 from 01/04; the line is in the middle of the day.
    expect(num(line, 'x1')).toBe(43 * 30 + 15);
    expect(container.querySelector('.today-label')?.textContent).toBe('Hôm nay');
    rerender(<GanttChart {...props({ viewMode: 'Day', today: '2027-03-01' })} />);
    expect(container.querySelector('.today-line')).toBeNull();
    expect(container.querySelector('.today-label')).toBeNull();
  });

  it('calls onSelect with the clicked bar id and shows the selection without redrawing', () => {
    const onSelect = vi.fn();
    const { container, rerender } = render(<GanttChart {...props({ onSelect })} />);
    fireEvent.click(container.querySelector('.bar-wrapper[data-id="t3"] .bar')!);
    expect(onSelect).toHaveBeenCalledWith('t3');
    const bar = container.querySelector('.bar-wrapper[data-id="t3"]');
    rerender(<GanttChart {...props({ onSelect, selectedId: 't3' })} />);
    expect(container.querySelector('.bar-wrapper[data-id="t3"]')).toBe(bar);
    expect(Array.from(container.querySelectorAll('.bar-wrapper.is-selected')).map((b) => b.getAttribute('data-id'))).toEqual(['t3']);
    expect(num(container.querySelector('.selected-row'), 'y')).toBe(GANTT_HEADER_HEIGHT + 2 * GANTT_ROW_HEIGHT);
    rerender(<GanttChart {...props({ onSelect, selectedId: 't1' })} />);
    expect(Array.from(container.querySelectorAll('.bar-wrapper.is-selected')).map((b) => b.getAttribute('data-id'))).toEqual(['t1']);
    rerender(<GanttChart {...props({ onSelect, selectedId: null })} />);
    expect(container.querySelector('.bar-wrapper.is-selected')).toBeNull();
    expect(container.querySelector('.selected-row')).toBeNull();
  });

  it('is read-only: no popup, no resize handles', () => {
    const { container } = render(<GanttChart {...props()} />);
    fireEvent.mouseDown(container.querySelector('.bar-wrapper[data-id="t1"] .bar')!);
    fireEvent.mouseUp(container.querySelector('.bar-wrapper[data-id="t1"] .bar')!);
    fireEvent.click(container.querySelector('.bar-wrapper[data-id="t1"] .bar')!);
    expect(container.querySelector('.popup-wrapper')?.textContent?.trim()).toBe('');
    expect(container.querySelector('.handle')).toBeNull();
  });

  it('keeps the bars when equal rows arrive in a new array, and refreshes when they change', () => {
    const { container, rerender } = render(<GanttChart {...props()} />);
    const before = container.querySelector('.bar-wrapper[data-id="t1"]');
    rerender(<GanttChart {...props({ rows: ROWS.map((r) => ({ ...r, links: r.links.map((l) => ({ ...l })) })) })} />);
    expect(container.querySelector('.bar-wrapper[data-id="t1"]')).toBe(before);
    rerender(<GanttChart {...props({ rows: [...ROWS, row({ id: 't6', stt: 6, start: '2026-06-01', finish: '2026-06-05', links: fs('t4') })] })} />);
    expect(bars(container).map((b) => b.getAttribute('data-id'))).toEqual(['t1', 't2', 't3', 't4', 't5', 't6']);
    expect(container.querySelectorAll('.arrow path')).toHaveLength(DEPENDENCY_LINKS + 1);
  });

  it('applies new rows and a new view mode arriving together', () => {
    const { container, rerender } = render(<GanttChart {...props({ viewMode: 'Week' })} />);
    rerender(<GanttChart {...props({ viewMode: 'Month', rows: ROWS.slice(0, 2) })} />);
    expect(bars(container)).toHaveLength(2);
    expect(container.querySelector('.lower-text')?.textContent).toBe('Tháng 4/2026');
    expect(container.querySelector('.tiendo-gantt')?.getAttribute('data-view')).toBe('Month');
  });

  it('keeps every row in place when ids are odd or dates are bad', () => {
    const odd = [
      row({ id: 'a b', stt: 1, start: '2026-04-01', finish: '2026-04-03' }),
      row({ id: 'x.y:z', stt: 2, start: '2026-04-06', finish: '2026-04-02', links: fs('a b') }),
      row({ id: 'c', stt: 3, start: 'not a date', finish: '2026-04-10', links: fs('x.y:z') }),
      row({ id: 'd', stt: 4, start: '2026-04-13', finish: '2026-04-14', links: fs('c') }),
    ];
    const onSelect = vi.fn();
    const { container } = render(<GanttChart {...props({ rows: odd, onSelect })} />);
    expect(bars(container).map((b) => b.getAttribute('data-id'))).toEqual(['a b', 'x.y:z', 'c', 'd']);
    expect(Array.from(container.querySelectorAll('.bar-wrapper.is-invalid')).map((b) => b.getAttribute('data-id'))).toEqual(['x.y:z', 'c']);
    const ys = bars(container).map((b) => num(b.querySelector('.bar'), 'y'));
    expect(ys).toEqual(ys.map((_, i) => ys[0]! + i * GANTT_ROW_HEIGHT));
    expect(container.querySelectorAll('.arrow path')).toHaveLength(3);
    expect(container.querySelector('.arrow path')?.getAttribute('data-from')).toBe('a b');
    fireEvent.click(container.querySelector('.bar-wrapper[data-id="x.y:z"] .bar')!);
    expect(onSelect).toHaveBeenCalledWith('x.y:z');
  });

  it('scrolls with the task table through the handle and reports its own scroll', () => {
    const onScroll = vi.fn();
    const ref = createRef<GanttChartHandle>();
    const { container } = render(<GanttChart ref={ref} {...props({ onScroll })} />);
    const body = container.querySelector<HTMLDivElement>('.gantt-container')!;
    act(() => ref.current!.setScrollTop(64));
    expect(body.scrollTop).toBe(64);
    fireEvent.scroll(body);
    expect(onScroll).not.toHaveBeenCalled(); // our own scroll is not echoed back
    body.scrollTop = 96;
    fireEvent.scroll(body);
    expect(onScroll).toHaveBeenCalledWith(96);
    act(() => ref.current!.scrollToDate('2026-06-01'));
    expect(body.scrollLeft).toBeGreaterThan(0);
  });

  it('cleans up on unmount', () => {
    const { container, unmount } = render(<GanttChart {...props()} />);
    expect(container.querySelector('.gantt-container')).not.toBeNull();
    unmount();
    expect(container.querySelector('.gantt-container')).toBeNull();
  });
});

describe('gantt.css', () => {
  it('defines every GANTT_COLOURS value as its CSS variable on :root', () => {
    const css = readFileSync(resolve(process.cwd(), 'renderer/gantt/gantt.css'), 'utf8');
    const root = /:root\s*\{([^}]*)\}/.exec(css)![1]!;
    for (const [name, value] of Object.entries(GANTT_COLOURS)) {
      const cssVar = GANTT_COLOUR_VARS[name as keyof typeof GANTT_COLOURS];
      expect(root, cssVar).toContain(`${cssVar}: ${value};`);
    }
  });
});
