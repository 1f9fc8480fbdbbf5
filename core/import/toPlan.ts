/**
 * Turns imported table rows into plan tasks: appended to an open plan, or
 * as a new plan. Nothing is dropped: a row that cannot be fully read keeps
 * its original text (window text as written, windowStart/End null), which
 * the table flags as it does any unreadable window. The preview's warnings
 * are not written into the notes (they would stay there after the fix);
 * text longer than the plan file allows is split or cut, and that is said
 * in the notes.
 */
import { calendarOf } from '../schedule';
import type { WorkCalendar } from '../calendar';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_WBS_LENGTH, newTask, type Plan, type Task } from '../model';
import type { PlanTaskRow } from '../planTable';
import { CALENDAR_2026 } from '../seed/calendar2026';
import { xmlSafe } from '../formats/xmlText';
import type { ImportedTable } from './source';
import { UnitDirectory } from './unitDirectory';

/** Working days given to a task whose window is only a deadline or could not be read. */
export const DEFAULT_IMPORT_DURATION = 5;

export interface ImportOutcome {
  plan: Plan;
  addedTasks: number;
  addedUnits: string[];
  /** Tasks imported with problems noted. */
  flaggedTasks: number;
}

/** The open plan with the rows added after its last task, in one piece (the caller writes it in one transaction). */
export function appendImportedRows(plan: Plan, rows: readonly PlanTaskRow[], newId: () => string): ImportOutcome {
  const units = new UnitDirectory(plan.units, newId);
  const calendar = calendarOf(plan.calendar);
  const last = plan.tasks.reduce((max, t) => Math.max(max, t.position), 0);
  const tasks = tasksFromRows(rows, last, units, calendar, newId);
  return {
    plan: { ...plan, units: units.units, tasks: [...plan.tasks, ...tasks] },
    addedTasks: tasks.length,
    addedUnits: units.added,
    flaggedTasks: rows.filter((r) => r.problems.length > 0).length,
  };
}

/**
 * A new plan from an import: the default 2026 working calendar, plan dates
 * covering every window, the document's title and header when there is one.
 */
export function planFromImport(table: ImportedTable, sourceName: string, newId: () => string, today: Date): ImportOutcome {
  const calendarSpec = structuredClone(CALENDAR_2026);
  const units = new UnitDirectory([], newId);
  // Units of the table first (in order of mention), then the recipients, as in the default plan.
  for (const row of table.rows) [row.lead, ...row.coordinators].forEach((name) => units.resolve(name));
  table.recipients.forEach((name, i) => units.addRecipient(name, i + 1));
  const calendar = calendarOf(calendarSpec);
  const tasks = tasksFromRows(table.rows, 0, units, calendar, newId);
  const { startDate, endDate } = coveringDates(table.rows, today);
  const doc = table.document;
  return {
    plan: {
      info: {
        title: (doc?.title || `Kế hoạch nhập từ ${sourceName}`).slice(0, MAX_TEXT_LENGTH),
        number: doc?.number.slice(0, MAX_NAME_LENGTH) ?? '',
        placeAndDate: doc?.placeAndDate.slice(0, MAX_NAME_LENGTH) ?? '',
        organisation: doc?.organisation?.slice(0, MAX_NAME_LENGTH) ?? '',
        signer: doc?.signer.slice(0, MAX_NAME_LENGTH) ?? '',
        startDate,
        endDate,
        statusDate: null,
      },
      calendar: calendarSpec,
      units: units.units,
      tasks,
      links: [],
    },
    addedTasks: tasks.length,
    addedUnits: units.added,
    flaggedTasks: table.rows.filter((r) => r.problems.length > 0).length,
  };
}

