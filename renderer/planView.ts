/**
 * Derives what the screen shows from a plan: each task with its computed
 * schedule, unit names and links, in plan order. Pure: the engine does the
 * scheduling, this only joins names and dates for display.
 */
import { APPROVED_BASELINE_INDEX, baselineAt, baselineDates, finishVariance } from '../core/baseline';
import { outlineRows } from '../core/outline';
import { planProgress, type ProgressCounts, type TaskProgressStatus } from '../core/progress/taskStatus';
import { dateOfNearest, describeTask, schedulePlan } from '../core/schedule';
import type { TaskScheduleView } from '../core/schedule/types';
import type { Link, Plan, Task, Unit } from '../core/model';
import type { WorkCalendar } from '../core/calendar';
import { parseTimeWindow, type TimeWindow } from '../core/timeWindow';
import { addDays, isoWeekday, toEpochDay, type IsoDate } from '../core/dates';

export interface LinkView {
  link: Link;
  otherId: string;
  otherStt: number;
  otherName: string;
}

export interface TaskView {
  task: Task;
  stt: number;
  leadName: string;
  coordinatorNames: string[];
  window: TimeWindow;
  schedule: TaskScheduleView | null;
  predecessors: LinkView[];
  successors: LinkView[];
  /** The predecessor link that fixes the start, when the driver is a link. */
  drivingLink: LinkView | null;
  /** Outline depth (0: top level), automatic outline number ("1.2") and whether the task has subtasks. */
  depth: number;
  outline: string;
  summary: boolean;
  /** Progress as of the plan's status date (core/progress/taskStatus.ts); null without one or with a cycle. */
  progress: TaskProgressStatus | null;
  /** The task in the approved baseline (kế hoạch gốc 0) and its finish variance in working days; null when it has no entry there. */
  baseline: { start: IsoDate; finish: IsoDate; variance: number | null } | null;
}

export interface PlanView {
  tasks: TaskView[];
  /** The units directory, by name, for pickers and filters. */
  units: Unit[];
  calendar: WorkCalendar;
  /** Tasks in a dependency cycle (STT and name), when the plan cannot be scheduled. */
  cycle: { stt: number; name: string }[] | null;
  projectFinish: IsoDate | null;
  projectDaysLate: number;
  criticalCount: number;
  /** Done / in progress / late counts over leaf tasks as of the status date (the report's); null without one. */
  progress: ProgressCounts | null;
  statusDate: IsoDate | null;
}

/**
 * Working days late for the table's "trễ N", the chart's late outline and the
 * late filter: as of the status date when the plan has one (the progress
 * report's figure), else against the task's own window (the engine's).
 */
export function daysLateOf(view: TaskView): number {
  if (view.progress !== null) return view.progress.late ? view.progress.daysLate : 0;
  return view.schedule?.daysLateOwn ?? 0;
}

export function buildPlanView(plan: Plan): PlanView {
  const ps = schedulePlan(plan);
  const { order, result, calendar, input, links } = ps;
  const progress = planProgress(plan, ps);
  const unitName = new Map(plan.units.map((u) => [u.id, u.name]));
  const units = [...plan.units].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const taskById = new Map(order.map((t, i) => [t.id, { task: t, stt: i + 1 }]));
  const linkView = (link: Link, otherId: string): LinkView => {
    const other = taskById.get(otherId);
    return { link, otherId, otherStt: other?.stt ?? 0, otherName: other?.task.name ?? '' };
  };

  // Index links once: this runs on every drag frame, so no per-task scans.
  const incoming = groupBy(links, (l) => l.successorId);
  const outgoing = groupBy(links, (l) => l.predecessorId);
  const outline = outlineRows(order);
  const approved = baselineAt(plan.baselines, APPROVED_BASELINE_INDEX);
  const baseDates = approved ? baselineDates(approved) : null;
  const tasks: TaskView[] = order.map((task, index) => {
    const schedule = result.ok ? describeTask(result, index, calendar, input) : null;
    const driving = schedule?.driver.kind === 'link' ? links[schedule.driver.linkIndex] : undefined;
    return {
      task,
      stt: index + 1,
      leadName: task.leadUnitId ? (unitName.get(task.leadUnitId) ?? '') : '',
      coordinatorNames: task.coordinatingUnitIds.map((id) => unitName.get(id) ?? ''),
      window: parseTimeWindow(task.windowText),
      schedule,
      predecessors: (incoming.get(task.id) ?? []).map((l) => linkView(l, l.predecessorId)),
      successors: (outgoing.get(task.id) ?? []).map((l) => linkView(l, l.successorId)),
      drivingLink: driving ? linkView(driving, driving.predecessorId) : null,
      depth: outline[index]!.depth,
      outline: outline[index]!.outline,
      summary: outline[index]!.summary,
      progress: progress?.byId.get(task.id) ?? null,
      baseline: baselineOf(baseDates?.get(task.id), schedule, calendar),
    };
  });

  if (!result.ok) {
    return {
      tasks,
      units,
      calendar,
      cycle: result.cycle.map((i) => ({ stt: i + 1, name: order[i]?.name ?? '' })),
      projectFinish: null,
      projectDaysLate: 0,
      criticalCount: 0,
      progress: null,
      statusDate: plan.info.statusDate,
    };
  }
  return {
    tasks,
    units,
    calendar,
    cycle: null,
    projectFinish: dateOfNearest(calendar, result.projectFinish),
    projectDaysLate: result.projectDaysLate,
    criticalCount: tasks.filter((t) => t.schedule?.critical).length,
    progress: progress?.counts ?? null,
    statusDate: plan.info.statusDate,
  };
}

function baselineOf(base: { start: IsoDate; finish: IsoDate } | undefined, schedule: TaskScheduleView | null, calendar: WorkCalendar): TaskView['baseline'] {
  if (base === undefined) return null;
  return { start: base.start, finish: base.finish, variance: schedule ? finishVariance(base.finish, schedule.finish, calendar) : null };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Weekdays off (holidays) and worked weekend days in a range, for shading the chart. */
export function calendarShading(calendar: WorkCalendar, from: IsoDate, to: IsoDate) {
  const nonWorkingDays: IsoDate[] = [];
  const extraWorkingDays: IsoDate[] = [];
  const last = toEpochDay(to);
  for (let day = toEpochDay(from), date = from; day <= last; day++, date = addDays(date, 1)) {
    const weekend = isoWeekday(day) >= 6;
    const working = calendar.isWorkingDay(date);
    if (!weekend && !working) nonWorkingDays.push(date);
    if (weekend && working) extraWorkingDays.push(date);
  }
  return { nonWorkingDays, extraWorkingDays };
}

/** Days drawn after the last finish or the deadline, so the last bar's label and the deadline line have room. */
const RANGE_MARGIN_DAYS = 7;

/**
 * The chart's dates: the plan's start and end, widened to every scheduled
 * task (a plan pushed past its deadline is not clipped), plus a margin.
 */
export function chartRange(view: PlanView, planStart: IsoDate, planEnd: IsoDate): { start: IsoDate; end: IsoDate } {
  let start = planStart;
  let end = planEnd;
  for (const { schedule } of view.tasks) {
    if (!schedule) continue;
    if (schedule.start < start) start = schedule.start;
    if (schedule.finish > end) end = schedule.finish;
  }
  return { start, end: addDays(end, RANGE_MARGIN_DAYS) };
}
