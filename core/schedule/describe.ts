/**
 * One task's engine result as calendar dates, for the UI and exports.
 */
import type { WorkCalendar } from '../calendar';
import type { IsoDate } from '../dates';
import { DRIVER_KINDS, type DriverKind, type ScheduleInput, type ScheduleOk, type TaskScheduleView } from './types';

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
  const start = calendar.dateOf(es);
  const lateStart = calendar.dateOf(ls);
  const kind = DRIVER_KINDS[result.driverKind[index]!] ?? 'projectStart';
  // A milestone (finish = start − 1 internally) is shown on its start date.
  return {
    start,
    finish: ef < es ? start : calendar.dateOf(ef),
    lateStart,
    lateFinish: lf < ls ? lateStart : calendar.dateOf(lf),
    totalFloat: result.totalFloat[index]!,
    freeFloat: result.freeFloat[index]!,
    critical: result.critical[index] === 1,
    daysLateOwn: result.daysLateOwn[index]!,
    daysLatePlan: result.daysLatePlan[index]!,
    driver: { kind, linkIndex: result.driverLink[index]!, date: driverDate(kind, task, input) },
  };
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
