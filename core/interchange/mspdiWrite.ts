/**
 * Our plan as MS Project XML (MSPDI, schema mspdi_pj12.xsd, namespace
 * http://schemas.microsoft.com/project): MS Project 2007–2019, ProjectLibre
 * and GanttProject open it. Elements follow the schema's sequence exactly.
 * Dates are the engine's; our own fields go in ExtendedAttributes (ownFields.ts).
 */
import type { WorkCalendar } from '../calendar';
import { PlanError } from '../errors';
import { type Link, type Plan, type Task } from '../model';
import { calendarOf, describeTask, schedulePlan, type TaskScheduleView } from '../schedule';
import { durationText, finishDateTime, startDateTime, DAY_FINISH, DAY_START, DEFAULT_MINUTES_PER_DAY } from './msTime';
import { outlineOf, parentOf, wbsOf } from './outlineFields';
import { OWN_FIELDS, taskDetailsOf, type PlanDetails, type TaskDetails } from './ownFields';
import { el, xmlDocument, type XmlChild, type XmlElement } from './xmlWriter';

export const MSPDI_NAMESPACE = 'http://schemas.microsoft.com/project';
/** PredecessorLink Type: 0 FF, 1 FS, 2 SF, 3 SS. */
export const MSPDI_LINK_TYPES = ['FF', 'FS', 'SF', 'SS'] as const;
/** Assignment notes marking the lead unit (đơn vị chủ trì); the other assignments are the coordinators. */
export const LEAD_NOTE = 'Chủ trì';
const CONSTRAINT = { asap: 0, mustStartOn: 2, startNoEarlierThan: 4 } as const;
const LAG_FORMAT_DAYS = 7;
const DURATION_FORMAT_DAYS = 7;
const CALENDAR_UID = 1;
/** The schema's limit for a task name; a longer name is kept whole in our details field. */
const MAX_MS_NAME = 512;

export function planToMspdi(plan: Plan): string {
  const ps = schedulePlan(plan);
  if (!ps.result.ok) throw new PlanError('cycle', { reason: 'export', format: 'MS Project' });
  const result = ps.result;
  const views = ps.order.map((_, i) => describeTask(result, i, ps.calendar, ps.input));
  const uidOf = new Map(ps.order.map((t, i) => [t.id, i + 1]));
  const unitUid = new Map(plan.units.map((u, i) => [u.id, i + 1]));
  const outline = outlineOf(ps.order);
  const parents = new Set(ps.order.map(parentOf).filter((p): p is string => p !== null));
  const predecessors = groupBy(ps.links, (l) => l.successorId);
  const workDays = plan.calendar.workWeek.length;
  const finishes = views.map((v) => v.finish).sort();

  const baselines = baselineEntries(plan);
  const tasks = ps.order.map((task, i) =>
    taskElement(task, views[i]!, {
      baselines: baselines.get(task.id) ?? [],
      uid: i + 1,
      outline: outline.get(task.id)!,
      summary: parents.has(task.id),
      links: (predecessors.get(task.id) ?? []).map((l) => ({ link: l, uid: uidOf.get(l.predecessorId)! })),
      calendar: ps.calendar,
    }),
  );

  const project = el('Project', [
    el('SaveVersion', 12),
    el('Name', fit(plan.info.title, 255)),
    el('Title', fit(plan.info.title, 512)),
    el('Subject', fit(plan.info.number, 512)),
    el('Company', fit(plan.info.organisation, 512)),
    el('Manager', fit(plan.info.signer, 512)),
    el('ScheduleFromStart', 1),
    el('StartDate', startDateTime(plan.info.startDate)),
    el('FinishDate', finishDateTime(plan.info.endDate > (finishes.at(-1) ?? '') ? plan.info.endDate : finishes.at(-1)!)),
    el('CurrencyCode', 'VND'),
    el('CalendarUID', CALENDAR_UID),
    el('DefaultStartTime', DAY_START),
    el('DefaultFinishTime', DAY_FINISH),
    el('MinutesPerDay', DEFAULT_MINUTES_PER_DAY),
    el('MinutesPerWeek', DEFAULT_MINUTES_PER_DAY * workDays),
    el('DaysPerMonth', 20),
    plan.info.statusDate !== null && el('StatusDate', finishDateTime(plan.info.statusDate)),
    el(
      'ExtendedAttributes',
      Object.values(OWN_FIELDS).map((f) => el('ExtendedAttribute', [el('FieldID', f.fieldId), el('FieldName', f.fieldName), el('Alias', f.alias)])),
    ),
    el('Calendars', [calendarElement(plan)]),
    el('Tasks', [projectSummaryTask(plan, views, baselines), ...tasks]),
    plan.units.length > 0 &&
      el(
        'Resources',
        plan.units.map((u, i) => el('Resource', [el('UID', i + 1), el('ID', i + 1), el('Name', fit(u.name, 512)), el('Type', 1), el('IsNull', 0)])),
      ),
    assignmentsElement(ps.order, uidOf, unitUid),
  ]);
  project.attrs = { xmlns: MSPDI_NAMESPACE };
  return xmlDocument(project);
}

