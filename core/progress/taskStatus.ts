/**
 * Progress as of a status date: the ONE definition of done / in progress /
 * late / days late / planned % that the table, the chart, the status bar, the
 * filter and the progress report all use, so their numbers agree.
 *
 * Reference schedule (what "planned" means): the approved baseline when the
 * plan has one (core/baseline.ts, issue 13 §1); otherwise the plan scheduled
 * WITHOUT a status date, i.e. by its windows and links alone. The current
 * schedule cannot be the reference: with a status date the engine moves
 * unfinished work after it, so nothing would ever look late.
 */
import type { WorkCalendar } from '../calendar';
import type { IsoDate } from '../dates';
import type { Plan, Task } from '../model';
import { summaryIds } from '../outline';
import { planTaskViews, schedulePlan, type PlanSchedule } from '../schedule';

const LAST_CALENDAR_DATE = '2199-12-31';

export type ProgressState = 'done' | 'inProgress' | 'notStarted';

export interface TaskProgressStatus {
  taskId: string;
  /** done = 100 % or an actual finish; inProgress = 0 < % < 100 or an actual start. */
  state: ProgressState;
  /**
   * Not done and either due by the status date (reference finish on or before
   * it) or behind its planned % (not for an effort task, which only spans work).
   */
  late: boolean;
  /**
   * Working days late, 0 when not late. Due by the status date: the working
   * days after the reference finish up to the status date. Only behind its
   * planned %: the working days of planned work not yet done (at least 1).
   */
  daysLate: number;
  /** Whole % the reference schedule expects done by the end of the status date (linear over working days). */
  plannedPercent: number;
}

/** Reference dates of one task (a milestone has start = finish). */
export interface ReferenceDates {
  start: IsoDate;
  finish: IsoDate;
  /** Working days, 0 for a milestone. */
  duration: number;
}

export function progressState(task: Pick<Task, 'percentComplete' | 'actualStart' | 'actualFinish'>): ProgressState {
  if (task.percentComplete >= 100 || task.actualFinish !== null) return 'done';
  if (task.percentComplete > 0 || task.actualStart !== null) return 'inProgress';
  return 'notStarted';
}

/** % of the reference work planned by the end of `statusDate`: 0 before the start, 100 from the finish on. */
export function plannedPercentAsOf(ref: ReferenceDates, statusDate: IsoDate, calendar: WorkCalendar): number {
  if (statusDate < ref.start) return 0;
  if (statusDate >= ref.finish || ref.duration <= 0) return 100;
  const worked = calendar.countWorkingDays(ref.start, statusDate);
  return Math.min(100, Math.round((100 * worked) / ref.duration));
}

/** One leaf task's status against its reference dates. */
export function taskProgressStatus(
  task: Pick<Task, 'id' | 'kind' | 'percentComplete' | 'actualStart' | 'actualFinish'>,
  ref: ReferenceDates,
  statusDate: IsoDate,
  calendar: WorkCalendar,
): TaskProgressStatus {
  const state = progressState(task);
  const plannedPercent = plannedPercentAsOf(ref, statusDate, calendar);
  const percent = state === 'done' ? 100 : task.percentComplete;
  const due = ref.finish <= statusDate;
  // An effort task ("theo tiến độ thực hiện") runs alongside the work it spans: only its finish can be late.
  const behind = task.kind !== 'effort' && percent < plannedPercent;
  const late = state !== 'done' && (due || behind);
  let daysLate = 0;
  if (late && ref.finish < statusDate) {
    const until = statusDate > LAST_CALENDAR_DATE ? LAST_CALENDAR_DATE : statusDate; // a plan file may hold any year
    daysLate = calendar.countWorkingDays(ref.finish, until) - (calendar.isWorkingDay(ref.finish) ? 1 : 0);
  }
  if (late && daysLate === 0) {
    daysLate = Math.max(1, Math.round((ref.duration * (plannedPercent - percent)) / 100));
  }
  return { taskId: task.id, state, late, daysLate, plannedPercent };
}

// Plans are immutable: one plan always has the same reference dates (the table, the counts and the roll-ups ask for them in turn).
const referenceCache = new WeakMap<Plan, Map<string, ReferenceDates>>();

/** The plan's reference dates by task id (see the module comment); `schedule` is the plan's own. */
export function referenceDates(plan: Plan, schedule: PlanSchedule): Map<string, ReferenceDates> {
  const cached = referenceCache.get(plan);
  if (cached !== undefined) return cached;
  const planned = plan.info.statusDate === null ? schedule : schedulePlan({ ...plan, info: { ...plan.info, statusDate: null } }, schedule.calendar);
  const refs = new Map<string, ReferenceDates>();
  for (const [id, view] of planTaskViews(planned)) refs.set(id, { start: view.start, finish: view.finish, duration: view.duration });
  referenceCache.set(plan, refs);
  return refs;
}