/** From the earliest window start to the latest window end; the current year when no row has a window. */
export function coveringDates(rows: readonly PlanTaskRow[], today: Date): { startDate: string; endDate: string } {
  const starts = rows.flatMap((r) => (r.window.start ? [r.window.start] : []));
  const ends = rows.flatMap((r) => (r.window.end ? [r.window.end] : []));
  const earliestEnd = ends.reduce<string | null>((min, d) => (min === null || d < min ? d : min), null);
  let startDate = starts.reduce<string | null>((min, d) => (min === null || d < min ? d : min), null);
  // Only deadlines: start on the first day of the month of the earliest one.
  startDate ??= earliestEnd === null ? `${today.getFullYear()}-01-01` : `${earliestEnd.slice(0, 7)}-01`;
  const latest = [...ends, ...starts].reduce<string | null>((max, d) => (max === null || d > max ? d : max), null);
  const endDate = latest !== null && latest >= startDate ? latest : `${startDate.slice(0, 4)}-12-31`;
  return { startDate, endDate };
}

/** The rows as tasks after position `last`, in the rows' (depth-first) order: sections become the parents of the rows under them. */
function tasksFromRows(rows: readonly PlanTaskRow[], last: number, units: UnitDirectory, calendar: WorkCalendar, newId: () => string): Task[] {
  const tasks: Task[] = [];
  rows.forEach((row, i) => {
    const parentId = row.parent === null ? null : (tasks[row.parent]?.id ?? null);
    tasks.push({ ...taskFromRow(row, last + 1 + i, units, calendar, newId), parentId });
  });
  return tasks;
}

function taskFromRow(raw: PlanTaskRow, position: number, units: UnitDirectory, calendar: WorkCalendar, newId: () => string): Task {
  const row = withoutControlCharacters(raw);
  const notes: string[] = [];
  if (row.notes !== '') notes.push(row.notes);
  const name = split(row.name, MAX_NAME_LENGTH);
  if (name.rest !== '') notes.push(`Phần còn lại của nội dung công việc (dài quá ${MAX_NAME_LENGTH} ký tự): ${name.rest}`);
  const windowText = split(row.windowText, MAX_TEXT_LENGTH);
  const deliverable = split(row.deliverable, MAX_TEXT_LENGTH);
  if (windowText.rest !== '' || deliverable.rest !== '') notes.push(`Thời gian thực hiện hoặc sản phẩm dài quá ${MAX_TEXT_LENGTH} ký tự nên bị cắt.`);

  const lead = units.resolve(row.lead);
  const coordinators = [...new Set(row.coordinators.map((n) => units.resolve(n)?.id).filter((id): id is string => !!id))];
  const w = row.window;
  const follows = w.kind === 'follows' || w.kind === 'recurring';
  return newTask({
    id: newId(),
    position,
    name: name.head,
    wbs: row.wbs.slice(0, MAX_WBS_LENGTH),
    leadUnitId: lead?.id ?? null,
    coordinatingUnitIds: coordinators,
    windowText: windowText.head,
    windowStart: w.start,
    windowEnd: w.end,
    deliverable: deliverable.head,
    notes: fitNotes(notes.join('\n')),
    kind: follows ? 'effort' : 'task',
    // A task fills its window until the planner sets a real duration.
    duration: follows ? 0 : w.kind === 'range' ? Math.max(1, calendar.countWorkingDays(w.start, w.end)) : DEFAULT_IMPORT_DURATION,
  });
}

/**
 * Control characters (a NUL from an old system) mean nothing in a plan and
 * SQLite would cut text at a NUL: they are removed, like the exports do.
 */
function withoutControlCharacters(row: PlanTaskRow): PlanTaskRow {
  return {
    ...row,
    name: xmlSafe(row.name),
    wbs: xmlSafe(row.wbs),
    lead: xmlSafe(row.lead),
    coordinators: row.coordinators.map(xmlSafe),
    windowText: xmlSafe(row.windowText),
    deliverable: xmlSafe(row.deliverable),
    notes: xmlSafe(row.notes),
  };
}

function split(text: string, max: number): { head: string; rest: string } {
  if (text.length <= max) return { head: text, rest: '' };
  const code = text.charCodeAt(max - 1);
  const at = code >= 0xd800 && code <= 0xdbff ? max - 1 : max; // never cut a character in two
  return { head: text.slice(0, at), rest: text.slice(at) };
}

function fitNotes(text: string): string {
  return text.length <= MAX_TEXT_LENGTH ? text : `${text.slice(0, MAX_TEXT_LENGTH - 12)}… (bị cắt)`;
}
