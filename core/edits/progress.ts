/**
 * updateProgress: MS Project's Update Tasks for chosen tasks as of a status
 * date (which the edit also sets), in one edit and so one undo step. A chosen
 * summary stands for the tasks below it. "Planned" means the reference
 * schedule of core/progress/taskStatus.ts, so the dialog and the late marks
 * agree on what "as planned" is.
 *
 * - asPlanned: % = the planned % as of the status date (never lowered);
 *   actual start = planned start once started, actual finish = planned finish at 100 %.
 * - percent: the given %; actual start = planned start when > 0, actual
 *   finish = planned finish at 100 %; 0 % clears both.
 * - reschedule: unfinished work goes from the status date on, as the engine
 *   places it (core/schedule/forward.ts): an unstarted task planned before it
 *   gets "start no earlier than" the status date (a manual one is moved, its
 *   length kept); a started one gets its planned start as actual start
 *   (or the engine's, just before the status date, if planned later).
 *
 * Actual dates already entered are kept. No actual date may fall after the
 * status date: the edit is refused, naming the task, rather than flagged.
 */
import type { WorkCalendar } from '../calendar';
import type { IsoDate } from '../dates';
import type { Plan, Task } from '../model';
import { descendantsOf, isSummary } from '../outline';
import { plannedPercentAsOf, progressState, referenceDates, type ReferenceDates } from '../progress/taskStatus';
import { planTaskViews, schedulePlan } from '../schedule';
import type { EditContext, EditOf } from './schema';
import { checkDate, findTask, refuse, sttMap } from './validate';

export function updateProgress(plan: Plan, edit: EditOf<'updateProgress'>, ctx: EditContext): Plan {
  const statusDate = chosenStatusDate(plan, edit, ctx);
  const dated: Plan = plan.info.statusDate === statusDate ? plan : { ...plan, info: { ...plan.info, statusDate } };
  const tasks = chosenLeaves(dated, edit.taskIds);
  const percent = edit.mode === 'percent' ? checkPercent(edit.percent) : 0;
  const ps = schedulePlan(dated);
  if (!ps.result.ok) refuse('taskIds', 'progress-update', { reason: 'cycle' });
  const refs = referenceDates(dated, ps);
  const views = edit.mode === 'reschedule' ? planTaskViews(ps) : null;
  const stt = sttMap(dated);
  const cal = ps.calendar;

  const changed = new Map<string, Task>();
  for (const task of tasks) {
    const ref = refs.get(task.id)!;
    let next: Task;
    if (edit.mode === 'asPlanned') next = asPlanned(task, ref, statusDate, cal);
    else if (edit.mode === 'percent') next = withPercent(task, percent, ref);
    else next = rescheduled(task, ref, views!.get(task.id)!.start, statusDate, cal);
    checkActuals(next, statusDate, stt.get(task.id) ?? 0);
    if (next !== task) changed.set(task.id, next);
  }
  if (changed.size === 0) return dated;
  return { ...dated, tasks: dated.tasks.map((t) => changed.get(t.id) ?? t) };
}

function chosenStatusDate(plan: Plan, edit: EditOf<'updateProgress'>, ctx: EditContext): IsoDate {
  if (edit.statusDate !== undefined) return checkDate(edit.statusDate, 'statusDate', 'statusDate');
  const date = plan.info.statusDate ?? ctx.today;
  if (date === undefined) refuse('statusDate', 'progress-update', { reason: 'no-status-date' });
  return checkDate(date, 'statusDate', 'statusDate');
}

/** The chosen tasks in plan order, a summary replaced by the tasks below it that have no subtasks. */
function chosenLeaves(plan: Plan, ids: readonly string[]): Task[] {
  const chosen = new Set<string>();
  for (const id of ids) {
    findTask(plan, id, 'taskIds');
    for (const at of [id, ...descendantsOf(plan.tasks, id)]) if (!isSummary(plan.tasks, at)) chosen.add(at);
  }
  return plan.tasks.filter((t) => chosen.has(t.id)).sort((a, b) => a.position - b.position);
}

function checkPercent(percent: number | undefined): number {
  if (percent === undefined || !(percent >= 0 && percent <= 100)) refuse('percent', 'invalid-edit', { reason: 'percent-range' });
  return percent;
}

function asPlanned(task: Task, ref: ReferenceDates, statusDate: IsoDate, cal: WorkCalendar): Task {
  if (progressState(task) === 'done') return task;
  const planned = plannedPercentAsOf(ref, statusDate, cal);
  // Work ahead of plan stays ahead; nothing planned yet leaves the task as it is.
  if (planned === 0 || task.percentComplete > planned) return withActuals(task, task.percentComplete, ref);
  return withActuals(task, planned, ref);
}

function withPercent(task: Task, percent: number, ref: ReferenceDates): Task {
  if (percent === 0) return sameOr(task, { ...task, percentComplete: 0, actualStart: null, actualFinish: null });
  return withActuals(task, percent, ref);
}

/** The % with the actual dates it implies, filled from the reference dates where none were entered. */
function withActuals(task: Task, percent: number, ref: ReferenceDates): Task {
  let actualStart = task.actualStart;
  let actualFinish = percent >= 100 ? task.actualFinish : null;
  if (percent > 0) actualStart ??= ref.start;
  if (percent >= 100 && actualFinish === null) actualFinish = actualStart !== null && actualStart > ref.finish ? actualStart : ref.finish;
  return sameOr(task, { ...task, percentComplete: percent, actualStart, actualFinish });
}

function rescheduled(task: Task, ref: ReferenceDates, scheduledStart: IsoDate, statusDate: IsoDate, cal: WorkCalendar): Task {
  const state = progressState(task);
  // An effort task spans the work it follows, which moves by itself.
  if (state === 'done' || task.kind === 'effort') return task;
  const from = cal.dateOf(cal.startNumber(statusDate));
  const manual = task.manualStart !== null && task.manualFinish !== null;
  if (state === 'inProgress') {
    // The done part as planned when that lies before the status date, else where the engine puts it (just before it).
    return manual || task.actualStart !== null ? task : { ...task, actualStart: ref.start <= statusDate ? ref.start : scheduledStart };
  }
  if (manual) {
    if (task.manualStart! >= from) return task;
    const length = cal.countWorkingDays(task.manualStart!, task.manualFinish!);
    return { ...task, manualStart: from, manualFinish: length === 0 ? from : cal.dateOf(cal.startNumber(from) + length - 1) };
  }
  if (ref.start >= from || (task.startNoEarlierThan !== null && task.startNoEarlierThan >= from)) return task;
  return { ...task, startNoEarlierThan: from };
}

function checkActuals(task: Task, statusDate: IsoDate, stt: number): void {
  for (const [which, date] of [['start', task.actualStart], ['finish', task.actualFinish]] as const) {
    if (date !== null && date > statusDate) {
      refuse(which === 'start' ? 'actualStart' : 'actualFinish', 'progress-update', { reason: 'actual-after-status', stt, which, date, statusDate });
    }
  }
}

/** `task` itself when nothing changed, so an edit that changes nothing makes no history entry. */
function sameOr(task: Task, next: Task): Task {
  return next.percentComplete === task.percentComplete && next.actualStart === task.actualStart && next.actualFinish === task.actualFinish ? task : next;
}
