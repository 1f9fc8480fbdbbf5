/**
 * The pure side of dragging a bar: pixels → whole days → dates snapped to
 * working days, and the drag's change → the edit command the store applies.
 * No DOM here, so all of it is unit-tested.
 *
 * Snapping follows the engine's rules: a start on a day off means "from the
 * next working day", a finish on a day off "until the previous working day".
 */
import { addDays, isIsoDate, type IsoDate } from '../../core/dates';
import type { PlanEdit } from '../../core/edits';
import type { GanttCalendar, GanttChange, GanttRow } from './types';

export type DragMode = 'move' | 'resize' | 'progress';

/** The bar as it was when the drag started. */
export interface DragOrigin {
  mode: DragMode;
  start: IsoDate;
  finish: IsoDate;
  /** 0..100 */
  progress: number;
  /** The bar's drawn left end and width in px (for the progress handle). */
  barLeft: number;
  barWidth: number;
}

/** Whole days a horizontal drag of `dx` px covers (nearest column; never −0). */
export function dayShift(dx: number, pxPerDay: number): number {
  if (!(pxPerDay > 0) || !Number.isFinite(dx)) return 0;
  return Math.round(dx / pxPerDay) || 0;
}

/** The first working day on or after `date` (the date itself without a calendar or beyond its range). */
export function snapStartForward(date: IsoDate, calendar: GanttCalendar | null | undefined): IsoDate {
  if (!calendar) return date;
  try {
    return calendar.dateOf(calendar.startNumber(date));
  } catch {
    return date;
  }
}

/** The last working day on or before `date` (the date itself without a calendar or when there is none). */
export function snapFinishBack(date: IsoDate, calendar: GanttCalendar | null | undefined): IsoDate {
  if (!calendar) return date;
  try {
    const n = calendar.finishNumber(date);
    return n < 0 ? date : calendar.dateOf(n);
  } catch {
    return date;
  }
}

/** What the bar asks for after a horizontal drag of `dx` px. */
export function dragChange(origin: DragOrigin, dx: number, pxPerDay: number, calendar: GanttCalendar | null | undefined): GanttChange {
  if (origin.mode === 'progress') {
    const handleX = origin.barLeft + (origin.barWidth * origin.progress) / 100 + dx;
    const ratio = origin.barWidth > 0 ? (handleX - origin.barLeft) / origin.barWidth : 0;
    return { progress: Math.min(100, Math.max(0, Math.round(ratio * 100))) };
  }
  const shift = dayShift(dx, pxPerDay);
  if (origin.mode === 'move') return { start: snapStartForward(addDays(origin.start, shift), calendar) };
  const finish = snapFinishBack(addDays(origin.finish, shift), calendar);
  // Never before the start: the shortest task is one working day.
  return { finish: finish < origin.start ? origin.start : finish };
}

/** True when dropping `change` would leave the task as it was (a click, or dragged back). */
export function isUnchanged(origin: DragOrigin, change: GanttChange): boolean {
  if ('progress' in change) return change.progress === Math.round(origin.progress);
  return (change.start ?? origin.start) === origin.start && (change.finish ?? origin.finish) === origin.finish;
}

export function sameChange(a: GanttChange | null, b: GanttChange | null): boolean {
  if (a === null || b === null) return a === b;
  if ('progress' in a || 'progress' in b) return 'progress' in a && 'progress' in b && a.progress === b.progress;
  return a.start === b.start && a.finish === b.finish;
}

/** The edit command for a drag: a move or resize sets dates (start → "start no earlier than"), the handle sets % complete. */
export function editOfChange(taskId: string, change: GanttChange): PlanEdit {
  if ('progress' in change) return { op: 'updateTask', taskId, changes: { percentComplete: change.progress } };
  const edit: PlanEdit = { op: 'setTaskDates', taskId };
  if (change.start !== undefined) edit.start = change.start;
  if (change.finish !== undefined) edit.finish = change.finish;
  return edit;
}

/** Which drags a row allows on an editable chart. */
export function dragModesOf(row: GanttRow): { move: boolean; resize: boolean; progress: boolean } {
  const valid = isIsoDate(row.start) && isIsoDate(row.finish) && row.finish >= row.start;
  // Effort tasks span their links and manual tasks keep fixed dates: neither is dragged for dates.
  const dates = valid && row.kind !== 'effort' && !row.manual;
  return { move: dates, resize: dates && row.kind !== 'milestone', progress: valid && row.kind !== 'milestone' };
}