/**
 * Every leaf task's status as of `statusDate`, in plan order (summaries: see
 * summaryProgressStatuses). Empty when the plan's links contain a cycle.
 */
export function progressStatusAsOf(
  plan: Plan,
  schedule: PlanSchedule,
  statusDate: IsoDate,
  calendar: WorkCalendar,
): TaskProgressStatus[] {
  const refs = referenceDates(plan, schedule);
  const summaries = summaryIds(schedule.order);
  const out: TaskProgressStatus[] = [];
  for (const task of schedule.order) {
    const ref = refs.get(task.id);
    if (ref === undefined || summaries.has(task.id)) continue;
    out.push(taskProgressStatus(task, ref, statusDate, calendar));
  }
  return out;
}

/**
 * Summary tasks rolled up from their leaves, as MS Project: done when every
 * leaf is, not started when none has started, late when a leaf is (days late:
 * the most of them), planned % weighted by each leaf's reference working days
 * (a plain mean when all are milestones).
 */
export function summaryProgressStatuses(
  plan: Plan,
  schedule: PlanSchedule,
  leaves: readonly TaskProgressStatus[],
): TaskProgressStatus[] {
  const refs = referenceDates(plan, schedule);
  const byId = new Map(leaves.map((s) => [s.taskId, s]));
  const below = new Map<string, TaskProgressStatus[]>();
  const parentOf = new Map(schedule.order.map((t) => [t.id, t.parentId]));
  for (const leaf of leaves) {
    const seen = new Set<string>();
    for (let at = parentOf.get(leaf.taskId) ?? null; at !== null && !seen.has(at); at = parentOf.get(at) ?? null) {
      seen.add(at);
      const list = below.get(at);
      if (list) list.push(leaf);
      else below.set(at, [leaf]);
    }
  }
  const out: TaskProgressStatus[] = [];
  for (const task of schedule.order) {
    const list = below.get(task.id);
    if (list === undefined || byId.has(task.id)) continue;
    out.push(rollUpStatus(task.id, list, (id) => refs.get(id)?.duration ?? 0));
  }
  return out;
}

export function rollUpStatus(taskId: string, leaves: readonly TaskProgressStatus[], durationOf: (id: string) => number): TaskProgressStatus {
  const all = (s: ProgressState) => leaves.every((l) => l.state === s);
  const state: ProgressState = all('done') ? 'done' : all('notStarted') ? 'notStarted' : 'inProgress';
  let work = 0;
  let planned = 0;
  let sum = 0;
  for (const l of leaves) {
    const d = durationOf(l.taskId);
    work += d;
    planned += d * l.plannedPercent;
    sum += l.plannedPercent;
  }
  const plannedPercent = Math.round(work > 0 ? planned / work : sum / Math.max(1, leaves.length));
  const lateLeaves = leaves.filter((l) => l.late);
  const daysLate = lateLeaves.reduce((m, l) => Math.max(m, l.daysLate), 0);
  return { taskId, state, late: lateLeaves.length > 0, daysLate, plannedPercent };
}

export interface ProgressCounts {
  done: number;
  inProgress: number;
  notStarted: number;
  late: number;
}

/** Counts over leaf statuses (what the status bar and the report show). */
export function progressCounts(statuses: readonly TaskProgressStatus[]): ProgressCounts {
  const counts: ProgressCounts = { done: 0, inProgress: 0, notStarted: 0, late: 0 };
  for (const s of statuses) {
    counts[s.state]++;
    if (s.late) counts.late++;
  }
  return counts;
}

/**
 * Every task's status (leaves and summaries) as of the plan's own status
 * date, by id, with the leaf counts: what the table, the chart, the exports
 * and `tiendo inspect` mark. Null without a status date or with a cycle.
 */
export function planProgress(plan: Plan, schedule: PlanSchedule): { byId: Map<string, TaskProgressStatus>; counts: ProgressCounts } | null {
  const statusDate = plan.info.statusDate;
  if (statusDate === null || !schedule.result.ok) return null;
  const leaves = progressStatusAsOf(plan, schedule, statusDate, schedule.calendar);
  const byId = new Map(leaves.map((s) => [s.taskId, s]));
  for (const s of summaryProgressStatuses(plan, schedule, leaves)) byId.set(s.taskId, s);
  return { byId, counts: progressCounts(leaves) };
}
