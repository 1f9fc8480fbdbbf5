/**
 * setTaskDates: what a drag on the chart or typed dates do. A new start
 * becomes "start no earlier than" (as MS Project does after a drag; links may
 * still push the task later, which the caller reports as a notice); a new
 * finish changes the duration in working days of the plan's calendar. A
 * manually scheduled task simply takes the dates.
 */
import type { IsoDate } from '../dates';
import { formatViDate } from '../dates';
import type { Plan, Task } from '../model';
import { descendantsOf, isSummary } from '../outline';
import { calendarOf, dateOfNearest, schedulePlan, viewOfPlanTask, type WorkCalendar } from '../schedule';
import type { EditOf } from './schema';
import { checkDate, findTask, refuse } from './validate';


/**
 * Dragging a summary bar moves its whole section, as in MS Project: every
 * subtask shifts by the same number of working days (automatic ones get a
 * new "start no earlier than", manual ones new dates). One edit, one undo step.
 */
function moveSection(plan: Plan, summary: Task, start: IsoDate, cal: WorkCalendar): Plan {
  const ps = schedulePlan(plan);
  const leaves = new Set(descendantsOf(plan.tasks, summary.id).filter((id) => !isSummary(plan.tasks, id)));
  const startOf = (task: Task) => viewOfPlanTask(ps, task.id)?.start ?? task.startNoEarlierThan ?? plan.info.startDate;
  const moved = plan.tasks.filter((t) => leaves.has(t.id));
  if (moved.length === 0) return plan;
  const from = moved.map(startOf).reduce((a, b) => (b < a ? b : a));
  const delta = cal.startNumber(start) - cal.startNumber(from);
  if (delta === 0) return plan;
  const shift = (date: IsoDate) => dateOfNearest(cal, cal.startNumber(date) + delta);
  const next = new Map(moved.map((t) => [t.id, isManual(t)
    ? manualDates(t, shift(t.manualStart!), undefined, cal)
    : { ...t, startNoEarlierThan: shift(startOf(t)) }]));
  return { ...plan, tasks: plan.tasks.map((t) => next.get(t.id) ?? t) };
}

export function setTaskDates(plan: Plan, edit: EditOf<'setTaskDates'>): Plan {
  const task = findTask(plan, edit.taskId);
  if (edit.start === undefined && edit.finish === undefined) refuse('start', 'invalid-edit', { reason: 'needs-a-date' });
  const start = edit.start === undefined ? undefined : checkDate(edit.start, 'start', 'start');
  const finish = edit.finish === undefined ? undefined : checkDate(edit.finish, 'finish', 'finish');
  const cal = calendarOf(plan.calendar);
  if (isSummary(plan.tasks, task.id)) {
    if (finish !== undefined || start === undefined) refuse('finish', 'invalid-edit', { reason: 'summary-dates' });
    return moveSection(plan, task, start, cal);
  }
  const next = isManual(task) ? manualDates(task, start, finish, cal) : autoDates(plan, task, start, finish, cal);
  return { ...plan, tasks: plan.tasks.map((t) => (t.id === task.id ? next : t)) };
}

function isManual(task: Task): boolean {
  return task.manualStart !== null && task.manualFinish !== null;
}

function autoDates(plan: Plan, task: Task, start: IsoDate | undefined, finish: IsoDate | undefined, cal: WorkCalendar): Task {
  if (task.kind === 'milestone') {
    // A milestone is one date: a finish alone moves it like a start.
    return { ...task, startNoEarlierThan: start ?? finish ?? null };
  }
  if (task.kind === 'effort' && finish !== undefined) {
    refuse('finish', 'invalid-edit', { reason: 'follows-has-no-finish' });
  }
  const next = start === undefined ? { ...task } : { ...task, startNoEarlierThan: start };
  if (finish !== undefined) {
    const from = start ?? currentStart(plan, task);
    if (finish < from) refuse('finish', 'invalid-edit', { reason: 'finish-before-start' });
    const duration = cal.countWorkingDays(from, finish);
    if (duration === 0) {
      refuse('finish', 'invalid-edit', { reason: 'no-working-day', from, to: finish });
    }
    next.duration = duration;
  }
  return next;
}

/** Where the engine starts the task now (the finish alone is being changed). */
function currentStart(plan: Plan, task: Task): IsoDate {
  const view = viewOfPlanTask(schedulePlan(plan), task.id);
  return view?.start ?? task.startNoEarlierThan ?? task.windowStart ?? plan.info.startDate;
}

function manualDates(task: Task, start: IsoDate | undefined, finish: IsoDate | undefined, cal: WorkCalendar): Task {
  const oldStart = task.manualStart!;
  const oldFinish = task.manualFinish!;
  const newStart = start ?? oldStart;
  let newFinish = finish;
  if (newFinish === undefined) {
    // Moving a manual task keeps its length in working days.
    const length = cal.countWorkingDays(oldStart, oldFinish);
    newFinish = length === 0 ? newStart : cal.dateOf(cal.startNumber(newStart) + length - 1);
  }
  if (newFinish < newStart) refuse(finish !== undefined ? 'finish' : 'start', 'invalid-edit', { reason: 'finish-before-start' });
  return { ...task, manualStart: newStart, manualFinish: newFinish };
}
