/**
 * The pure parts of editing on the chart: pixels → days → working days with
 * the 2026 calendar, a drag's change → the edit command, the row diff that
 * decides what to redraw, and where typed link arrows attach.
 */
import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../../core/calendar';
import { CALENDAR_2026 } from '../../../core/seed/calendar2026';
import { linkPath, roundedPolyline, type BarBox } from '../../../core/export/linkPath';
import {
  dayShift,
  dragChange,
  dragModesOf,
  editOfChange,
  isUnchanged,
  sameChange,
  snapFinishBack,
  snapStartForward,
  type DragOrigin,
} from '../../../renderer/gantt/dragMath';
import { diffRows } from '../../../renderer/gantt/rowDiff';
import type { GanttRow } from '../../../renderer/gantt/types';

const cal = createWorkCalendar(CALENDAR_2026);

describe('pixels → days', () => {
  it('rounds to the nearest day column, never −0', () => {
    expect(dayShift(0, 13)).toBe(0);
    expect(Object.is(dayShift(-2, 13), 0)).toBe(true);
    expect(dayShift(6.4, 13)).toBe(0);
    expect(dayShift(6.6, 13)).toBe(1);
    expect(dayShift(182, 13)).toBe(14); // two weeks in the Week view
    expect(dayShift(-61, 30)).toBe(-2); // Day view
    expect(dayShift(10, 4)).toBe(3); // Month view: 4 px a day (2.5 rounds up)
    expect(dayShift(50, 0)).toBe(0);
    expect(dayShift(Number.NaN, 13)).toBe(0);
  });
});

describe('working-day snapping with the 2026 calendar', () => {
  it('moves a start forward to the next working day', () => {
    expect(snapStartForward('2026-05-18', cal)).toBe('2026-05-18'); // a Monday: kept
    expect(snapStartForward('2026-05-16', cal)).toBe('2026-05-18'); // Saturday → Monday
    expect(snapStartForward('2026-04-30', cal)).toBe('2026-05-04'); // 30/04, 01/05 holidays, then the weekend
    expect(snapStartForward('2026-08-22', cal)).toBe('2026-08-22'); // the working Saturday
    expect(snapStartForward('2026-08-29', cal)).toBe('2026-09-03'); // weekend, 31/08, 01/09, 02/09
    expect(snapStartForward('2026-02-14', cal)).toBe('2026-02-23'); // Tết
  });

  it('moves a finish back to the previous working day', () => {
    expect(snapFinishBack('2026-05-22', cal)).toBe('2026-05-22');
    expect(snapFinishBack('2026-05-24', cal)).toBe('2026-05-22'); // Sunday → Friday
    expect(snapFinishBack('2026-05-03', cal)).toBe('2026-04-29'); // Sunday, 01/05, 30/04 → Wednesday 29/04
    expect(snapFinishBack('2026-09-02', cal)).toBe('2026-08-28');
    expect(snapFinishBack('2026-08-23', cal)).toBe('2026-08-22'); // Sunday → the working Saturday
  });

  it('keeps the date without a calendar', () => {
    expect(snapStartForward('2026-05-16', null)).toBe('2026-05-16');
    expect(snapFinishBack('2026-05-17', undefined)).toBe('2026-05-17');
  });
});

