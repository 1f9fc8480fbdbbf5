/**
 * The plan table ("Phụ lục nhiệm vụ cụ thể") as plain cells, shared by the
 * XLSX, CSV and DOCX writers: the plan's six columns exactly as written, then
 * the optional columns computed by the scheduling engine.
 */
import type { IsoDate } from '../dates';
import { tasksInOrder, type Plan } from '../model';
import { outlineRows } from '../outline';
import { planProgress } from '../progress/taskStatus';
import { describeTask, schedulePlan, type PlanSchedule, type TaskScheduleView } from '../schedule';
import {
  COMPUTED_COLUMNS,
  COMPUTED_COLUMN_HEADERS,
  PLAN_COLUMN_HEADERS,
  PLAN_TABLE_HEADING,
  type ComputedColumn,
} from './columns';

/** A calendar day with no time and no zone: writers turn it into a date cell or dd/mm/yyyy text. */
export interface CalendarDate {
  readonly date: IsoDate;
}
export type PlanTableCell = string | number | CalendarDate;

export interface PlanTableOptions {
  /** Computed columns to add after the plan's own; always in the order of COMPUTED_COLUMNS. */
  columns?: readonly ComputedColumn[];
}

export interface PlanTable {
  /** "PHỤ LỤC NHIỆM VỤ CỤ THỂ". */
  heading: string;
  /** "(Kèm theo Kế hoạch số … ngày … của …)". */
  caption: string;
  header: string[];
  rows: PlanTableCell[][];
  /** Indices of the computed date columns (Bắt đầu, Kết thúc). */
  dateColumns: number[];
  /** Per row: a section (summary task) is written bold, its name across the empty columns. */
  sections: boolean[];
  /** Per row: depth in the outline (0 at the top level). */
  depths: number[];
}

export function isCalendarDate(cell: PlanTableCell): cell is CalendarDate {
  return typeof cell === 'object' && cell !== null && typeof cell.date === 'string';
}

export function planTableRows(plan: Plan, options: PlanTableOptions = {}): PlanTable {
  const wanted = new Set(options.columns ?? []);
  const computed = COMPUTED_COLUMNS.filter((c) => wanted.has(c));
  const header = [...PLAN_COLUMN_HEADERS, ...computed.map((c) => COMPUTED_COLUMN_HEADERS[c])];
  const unitName = new Map(plan.units.map((u) => [u.id, u.name]));
  const ps = computed.length > 0 ? schedulePlan(plan) : null;
  const views = ps ? scheduleViews(ps) : [];
  // With a status date, "Trễ" is the app's (core/progress/taskStatus.ts), as the table marks it.
  const progress = ps && computed.includes('late') ? planProgress(plan, ps) : null;

  const tasks = tasksInOrder(plan);
  const outline = outlineRows(tasks);
  const flat = outline.every((r) => r.depth === 0);
  const rows = tasks.map((task, i): PlanTableCell[] => {
    // STT: the plan's own numbering ("I", "1.1", "a") where it has one; else 1, 2, 3 … or the outline number.
    const own: PlanTableCell[] = [
      task.wbs.trim() !== '' ? task.wbs.trim() : flat ? i + 1 : outline[i]!.outline,
      task.name,
      task.leadUnitId === null ? '' : (unitName.get(task.leadUnitId) ?? ''),
      task.coordinatingUnitIds
        .map((id) => unitName.get(id))
        .filter((name): name is string => name !== undefined)
        .join('; '),
      task.windowText,
      task.deliverable,
    ];
    const view = views[i] ?? null;
    const lateAsOf = progress === null ? null : (progress.byId.get(task.id)?.daysLate ?? 0);
    return [...own, ...computed.map((c) => computedCell(c, view, task.percentComplete, lateAsOf))];
  });

  const dateColumns = computed.flatMap((c, k) => (c === 'start' || c === 'finish' ? [PLAN_COLUMN_HEADERS.length + k] : []));
  return {
    heading: PLAN_TABLE_HEADING,
    caption: planTableCaption(plan),
    header,
    rows,
    dateColumns,
    sections: outline.map((r) => r.summary),
    depths: outline.map((r) => r.depth),
  };
}

/**
 * A section row's cells after the name are all empty: the writers then let
 * the name run across them, as a heading row "I. NHIỆM VỤ CHUNG" does.
 */
export function spansRow(cells: readonly PlanTableCell[]): boolean {
  return cells.slice(2).every((c) => c === '');
}

/** One view per task in plan order; empty when the links contain a cycle (dates are then left blank). */
function scheduleViews(ps: PlanSchedule): TaskScheduleView[] {
  const { result, order, calendar, input } = ps;
  if (!result.ok) return [];
  return order.map((_, i) => describeTask(result, i, calendar, input));
}

function computedCell(column: ComputedColumn, view: TaskScheduleView | null, percent: number, lateAsOf: number | null): PlanTableCell {
  switch (column) {
    case 'start':
      return view ? { date: view.start } : '';
    case 'finish':
      return view ? { date: view.finish } : '';
    case 'percentComplete':
      return percent;
    case 'critical':
      return view?.critical ? 'Có' : '';
    case 'late': {
      // As of the status date when there is one; else against the task's own deadline or, past that, the plan's end date.
      const days = lateAsOf ?? (view ? Math.max(view.daysLateOwn, view.daysLatePlan) : 0);
      return days > 0 ? days : '';
    }
  }
}

/**
 * "(Kèm theo Kế hoạch số /KH-SKHCN ngày tháng 4 năm 2026 của Sở …)": the
 * number and date stay blank, as in the document, until the plan is issued.
 */
export function planTableCaption(plan: Plan): string {
  const number = plan.info.number.replace(/^\s*s[ốo]\s*:?\s*/iu, '').trim();
  const comma = plan.info.placeAndDate.indexOf(',');
  const date = comma >= 0 ? plan.info.placeAndDate.slice(comma + 1).trim() : '';
  const parts = [`Kèm theo Kế hoạch số ${number === '' ? '…' : number}`];
  if (date !== '') parts.push(date);
  if (plan.info.organisation.trim() !== '') parts.push(`của ${plan.info.organisation.trim()}`);
  return `(${parts.join(' ')})`;
}

/** A cell as text: dates as dd/mm/yyyy, numbers without float noise. */
export function cellText(cell: PlanTableCell): string {
  if (isCalendarDate(cell)) {
    const [y, m, d] = cell.date.split('-');
    return `${d}/${m}/${y}`;
  }
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(Math.round(cell * 100) / 100);
  return cell;
}
