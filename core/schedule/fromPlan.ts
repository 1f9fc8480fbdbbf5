/**
 * Adapter from the plan model to the engine: tasks in plan order, links by
 * id turned into indices, the plan's own calendar and dates.
 */
import { createWorkCalendar, type WorkCalendar } from '../calendar';
import { tasksInOrder, type CalendarSpec, type Link, type Plan, type Task } from '../model';
import { describeTask } from './describe';
import { schedule } from './engine';
import type { ScheduleInput, ScheduleLink, ScheduleResult, TaskScheduleView } from './types';

export interface PlanSchedule {
  input: ScheduleInput;
  result: ScheduleResult;
  /** Tasks by engine index (plan order). */
  order: Task[];
  /** Plan links by engine link index (links to a missing task are left out; read only). */
  links: readonly Link[];
  calendar: WorkCalendar;
  /** Task id → engine index (shared between schedules of the same links: read only). */
  indexOf: ReadonlyMap<string, number>;
}

// Building a calendar classifies ~84,000 days; plans are immutable data, so
// the same spec object always gives the same calendar.
const calendars = new WeakMap<CalendarSpec, WorkCalendar>();

export function calendarOf(spec: CalendarSpec): WorkCalendar {
  let cal = calendars.get(spec);
  if (cal === undefined) calendars.set(spec, (cal = createWorkCalendar(spec)));
  return cal;
}

/**
 * The plan as the engine takes it. A Task already has every field of a
 * ScheduleTask, so tasks are passed as they are (no copy per task). Beyond
 * the engine this costs one id map and two lookups per link; an edit that
 * leaves the links and the task order alone (dates, durations, progress,
 * every drag frame) reuses them (tests/bench/schedule.bench.ts reports both).
 */
export function schedulePlan(plan: Plan, calendar?: WorkCalendar): PlanSchedule {
  const cal = calendar ?? calendarOf(plan.calendar);
  const order = tasksInOrder(plan);
  const { indexOf, links, scheduleLinks } = joinLinks(order, plan.links);
  const input: ScheduleInput = {
    tasks: order,
    links: scheduleLinks,
    projectStart: plan.info.startDate,
    projectDeadline: plan.info.endDate,
    statusDate: plan.info.statusDate,
  };
  const parents = parentIndices(order, indexOf);
  if (parents !== null) input.parents = parents;
  return { input, result: schedule(input, cal), order, links, calendar: cal, indexOf };
}

/** Each task's summary by engine index (−1 at the top level), or null when the plan has no outline. */
function parentIndices(order: readonly Task[], indexOf: ReadonlyMap<string, number>): Int32Array | null {
  const n = order.length;
  let i = 0;
  while (i < n && order[i]!.parentId === null) i++;
  if (i === n) return null;
  const parents = new Int32Array(n).fill(-1);
  for (; i < n; i++) {
    const id = order[i]!.parentId;
    if (id !== null) parents[i] = indexOf.get(id) ?? -1;
  }
  return parents;
}

interface JoinedLinks {
  /** Task ids in order, to check that a cached join still fits. */
  ids: string[];
  indexOf: ReadonlyMap<string, number>;
  links: Link[];
  scheduleLinks: ScheduleLink[];
}

// Plans are immutable: the same links array with the same task ids in the same order joins the same way.
const joins = new WeakMap<readonly Link[], JoinedLinks>();

function joinLinks(order: readonly Task[], planLinks: readonly Link[]): JoinedLinks {
  const n = order.length;
  const cached = joins.get(planLinks);
  if (cached !== undefined && cached.ids.length === n) {
    let same = true;
    for (let i = 0; i < n && same; i++) same = cached.ids[i] === order[i]!.id;
    if (same) return cached;
  }
  const ids: string[] = new Array(n);
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) indexOf.set((ids[i] = order[i]!.id), i);
  const links: Link[] = [];
  const scheduleLinks: ScheduleLink[] = [];
  for (let k = 0, m = planLinks.length; k < m; k++) {
    const l = planLinks[k]!;
    const from = indexOf.get(l.predecessorId);
    if (from === undefined) continue;
    const to = indexOf.get(l.successorId);
    if (to === undefined) continue;
    links.push(l);
    scheduleLinks.push({ from, to, type: l.type, lag: l.lag });
  }
  const joined = { ids, indexOf, links, scheduleLinks };
  joins.set(planLinks, joined);
  return joined;
}

/** Task id → its schedule in dates; empty when the links contain a cycle. */
export function planTaskViews(ps: PlanSchedule): Map<string, TaskScheduleView> {
  const views = new Map<string, TaskScheduleView>();
  const { result } = ps;
  if (!result.ok) return views;
  ps.order.forEach((t, i) => views.set(t.id, describeTask(result, i, ps.calendar, ps.input)));
  return views;
}

/** One task's schedule in dates, or null for an unknown id or a plan with a cycle. */
export function viewOfPlanTask(ps: PlanSchedule, taskId: string): TaskScheduleView | null {
  const i = ps.indexOf.get(taskId);
  if (i === undefined || !ps.result.ok) return null;
  return describeTask(ps.result, i, ps.calendar, ps.input);
}