describe('dragChange', () => {
  const origin = (partial: Partial<DragOrigin>): DragOrigin => ({
    mode: 'move', start: '2026-05-18', finish: '2026-05-22', progress: 0, barLeft: 637, barWidth: 65, ...partial,
  });

  it('moves the start by whole days, snapped forward', () => {
    expect(dragChange(origin({}), 182, 13, cal)).toEqual({ start: '2026-06-01' }); // +14 days: Monday 01/06
    expect(dragChange(origin({}), 5 * 13, 13, cal)).toEqual({ start: '2026-05-25' }); // Saturday 23/05 → Monday
    expect(dragChange(origin({}), -18 * 30, 30, cal)).toEqual({ start: '2026-05-04' }); // 30/04 → after the holidays
    expect(dragChange(origin({}), 4, 13, cal)).toEqual({ start: '2026-05-18' });
  });

  it('resizes the finish, snapped back, never before the start', () => {
    const resize = origin({ mode: 'resize' });
    expect(dragChange(resize, 7 * 13, 13, cal)).toEqual({ finish: '2026-05-29' });
    expect(dragChange(resize, 2 * 13, 13, cal)).toEqual({ finish: '2026-05-22' }); // Sunday 24/05 → Friday
    expect(dragChange(resize, -3 * 13, 13, cal)).toEqual({ finish: '2026-05-19' });
    expect(dragChange(resize, -30 * 13, 13, cal)).toEqual({ finish: '2026-05-18' }); // one working day at least
  });

  it('turns the progress handle position into a whole percentage of the bar', () => {
    const progress = origin({ mode: 'progress', progress: 20, barLeft: 100, barWidth: 200 });
    expect(dragChange(progress, 0, 13, cal)).toEqual({ progress: 20 });
    expect(dragChange(progress, 61, 13, cal)).toEqual({ progress: 51 });
    expect(dragChange(progress, 1000, 13, cal)).toEqual({ progress: 100 });
    expect(dragChange(progress, -1000, 13, cal)).toEqual({ progress: 0 });
  });

  it('knows a drop back where it started and compares changes', () => {
    expect(isUnchanged(origin({}), { start: '2026-05-18' })).toBe(true);
    expect(isUnchanged(origin({}), { start: '2026-05-19' })).toBe(false);
    expect(isUnchanged(origin({ mode: 'resize' }), { finish: '2026-05-22' })).toBe(true);
    expect(isUnchanged(origin({ mode: 'progress', progress: 40.4 }), { progress: 40 })).toBe(true);
    expect(sameChange({ start: '2026-06-01' }, { start: '2026-06-01' })).toBe(true);
    expect(sameChange({ start: '2026-06-01' }, { finish: '2026-06-01' })).toBe(false);
    expect(sameChange({ progress: 5 }, { start: '2026-06-01' })).toBe(false);
    expect(sameChange(null, { progress: 5 })).toBe(false);
  });
});

describe('change → edit', () => {
  it('maps a move, a resize and a progress drag to the commands the store applies', () => {
    expect(editOfChange('t6', { start: '2026-06-01' })).toEqual({ op: 'setTaskDates', taskId: 't6', start: '2026-06-01' });
    expect(editOfChange('t6', { finish: '2026-06-12' })).toEqual({ op: 'setTaskDates', taskId: 't6', finish: '2026-06-12' });
    expect(editOfChange('t6', { progress: 45 })).toEqual({ op: 'updateTask', taskId: 't6', changes: { percentComplete: 45 } });
  });
});

const row = (p: Partial<GanttRow>): GanttRow => ({
  id: 'a', stt: 1, name: 'x', start: '2026-04-01', finish: '2026-04-07', progress: 0, critical: false, late: false,
  kind: 'task', manual: false, windowStart: null, windowEnd: null, links: [], ...p,
});

describe('dragModesOf', () => {
  it('moves tasks and milestones, resizes tasks only, locks effort and manual dates', () => {
    expect(dragModesOf(row({}))).toEqual({ move: true, resize: true, progress: true });
    expect(dragModesOf(row({ kind: 'milestone', finish: '2026-04-01' }))).toEqual({ move: true, resize: false, progress: false });
    expect(dragModesOf(row({ kind: 'effort' }))).toEqual({ move: false, resize: false, progress: true });
    expect(dragModesOf(row({ manual: true }))).toEqual({ move: false, resize: false, progress: true });
    expect(dragModesOf(row({ start: 'bad' }))).toEqual({ move: false, resize: false, progress: false });
  });
});

