// @vitest-environment happy-dom
/**
 * Issue 11 §3: a section (summary task) is drawn on the chart as a bracket
 * over its span — a band with a tip at each end — while its rect stays,
 * transparent, for dragging the whole section. Real frappe-gantt in happy-dom.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GanttChart, type GanttChartProps, type GanttRow } from '../../../renderer/gantt/GanttChart';

function row(partial: Partial<GanttRow> & Pick<GanttRow, 'id' | 'stt' | 'start' | 'finish'>): GanttRow {
  return { name: `Công việc ${partial.stt}`, progress: 0, critical: false, late: false, kind: 'task', windowStart: null, windowEnd: null, manual: false, links: [], ...partial };
}

const ROWS: GanttRow[] = [
  row({ id: 's1', stt: 1, name: 'NHIỆM VỤ CHUNG', start: '2026-04-01', finish: '2026-04-21', summary: true }),
  row({ id: 't1', stt: 2, start: '2026-04-01', finish: '2026-04-07' }),
  row({ id: 't2', stt: 3, start: '2026-04-08', finish: '2026-04-21', links: [{ from: 't1', type: 'FS' }] }),
];

const props = (rows: GanttRow[]): GanttChartProps => ({
  rows,
  viewMode: 'Day',
  rangeStart: '2026-04-01',
  rangeEnd: '2026-06-30',
  today: '2026-04-10',
  nonWorkingDays: [],
  extraWorkingDays: [],
  language: 'vi',
  selectedId: null,
  onSelect: () => {},
});

afterEach(() => cleanup());

describe('summary bars', () => {
  it('draw a bracket over the section’s span, only for summary rows', () => {
    const { container } = render(<GanttChart {...props(ROWS)} />);
    const brackets = Array.from(container.querySelectorAll('.bar-wrapper.is-summary path.tiendo-summary'));
    expect(brackets).toHaveLength(1);
    expect(container.querySelector('.bar-wrapper[data-id="s1"]')?.classList.contains('is-summary')).toBe(true);
    expect(container.querySelectorAll('.bar-wrapper:not(.is-summary) path.tiendo-summary')).toHaveLength(0);
    // The band runs from the section's first day to its last (21 days of 30 px in Day view), as its rect does.
    const rect = container.querySelector('.bar-wrapper[data-id="s1"] .bar')!;
    const [x, w] = [Number(rect.getAttribute('x')), Number(rect.getAttribute('width'))];
    expect(w).toBe(21 * 30);
    const d = brackets[0]!.getAttribute('d')!;
    expect(d.startsWith(`M${x} `)).toBe(true);
    expect(d).toContain(`H${x + w}`);
    expect(d.endsWith('Z')).toBe(true);
  });

  it('removes the bracket when the row is no longer a section', () => {
    const { container, rerender } = render(<GanttChart {...props(ROWS)} />);
    rerender(<GanttChart {...props(ROWS.map((r) => ({ ...r, summary: false })))} />);
    expect(container.querySelectorAll('path.tiendo-summary')).toHaveLength(0);
  });
});
