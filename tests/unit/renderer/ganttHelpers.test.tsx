/** The chart's pure helpers: label text, header texts, calendar runs, arrow routing. */
import { describe, expect, it } from 'vitest';
import { addDays, toEpochDay } from '../../../core/dates';
import { arrowPath, type BarBox } from '../../../core/export/linkPath';
import { barLabel, escapeHtml } from '../../../renderer/gantt/escape';
import { toFrappeTasks } from '../../../renderer/gantt/frappeChart';
import { nonWorkingRuns } from '../../../renderer/gantt/overlays';
import type { GanttRow } from '../../../renderer/gantt/types';
import { chartColumns, dayTitle, isoWeek, monthLabel, quarterLabel, weekRangeLabel, weekTitle } from '../../../renderer/gantt/viewModes';

describe('escape', () => {
  it('escapes everything HTML could interpret', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')"> & co`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; co');
    expect(escapeHtml('Tiến độ thực hiện')).toBe('Tiến độ thực hiện');
  });

  it('writes "STT. name" on one line and cuts long names on a code point', () => {
    expect(barLabel(3, '  Lập\nkế   hoạch ')).toBe('3. Lập kế hoạch');
    const cut = barLabel(1, '😀'.repeat(100), 10);
    expect(cut).toBe(`1. ${'😀'.repeat(9)}…`);
  });
});

describe('header texts', () => {
  it('writes months, quarters and weeks in Vietnamese and English', () => {
    expect(monthLabel(2026, 4, 'vi')).toBe('Tháng 4/2026');
    expect(monthLabel(2026, 12, 'en')).toBe('December 2026');
    expect(quarterLabel(2026, 4, 'vi')).toBe('Quý IV/2026');
    expect(quarterLabel(2026, 2, 'en')).toBe('Q2 2026');
    expect(weekRangeLabel('2026-04-06', 'vi')).toBe('06/04–12/04');
    expect(weekRangeLabel('2026-12-28', 'vi')).toBe('28/12–03/01');
    expect(weekRangeLabel('2026-03-30', 'en')).toBe('Mar 30–Apr 5');
    expect(weekTitle('2026-04-06', 'vi')).toBe('Tuần 15: 06/04/2026 – 12/04/2026');
    expect(dayTitle('2026-08-22', 'vi')).toBe('Thứ Bảy, 22/08/2026');
    expect(dayTitle('2026-09-06', 'en')).toBe('Sunday, 6 Sep 2026');
  });

  it('numbers ISO weeks across year ends', () => {
    expect(isoWeek('2026-01-01')).toEqual({ year: 2026, week: 1 });
    expect(isoWeek('2026-12-31')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2027-01-03')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2027-01-04')).toEqual({ year: 2027, week: 1 });
    expect(isoWeek('2025-12-29')).toEqual({ year: 2026, week: 1 });
  });

  it('starts week columns on Monday and keeps the range otherwise', () => {
    expect(chartColumns('Week', '2026-04-01', '2026-12-31')).toEqual({ first: '2026-03-30', last: '2026-12-28' });
    expect(chartColumns('Day', '2026-04-01', '2026-12-31')).toEqual({ first: '2026-04-01', last: '2026-12-31' });
    expect(chartColumns('Week', '2026-04-06', '2026-04-06')).toEqual({ first: '2026-04-06', last: '2026-04-06' });
  });
});

describe('nonWorkingRuns', () => {
  it('joins weekends and holidays, leaves out working Saturdays', () => {
    const first = toEpochDay('2026-08-17'); // Monday; 19 days: to Friday 04/09
    const runs = nonWorkingRuns(first, 19, new Set([toEpochDay('2026-08-31'), toEpochDay('2026-09-01'), toEpochDay('2026-09-02')]), new Set([toEpochDay('2026-08-22')]));
    const iso = (day: number) => addDays('2026-08-17', day - first);
    expect(runs.map((r) => [iso(r.start), r.length, r.holiday])).toEqual([
      ['2026-08-23', 1, false], // Saturday 22/08 is a working day
      ['2026-08-29', 5, true], // Sat, Sun, 31/08, 01/09, 02/09
    ]);
  });
});

describe('toFrappeTasks', () => {
  const row = (p: Partial<GanttRow>): GanttRow => ({
    id: 'a', stt: 1, name: 'x', start: '2026-04-01', finish: '2026-04-02', progress: 0, critical: false, late: false,
    kind: 'task', manual: false, windowStart: null, windowEnd: null, links: [], ...p,
  });

  it('gives frappe safe, unique ids and keeps every row', () => {
    const { tasks, frappeIds } = toFrappeTasks(
      [row({ id: 'ok_1' }), row({ id: 'has space' }), row({ id: 'ok_1' }), row({ id: 'tiendo-row-1' })],
      '2026-04-01',
    );
    expect(frappeIds[0]).toBe('ok_1');
    expect(new Set(frappeIds).size).toBe(4);
    for (const id of frappeIds) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    // No dependencies for frappe: the chart draws typed arrows itself.
    expect(tasks.map((t) => t.dependencies)).toEqual([[], [], [], []]);
    expect(tasks.map((t) => t.custom_class)).toEqual(['is-task', 'is-task', 'is-task', 'is-task']);
  });

  it('turns bad dates into an invalid one-day bar instead of dropping the row', () => {
    const { tasks } = toFrappeTasks([row({ start: '2026-02-30' }), row({ start: '2026-05-02', finish: '2026-05-01' }), row({ progress: Number.NaN, name: '<b>' })], '2026-04-01');
    expect(tasks.map((t) => [t.start, t.end, t.invalid])).toEqual([
      ['2026-04-02', '2026-04-02', true],
      ['2026-05-02', '2026-05-02', true],
      ['2026-04-01', '2026-04-02', false],
    ]);
    expect(tasks[2]!.progress).toBe(0);
    expect(tasks[2]!.name).toBe('1. &lt;b&gt;');
  });
});

describe('arrowPath', () => {
  const bar = (left: number, right: number, row: number, milestone = false): BarBox => ({
    left, right, top: 56 + row * 30 + 5, bottom: 56 + row * 30 + 25, middle: 56 + row * 30 + 15,
    rowTop: 56 + row * 30, rowBottom: 56 + row * 30 + 30, milestone,
  });
  /** The last corner and the horizontal leg into the successor. */
  function lastLeg(d: string): { from: number; to: number } {
    const h = [...d.matchAll(/Q [-\d.]+ [-\d.]+ ([-\d.]+) [-\d.]+ H ([-\d.]+)/g)].pop()!;
    return { from: Number(h[1]), to: Number(h[2]) };
  }

  it('enters the successor from the left, pointing right, whatever the gap', () => {
    const cases: [BarBox, BarBox][] = [
      [bar(0, 200, 0), bar(204, 300, 1)], // next day, wide predecessor
      [bar(0, 8, 0), bar(8, 40, 2)], // next day in the Month view
      [bar(90, 110, 0, true), bar(104, 200, 1)], // milestone, then the next day's task
      [bar(100, 200, 0), bar(50, 80, 1)], // successor before the predecessor
      [bar(0, 200, 3), bar(204, 300, 1)], // successor above
    ];
    for (const [from, to] of cases) {
      const d = arrowPath(from, to);
      const leg = lastLeg(d);
      expect(leg.to, d).toBe(to.left - 2);
      expect(leg.to - leg.from, d).toBeGreaterThanOrEqual(4);
      expect(d.endsWith('m -5 -4 l 5 4 l -5 4')).toBe(true);
    }
  });
});