describe('diffRows', () => {
  const rows = [
    row({ id: 'a', stt: 1 }),
    row({ id: 'b', stt: 2, start: '2026-04-08', finish: '2026-04-14', links: [{ from: 'a', type: 'FS' }] }),
    row({ id: 'c', stt: 3, start: '2026-04-15', finish: '2026-04-21', links: [{ from: 'b', type: 'SS' }] }),
  ];

  it('finds nothing to do in equal rows, even rebuilt', () => {
    expect(diffRows(rows, rows)).toEqual({ kind: 'same' });
    expect(diffRows(rows, rows.map((r) => ({ ...r, links: r.links.map((l) => ({ ...l })) })))).toEqual({ kind: 'same' });
  });

  it('lists the rows whose dates, progress or flags changed', () => {
    const next = rows.map((r) => ({ ...r }));
    next[1] = { ...next[1]!, start: '2026-04-09', finish: '2026-04-15' };
    next[2] = { ...next[2]!, critical: true };
    expect(diffRows(rows, next)).toEqual({ kind: 'patch', changed: [1, 2], windowsChanged: false });
    next[0] = { ...next[0]!, windowEnd: '2026-04-30' };
    expect(diffRows(rows, next)).toEqual({ kind: 'patch', changed: [0, 1, 2], windowsChanged: true });
    expect(diffRows(rows, [rows[0]!, rows[1]!, { ...rows[2]!, progress: 30 }])).toEqual({ kind: 'patch', changed: [2], windowsChanged: false });
  });

  it('calls for a full redraw when rows are added, removed, reordered, renamed, re-kinded or relinked', () => {
    expect(diffRows(rows, rows.slice(0, 2)).kind).toBe('structural');
    expect(diffRows(rows, [rows[1]!, rows[0]!, rows[2]!]).kind).toBe('structural');
    expect(diffRows(rows, [rows[0]!, { ...rows[1]!, name: 'y' }, rows[2]!]).kind).toBe('structural');
    expect(diffRows(rows, [rows[0]!, { ...rows[1]!, kind: 'milestone' }, rows[2]!]).kind).toBe('structural');
    expect(diffRows(rows, [rows[0]!, rows[1]!, { ...rows[2]!, links: [{ from: 'b', type: 'FF' }] }]).kind).toBe('structural');
    expect(diffRows(rows, [rows[0]!, { ...rows[1]!, stt: 5 }, rows[2]!]).kind).toBe('structural');
  });
});

describe('typed link arrows', () => {
  const bar = (left: number, right: number, index: number): BarBox => ({
    left, right, top: 56 + index * 30 + 5, bottom: 56 + index * 30 + 25, middle: 56 + index * 30 + 15,
    rowTop: 56 + index * 30, rowBottom: 56 + index * 30 + 30, milestone: false,
  });
  const first = (d: string) => d.match(/^M ([-\d.]+) ([-\d.]+)/)!.slice(1).map(Number);
  /** The end point: the last H before the head, on the successor's middle line. */
  const tip = (d: string) => Number([...d.matchAll(/H ([-\d.]+)/g)].pop()![1]);
  const from = bar(100, 200, 0);
  const to = bar(150, 300, 2);

  it('SS leaves the predecessor start and enters the successor start from the left', () => {
    const d = linkPath(from, to, 'SS');
    expect(first(d)).toEqual([100, from.middle]);
    expect(tip(d)).toBe(148);
    expect(d.endsWith('m -5 -4 l 5 4 l -5 4')).toBe(true); // head points right
  });

  it('FF leaves the predecessor finish and enters the successor finish from the right', () => {
    const d = linkPath(from, to, 'FF');
    expect(first(d)).toEqual([200, from.middle]);
    expect(tip(d)).toBe(302);
    expect(d.endsWith('m 5 -4 l -5 4 l 5 4')).toBe(true); // head points left
  });

  it('SF leaves the predecessor start and enters the successor finish from the right, around when needed', () => {
    const before = bar(20, 90, 2); // the successor finishes before the predecessor starts
    const d = linkPath(from, before, 'SF');
    expect(first(d)).toEqual([100, from.middle]);
    expect(tip(d)).toBe(92);
    const around = linkPath(from, to, 'SF');
    expect(first(around)).toEqual([100, from.middle]);
    expect(tip(around)).toBe(302);
    expect(around).toContain(`${from.rowBottom}`); // along the row boundary under the predecessor
  });

  it('FS keeps the finish → start route', () => {
    const d = linkPath(from, to, 'FS');
    expect(tip(d)).toBe(148);
    expect(first(d)[1]).toBe(from.bottom);
  });

  it('rounds corners no wider than half the shorter leg', () => {
    expect(roundedPolyline([[0, 0], [10, 0], [10, 20]], 4)).toBe('M 0 0 H 6 Q 10 0 10 4 V 20');
    expect(roundedPolyline([[0, 0], [2, 0], [2, 20]], 4)).toBe('M 0 0 H 1 Q 2 0 2 1 V 20');
  });
});
