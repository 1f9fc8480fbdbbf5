/**
 * One task's engine result as calendar dates, for the UI and exports.
 */
import { CALENDAR_FIRST_DAY, type WorkCalendar } from '../calendar';
import { fromEpochDay, type IsoDate } from '../dates';
import { DRIVER_KINDS, PROGRESS_ISSUES, type DriverKind, type ScheduleInput, type ScheduleOk, type TaskScheduleView } from './types';

export function describeTask(
  result: ScheduleOk,
  index: number,
  calendar: WorkCalendar,
  input: ScheduleInput,
): TaskScheduleView {
  const task = input.tasks[index];
  if (task === undefined) throw new RangeError(`Không có công việc số ${index}`);
  const es = result.earlyStart[index]!;
  const ef = result.earlyFinish[index]!;
  const ls = result.lateStart[index]!;
  const lf = result.lateFinish[index]!;
  // A milestone (finish = start − 1 internally) is shown on its start date, or
  // on the finish it follows when a finish reaches it.
  const milestone = ef < es;
  const onFinish = milestone && result.shownOnFinish[index] === 1;
  const date = (n: number) => dateOfNearest(calendar, n);
  const start = date(onFinish ? ef : es);
  const lateStart = date(onFinish ? lf : ls);
  const kind = DRIVER_KINDS[result.driverKind[index]!] ?? 'projectStart';
  const driverTask = input.tasks[result.driverTask?.[index] ?? index] ?? task;
  return {
    start,
    finish: milestone ? start : date(ef),
    lateStart,
    lateFinish: milestone ? lateStart : date(lf),
    totalFloat: result.totalFloat[index]!,
    freeFloat: result.freeFloat[index]!,
    critical: result.critical[index] === 1,
    daysLateOwn: result.daysLateOwn[index]!,
    daysLatePlan: result.daysLatePlan[index]!,
    driver: { kind, linkIndex: result.driverLink[index]!, date: driverDate(kind, driverTask, input) },
    progressIssue: PROGRESS_ISSUES[result.progressIssue[index]!] ?? null,
    duration: milestone ? 0 : ef - es + 1,
    percentComplete: result.percentComplete?.[index] ?? task.percentComplete,
  };
}

/**
 * The date of working day `n`, or the calendar's first or last working day
 * when `n` lies outside it (long chains of long lags can run past 2199):
 * views never throw on a plan the validator accepts.
 */
export function dateOfNearest(calendar: WorkCalendar, n: number): IsoDate {
  if (calendar.workingDayCount === 0) return fromEpochDay(CALENDAR_FIRST_DAY); // a week with no working day
  return calendar.dateOf(Math.min(Math.max(n, 0), calendar.workingDayCount - 1));
}

/** The date of the constraint that drives the start, as the user entered it. */
function driverDate(kind: DriverKind, task: ScheduleInput['tasks'][number], input: ScheduleInput): IsoDate | null {
  switch (kind) {
    case 'projectStart':
      return input.projectStart;
    case 'window':
      return task.windowStart;
    case 'startNoEarlierThan':
      return task.startNoEarlierThan;
    case 'statusDate':
      return input.statusDate;
    case 'manual':
      return task.manualStart;
    case 'actual':
      return task.actualStart ?? task.actualFinish;
    case 'link':
      return null;
  }
}
