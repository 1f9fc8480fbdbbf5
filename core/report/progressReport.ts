/**
 * The progress report (Báo cáo tiến độ, issue 13 §3) as plain data, which the
 * A4 page, the slide and the Word document only lay out. Every count and
 * "late" comes from core/progress/taskStatus.ts, the definition the table and
 * the status bar use, so the report's numbers are the table's.
 *
 * Dates are the current schedule as of the status date (unfinished work
 * moved after it by the engine); the baseline shown is the approved one
 * (index 0) unless another is asked for.
 */
import { baselineAt, baselineDates, type Baseline } from '../baseline';
import { addDays, type IsoDate } from '../dates';
import { PlanError } from '../errors';
import { tasksInOrder, type Plan, type Task } from '../model';
import { outlineRows } from '../outline';
import { progressCounts, progressStatusAsOf, type ProgressCounts, type ProgressState } from '../progress/taskStatus';
import { planTaskViews, schedulePlan, type TaskScheduleView } from '../schedule';

/** Most rows the small timeline draws; a longer plan shows its top-level rows (sections rolled up). */
export const REPORT_TIMELINE_ROWS = 24;

export interface ProgressReportOptions {
  /** Defaults to the plan's status date (then `today`). */
  statusDate?: IsoDate;
  /** The date used when the plan has no status date either. */
  today: IsoDate;
  /** Baseline drawn and compared with; default the approved one (0), else the lowest saved. */
  baselineIndex?: number;
  groupByUnit?: boolean;
}

export interface ReportTask {
  taskId: string;
  /** The table's STT: the plan's own numbering, else the position or outline number. */
  stt: string;
  name: string;
  /** '' when the task has no lead unit. */
  leadUnit: string;
  start: IsoDate;
  finish: IsoDate;
  percent: number;
  state: ProgressState;
  late: boolean;
  daysLate: number;
  critical: boolean;
  /** Working days of its own work not yet done (0 when done). */
  remainingDays: number;
  baseline: { start: IsoDate; finish: IsoDate } | null;
}

export interface ReportUnitGroup {
  /** '' for tasks with no lead unit. */
  unit: string;
  counts: ProgressCounts;
  total: number;
  late: ReportTask[];
  inProgress: ReportTask[];
}

export interface ReportTimelineRow {
  stt: string;
  name: string;
  start: IsoDate;
  finish: IsoDate;
  baseline: { start: IsoDate; finish: IsoDate } | null;
  percent: number;
  critical: boolean;
  late: boolean;
  milestone: boolean;
  effort: boolean;
}

export interface ProgressReport {
  title: string;
  organisation: string;
  /** The plan header's "Hải Phòng, ngày … " (its place heads the report's date line). */
  placeAndDate: string;
  /** The day the report is made (its date line). */
  madeOn: IsoDate;
  statusDate: IsoDate;
  planStart: IsoDate;
  deadline: IsoDate;
  /** Leaf tasks, as the status bar counts them. */
  total: number;
  counts: ProgressCounts;
  /** % complete of the whole plan, weighted by the tasks' working days (effort tasks left out). */
  percentComplete: number;
  done: ReportTask[];
  inProgress: ReportTask[];
  /** Most days late first. */
  late: ReportTask[];
  /** The month after the status date: from the next day to the same day a month later. */
  nextMonth: { from: IsoDate; to: IsoDate; tasks: ReportTask[] };
  critical: {
    /** Unfinished critical tasks in plan order. */
    tasks: ReportTask[];
    /** Working days from the day after the status date to the projected finish. */
    remainingDays: number;
  };
  projected: {
    finish: IsoDate;
    /** Working days after the deadline (0 when on time). */
    daysLate: number;
    /** Working days to spare before the deadline (0 when late or just on time). */
    daysEarly: number;
  };
  baseline: {
    index: number;
    name: string;
    savedOn: IsoDate;
    /** The baseline's last finish. */
    finish: IsoDate;
    /** Working days the projected finish is after (+) or before (−) the baseline's. */
    variance: number;
  } | null;
  /** Only when asked for: lead units in plan order of first appearance. */
  groups: ReportUnitGroup[] | null;
  timeline: { rows: ReportTimelineRow[]; hidden: number; from: IsoDate; to: IsoDate };
}

