/**
 * Adapter from the plan model to the engine: tasks in plan order, links by
 * id turned into indices, the plan's own calendar and dates.
 */
import { createWorkCalendar, type WorkCalendar } from '../calendar';
import { tasksInOrder, type CalendarSpec, type Link, type Plan, type Task } from '../model';
import { describeTask } from './describe';
import { schedule } from './engine';
import type { ScheduleInput, ScheduleLink, ScheduleResult, ScheduleTask, TaskScheduleView } from './types';

export interface PlanSchedule {
  input: ScheduleInput;
  result: ScheduleResult;
  /** Tasks by engine index (plan order). */
  order: Task[];
  /** Plan links by engine link index (links to a missing task are left out). */
  links: Link[];
  calendar: WorkCalendar;
  /** Task id → engine index. */
  indexOf: Map<string, number>;
}

// Building a calendar classifies ~84,000 days; plans are immutable data, so
// the same spec object always gives the same calendar.
const calendars = new WeakMap<CalendarSpec, WorkCalendar>();

export function calendarOf(spec: CalendarSpec): WorkCalendar {
  let cal = calendars.get(spec);
  if (cal === undefined) calendars.set(spec, (cal = createWorkCalendar(spec)));
  return cal;
}

export function toScheduleTask(t: Task): ScheduleTask {
  return {
    kind: t.kind,
    duration: t.duration,
    windowStart: t.windowStart,
    windowEnd: t.windowEnd,
    startNoEarlierThan: t.startNoEarlierThan,
    manualStart: t.manualStart,
    manualFinish: t.manualFinish,
    percentComplete: t.percentComplete,
    actualStart: t.actualStart,
    actualFinish: t.actualFinish,
  };
}

export function schedulePlan(plan: Plan, calendar?: WorkCalendar): PlanSchedule {
  const cal = calendar ?? calendarOf(plan.calendar);
  const order = tasksInOrder(plan);
  const indexOf = new Map<string, number>();
  order.forEach((t, i) => indexOf.set(t.id, i));
  const links: Link[] = [];
  const scheduleLinks: ScheduleLink[] = [];
  for (const l of plan.links) {
    const from = indexOf.get(l.predecessorId);
    const to = indexOf.get(l.successorId);
    if (from === undefined || to === undefined) continue;
    links.push(l);
    scheduleLinks.push({ from, to, type: l.type, lag: l.lag });
  }
  const input: ScheduleInput = {
    tasks: order.map(toScheduleTask),
    links: scheduleLinks,
    projectStart: plan.info.startDate,
    projectDeadline: plan.info.endDate,
    statusDate: plan.info.statusDate,
  };
  return { input, result: schedule(input, cal), order, links, calendar: cal, indexOf };
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