/** Task UID 0, the project summary task as MS Project writes it; it carries the plan fields MSPDI has no place for. */
function projectSummaryTask(plan: Plan, views: readonly TaskScheduleView[], baselines: ReadonlyMap<string, BaselineEntry[]>): XmlElement {
  const { title, placeAndDate, number } = plan.info;
  const saved = (plan.baselines ?? []).map(({ index, name, savedOn }) => ({ index, name, savedOn }));
  const details: PlanDetails = {
    placeAndDate,
    endDate: plan.info.endDate,
    ...(title.length > 512 ? { title } : {}),
    ...(number.length > 512 ? { number } : {}),
    ...(saved.length > 0 ? { baselines: saved } : {}),
  };
  const starts = views.map((v) => v.start).sort();
  const finishes = views.map((v) => v.finish).sort();
  return el('Task', [
    el('UID', 0),
    el('ID', 0),
    el('Name', fit(title, MAX_MS_NAME)),
    el('Type', 1),
    el('IsNull', 0),
    el('WBS', 0),
    el('OutlineNumber', 0),
    el('OutlineLevel', 0),
    el('Start', startDateTime(starts[0] ?? plan.info.startDate)),
    el('Finish', finishDateTime(finishes.at(-1) ?? plan.info.startDate)),
    el('Summary', 1),
    el('ExtendedAttribute', [el('FieldID', OWN_FIELDS.details.fieldId), el('Value', JSON.stringify(details))]),
    ...projectBaselines(plan, baselines),
  ]);
}

interface BaselineEntry {
  index: number;
  start: string;
  finish: string;
  duration: number;
}

/** Each task's baseline dates, by task id, in baseline index order. */
function baselineEntries(plan: Plan): Map<string, BaselineEntry[]> {
  const out = new Map<string, BaselineEntry[]>();
  for (const b of plan.baselines ?? []) {
    for (const t of b.tasks) out.set(t.taskId, [...(out.get(t.taskId) ?? []), { index: b.index, start: t.start, finish: t.finish, duration: t.duration }]);
  }
  return out;
}

/** MSPDI Baseline (Number 0 = "Baseline", 1–10 = "Baseline1"…); a milestone's finish is its start, as for the task itself. */
function baselineElement(entry: BaselineEntry): XmlElement {
  const milestone = entry.duration === 0 && entry.start === entry.finish;
  return el('Baseline', [
    el('Number', entry.index),
    el('Start', startDateTime(entry.start)),
    el('Finish', milestone ? startDateTime(entry.start) : finishDateTime(entry.finish)),
    el('Duration', durationText(entry.duration, DEFAULT_MINUTES_PER_DAY)),
    el('DurationFormat', DURATION_FORMAT_DAYS),
  ]);
}

/** The project summary's baseline spans its tasks' (MS Project shows it on the project summary row). */
function projectBaselines(plan: Plan, entries: ReadonlyMap<string, BaselineEntry[]>): XmlElement[] {
  const known = new Set(plan.tasks.map((t) => t.id));
  const calendar = calendarOf(plan.calendar);
  return (plan.baselines ?? []).flatMap((b) => {
    const tasks = b.tasks.filter((t) => known.has(t.taskId) && entries.has(t.taskId));
    if (tasks.length === 0) return [];
    const start = tasks.map((t) => t.start).sort()[0]!;
    const finish = tasks.map((t) => t.finish).sort().at(-1)!;
    return [baselineElement({ index: b.index, start, finish, duration: calendar.countWorkingDays(start, finish) })];
  });
}

interface TaskContext {
  baselines: readonly BaselineEntry[];
  uid: number;
  outline: { level: number; number: string };
  summary: boolean;
  links: { link: Link; uid: number }[];
  calendar: WorkCalendar;
}