export function buildProgressReport(plan: Plan, options: ProgressReportOptions): ProgressReport {
  const statusDate = options.statusDate ?? plan.info.statusDate ?? options.today;
  const asOf: Plan = plan.info.statusDate === statusDate ? plan : { ...plan, info: { ...plan.info, statusDate } };
  const ps = schedulePlan(asOf);
  if (!ps.result.ok) throw new PlanError('report-cycle', {});
  const views = planTaskViews(ps);
  const statuses = progressStatusAsOf(asOf, ps, statusDate, ps.calendar);
  const cal = ps.calendar;

  const order = tasksInOrder(asOf);
  const outline = outlineRows(order);
  const flat = outline.every((r) => r.depth === 0);
  const stt = new Map(order.map((t, i) => [t.id, t.wbs.trim() !== '' ? t.wbs.trim() : flat ? String(i + 1) : outline[i]!.outline]));
  const unitName = new Map(asOf.units.map((u) => [u.id, u.name]));
  const byId = new Map(order.map((t) => [t.id, t]));
  const baseline = chosenBaseline(asOf, options.baselineIndex);
  const baseDates = baseline ? baselineDates(baseline) : new Map<string, { start: IsoDate; finish: IsoDate }>();

  const from = addDays(statusDate, 1);
  const line = (task: Task, view: TaskScheduleView, status: (typeof statuses)[number]): ReportTask => {
    const base = baseDates.get(task.id);
    const percent = status.state === 'done' ? 100 : task.percentComplete;
    return {
      taskId: task.id,
      stt: stt.get(task.id)!,
      name: task.name,
      leadUnit: task.leadUnitId === null ? '' : (unitName.get(task.leadUnitId) ?? ''),
      start: view.start,
      finish: view.finish,
      percent,
      state: status.state,
      late: status.late,
      daysLate: status.daysLate,
      critical: view.critical,
      // What is left in the current schedule: from the day after the status date (or its start) to its finish.
      remainingDays: status.state === 'done' ? 0 : cal.countWorkingDays(view.start > from ? view.start : from, view.finish),
      baseline: base ? { start: base.start, finish: base.finish } : null,
    };
  };
  const tasks = statuses.map((s) => line(byId.get(s.taskId)!, views.get(s.taskId)!, s));

  const to = sameDayNextMonth(statusDate);
  const counts = progressCounts(statuses);
  const projectFinish = cal.dateOf(ps.result.projectFinish);
  const deadline = asOf.info.endDate;
  const daysEarly = projectFinish < deadline ? cal.countWorkingDays(addDays(projectFinish, 1), deadline) : 0;
  // Weighted by each task's own working days; an effort task only spans the others' work.
  let work = 0;
  let doneWork = 0;
  for (const t of tasks) {
    const task = byId.get(t.taskId)!;
    const d = task.kind === 'effort' ? 0 : task.duration;
    work += d;
    doneWork += (d * t.percent) / 100;
  }

  return {
    title: asOf.info.title,
    organisation: asOf.info.organisation,
    placeAndDate: asOf.info.placeAndDate,
    madeOn: options.today,
    statusDate,
    planStart: asOf.info.startDate,
    deadline,
    total: tasks.length,
    counts,
    percentComplete: work > 0 ? Math.round((100 * doneWork) / work) : Math.round(tasks.reduce((s, t) => s + t.percent, 0) / Math.max(1, tasks.length)),
    done: tasks.filter((t) => t.state === 'done'),
    inProgress: tasks.filter((t) => t.state === 'inProgress'),
    late: tasks.filter((t) => t.late).sort((a, b) => b.daysLate - a.daysLate),
    nextMonth: { from, to, tasks: tasks.filter((t) => t.state !== 'done' && t.start <= to && t.finish >= from) },
    critical: {
      tasks: tasks.filter((t) => t.critical && t.state !== 'done'),
      remainingDays: projectFinish > statusDate ? cal.countWorkingDays(from, projectFinish) : 0,
    },
    projected: { finish: projectFinish, daysLate: ps.result.projectDaysLate, daysEarly },
    baseline: baseline ? baselineSummary(baseline, projectFinish, cal) : null,
    groups: options.groupByUnit ? unitGroups(tasks) : null,
    timeline: timelineRows(asOf, order, outline, views, tasks, stt, baseDates, statusDate),
  };
}

/** The baseline asked for, or the approved one, or the lowest saved; null when none fits. */
function chosenBaseline(plan: Plan, index: number | undefined): Baseline | null {
  const saved = plan.baselines ?? [];
  if (index !== undefined) return baselineAt(saved, index) ?? null;
  return [...saved].sort((a, b) => a.index - b.index)[0] ?? null;
}

function baselineSummary(baseline: Baseline, projectFinish: IsoDate, cal: { countWorkingDays(a: IsoDate, b: IsoDate): number }): NonNullable<ProgressReport['baseline']> {
  const finish = baseline.tasks.reduce((m, t) => (t.finish > m ? t.finish : m), baseline.tasks[0]?.finish ?? projectFinish);
  const variance =
    projectFinish > finish ? cal.countWorkingDays(addDays(finish, 1), projectFinish) : -cal.countWorkingDays(addDays(projectFinish, 1), finish);
  return { index: baseline.index, name: baseline.name, savedOn: baseline.savedOn, finish, variance };
}

/** "2026-12-03" → "2027-01-03"; the 31st of a shorter month becomes its last day. */
export function sameDayNextMonth(date: IsoDate): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = m === 12 ? y + 1 : y;
  const month = m === 12 ? 1 : m + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function unitGroups(tasks: readonly ReportTask[]): ReportUnitGroup[] {
  const groups = new Map<string, ReportTask[]>();
  for (const t of tasks) {
    const list = groups.get(t.leadUnit);
    if (list) list.push(t);
    else groups.set(t.leadUnit, [t]);
  }
  return [...groups].map(([unit, list]) => {
    const counts: ProgressCounts = { done: 0, inProgress: 0, notStarted: 0, late: 0 };
    for (const t of list) {
      counts[t.state]++;
      if (t.late) counts.late++;
    }
    return {
      unit,
      counts,
      total: list.length,
      late: list.filter((t) => t.late).sort((a, b) => b.daysLate - a.daysLate),
      inProgress: list.filter((t) => t.state === 'inProgress'),
    };
  });
}

function timelineRows(
  plan: Plan,
  order: readonly Task[],
  outline: ReturnType<typeof outlineRows>,
  views: Map<string, TaskScheduleView>,
  leaves: readonly ReportTask[],
  stt: Map<string, string>,
  baseDates: Map<string, { start: IsoDate; finish: IsoDate }>,
  statusDate: IsoDate,
): ProgressReport['timeline'] {
  const leafById = new Map(leaves.map((t) => [t.taskId, t]));
  // All leaves when they fit, else the top-level rows (a section stands for its tasks).
  const useLeaves = leaves.length <= REPORT_TIMELINE_ROWS;
  const candidates = order.filter((t, i) => (useLeaves ? leafById.has(t.id) : outline[i]!.depth === 0));
  const shown = candidates.slice(0, REPORT_TIMELINE_ROWS);
  const rows = shown.map((task): ReportTimelineRow => {
    const view = views.get(task.id)!;
    const leaf = leafById.get(task.id);
    const base = baseDates.get(task.id) ?? null;
    return {
      stt: stt.get(task.id)!,
      name: task.name,
      start: view.start,
      finish: view.finish,
      baseline: base ? { start: base.start, finish: base.finish } : null,
      percent: Math.round(leaf ? leaf.percent : view.percentComplete),
      critical: view.critical,
      late: leaf ? leaf.late : false,
      milestone: task.kind === 'milestone',
      effort: task.kind === 'effort',
    };
  });
  let from = plan.info.startDate;
  let to = plan.info.endDate;
  for (const r of rows) {
    for (const d of [r.start, r.finish, r.baseline?.start, r.baseline?.finish]) {
      if (d === undefined) continue;
      if (d < from) from = d;
      if (d > to) to = d;
    }
  }
  if (statusDate > to) to = statusDate;
  return { rows, hidden: candidates.length - shown.length, from, to };
}