function taskElement(task: Task, view: TaskScheduleView, ctx: TaskContext): XmlElement {
  const milestone = task.kind === 'milestone' && !ctx.summary;
  const days = milestone ? 0 : ctx.summary || task.kind === 'effort' || task.manualStart !== null ? ctx.calendar.countWorkingDays(view.start, view.finish) : task.duration;
  const constraint = constraintOf(task);
  const details: TaskDetails = { ...(task.name.length > MAX_MS_NAME ? { name: task.name } : {}), ...taskDetailsOf(task) };
  const own: [keyof typeof OWN_FIELDS, string][] = [
    ['windowText', task.windowText],
    ['deliverable', task.deliverable],
    ['wbs', wbsOf(task)],
    ['details', JSON.stringify(details)],
  ];
  const children: XmlChild[] = [
    el('UID', ctx.uid),
    el('ID', ctx.uid),
    el('Name', fit(task.name, MAX_MS_NAME)),
    el('Type', 1), // fixed duration: our durations are working days, not effort
    el('IsNull', 0),
    el('WBS', ctx.outline.number),
    el('OutlineNumber', ctx.outline.number),
    el('OutlineLevel', ctx.outline.level),
    el('Start', startDateTime(view.start)),
    el('Finish', milestone ? startDateTime(view.start) : finishDateTime(view.finish)),
    el('Duration', durationText(days, DEFAULT_MINUTES_PER_DAY)),
    el('DurationFormat', DURATION_FORMAT_DAYS),
    el('Milestone', milestone ? 1 : 0),
    el('Summary', ctx.summary ? 1 : 0),
    el('Critical', view.critical ? 1 : 0),
    el('PercentComplete', Math.round(task.percentComplete)),
    task.actualStart !== null && el('ActualStart', startDateTime(task.actualStart)),
    task.actualFinish !== null && el('ActualFinish', finishDateTime(task.actualFinish)),
    el('ConstraintType', constraint.type),
    constraint.date !== null && el('ConstraintDate', startDateTime(constraint.date)),
    task.windowEnd !== null && el('Deadline', finishDateTime(task.windowEnd)),
    task.notes !== '' && el('Notes', task.notes),
    ...ctx.links.map(({ link, uid }) =>
      el('PredecessorLink', [
        el('PredecessorUID', uid),
        el('Type', MSPDI_LINK_TYPES.indexOf(link.type)),
        el('CrossProject', 0),
        el('LinkLag', link.lag * DEFAULT_MINUTES_PER_DAY * 10),
        el('LagFormat', LAG_FORMAT_DAYS),
      ]),
    ),
    ...own.filter(([, value]) => value !== '').map(([key, value]) => el('ExtendedAttribute', [el('FieldID', OWN_FIELDS[key].fieldId), el('Value', value)])),
    ...ctx.baselines.map(baselineElement),
  ];
  return el('Task', children);
}

/** A manual task is pinned (Must Start On); else the later of the window start and a drag is "start no earlier than". */
function constraintOf(task: Task): { type: number; date: string | null } {
  if (task.manualStart !== null) return { type: CONSTRAINT.mustStartOn, date: task.manualStart };
  const dates = [task.windowStart, task.startNoEarlierThan].filter((d): d is string => d !== null).sort();
  const date = dates.at(-1) ?? null;
  return date === null ? { type: CONSTRAINT.asap, date: null } : { type: CONSTRAINT.startNoEarlierThan, date };
}

const WORKING_TIMES = el('WorkingTimes', [
  el('WorkingTime', [el('FromTime', '08:00:00'), el('ToTime', '12:00:00')]),
  el('WorkingTime', [el('FromTime', '13:00:00'), el('ToTime', '17:00:00')]),
]);

/** The work week (DayType 1 = Sunday … 7 = Saturday) and every holiday or make-up working day as an exception. */
function calendarElement(plan: Plan): XmlElement {
  const working = new Set(plan.calendar.workWeek);
  const weekDays = [1, 2, 3, 4, 5, 6, 7].map((msDay) => {
    const iso = msDay === 1 ? 7 : msDay - 1;
    return el('WeekDay', [el('DayType', msDay), el('DayWorking', working.has(iso) ? 1 : 0), working.has(iso) && WORKING_TIMES]);
  });
  const exceptions = [
    ...plan.calendar.holidays.map((d) => ({ ...d, working: false })),
    ...plan.calendar.workdays.map((d) => ({ ...d, working: true })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  const period = (date: string) => el('TimePeriod', [el('FromDate', `${date}T00:00:00`), el('ToDate', `${date}T23:59:00`)]);
  return el('Calendar', [
    el('UID', CALENDAR_UID),
    el('Name', 'Lịch làm việc của kế hoạch'),
    el('IsBaseCalendar', 1),
    el('BaseCalendarUID', -1),
    // Exceptions also as DayType 0 week days, as MS Project 2007 writes them for readers of the 2003 format.
    el('WeekDays', [...weekDays, ...exceptions.map((x) => el('WeekDay', [el('DayType', 0), el('DayWorking', x.working ? 1 : 0), period(x.date), x.working && WORKING_TIMES]))]),
    exceptions.length > 0 &&
      el(
        'Exceptions',
        exceptions.map((x) =>
          el('Exception', [
            el('EnteredByOccurrences', 0),
            period(x.date),
            el('Occurrences', 1),
            el('Name', fit(x.name, 512)),
            el('Type', 1),
            el('DayWorking', x.working ? 1 : 0),
            x.working && WORKING_TIMES,
          ]),
        ),
      ),
  ]);
}

function assignmentsElement(order: readonly Task[], uidOf: Map<string, number>, unitUid: Map<string, number>): XmlChild {
  const rows: XmlElement[] = [];
  for (const task of order) {
    const units = [task.leadUnitId, ...task.coordinatingUnitIds].filter((id): id is string => id !== null && unitUid.has(id));
    units.forEach((unitId, k) => {
      const lead = k === 0 && task.leadUnitId !== null;
      rows.push(
        el('Assignment', [
          el('UID', rows.length + 1),
          el('TaskUID', uidOf.get(task.id)!),
          el('ResourceUID', unitUid.get(unitId)!),
          lead && el('Notes', LEAD_NOTE),
          el('Units', 1),
        ]),
      );
    });
  }
  return rows.length > 0 && el('Assignments', rows);
}

/** At most `max` characters (the schema's limits), never cutting a character in two. */
export function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}
