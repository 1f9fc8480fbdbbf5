/**
 * The plan as database rows, table by table, keyed by primary key: the form
 * in which an edit's effect is diffed, written and recorded for undo. The
 * column mapping mirrors the repos' inserts (tests compare readPlan after an
 * edit with the plan the edit produced, so the two cannot drift apart).
 */
import type { Baseline } from '../../core/baseline';
import type { Link, Plan, Task } from '../../core/model';

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export interface TableDef {
  name: PlanTableName;
  columns: readonly string[];
  key: readonly string[];
  /** Columns (or column groups) under a UNIQUE constraint: an update may need a detour through temporary values. */
  unique: readonly (readonly string[])[];
  /** Links are read in rowid order (they have no order of their own), so undo must restore the rowid too. */
  keepsRowid: boolean;
}

/** Parents first: inserts go in this order, deletes in reverse. */
export const PLAN_TABLES = [
  { name: 'plan_info', key: ['id'], unique: [], keepsRowid: false,
    columns: ['id', 'title', 'number', 'place_and_date', 'organisation', 'signer', 'start_date', 'end_date', 'status_date'] },
  { name: 'calendar_settings', key: ['id'], unique: [], keepsRowid: false,
    columns: ['id', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] },
  { name: 'calendar_exceptions', key: ['date'], unique: [], keepsRowid: false, columns: ['date', 'kind', 'name'] },
  { name: 'units', key: ['id'], unique: [['position'], ['name'], ['recipient_order']], keepsRowid: false,
    columns: ['id', 'position', 'name', 'recipient_order'] },
  { name: 'tasks', key: ['id'], unique: [['position']], keepsRowid: false,
    columns: ['id', 'position', 'parent_id', 'wbs', 'name', 'lead_unit_id', 'window_text', 'window_start', 'window_end', 'deliverable', 'notes',
      'kind', 'duration', 'percent_complete', 'start_no_earlier_than', 'manual_start', 'manual_finish', 'actual_start', 'actual_finish'] },
  { name: 'task_coordinators', key: ['task_id', 'unit_id'], unique: [['position']], keepsRowid: false,
    columns: ['task_id', 'unit_id', 'position'] },
  { name: 'links', key: ['id'], unique: [['predecessor_id', 'successor_id']], keepsRowid: true,
    columns: ['id', 'predecessor_id', 'successor_id', 'type', 'lag'] },
  { name: 'baselines', key: ['baseline_index'], unique: [], keepsRowid: false, columns: ['baseline_index', 'name', 'saved_on'] },
  { name: 'baseline_tasks', key: ['baseline_index', 'task_id'], unique: [], keepsRowid: false,
    columns: ['baseline_index', 'task_id', 'position', 'start', 'finish', 'duration'] },
] as const satisfies readonly (Omit<TableDef, 'name'> & { name: string })[];

export type PlanTableName = (typeof PLAN_TABLES)[number]['name'];
export const TABLE_DEFS: ReadonlyMap<PlanTableName, TableDef> = new Map(PLAN_TABLES.map((t) => [t.name, t as TableDef]));

export type PlanRows = Map<PlanTableName, Map<string, Row>>;

export function rowKey(def: TableDef, row: Row): string {
  return JSON.stringify(def.key.map((k) => row[k] ?? null));
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

type BaselineTable = 'baselines' | 'baseline_tasks';

// Up to 11 copies of every task's dates: built once per baselines array (plans are immutable), and
// diffRows skips tables whose row maps are the same object, so an edit that leaves baselines alone costs nothing.
const baselineRowsCache = new WeakMap<readonly Baseline[], Map<BaselineTable, Map<string, Row>>>();
const NO_BASELINES: readonly Baseline[] = [];

function baselineRows(baselines: readonly Baseline[]): Map<BaselineTable, Map<string, Row>> {
  const cached = baselineRowsCache.get(baselines);
  if (cached) return cached;
  const rows: Record<BaselineTable, Row[]> = {
    baselines: baselines.map((b) => ({ baseline_index: b.index, name: b.name, saved_on: b.savedOn })),
    baseline_tasks: baselines.flatMap((b) =>
      b.tasks.map((t, i) => ({
        baseline_index: b.index, task_id: t.taskId, position: i + 1, start: t.start, finish: t.finish, duration: t.duration,
      })),
    ),
  };
  const out = new Map<BaselineTable, Map<string, Row>>();
  for (const name of ['baselines', 'baseline_tasks'] as const) {
    const def = TABLE_DEFS.get(name)!;
    out.set(name, new Map(rows[name].map((r) => [rowKey(def, r), r])));
  }
  baselineRowsCache.set(baselines, out);
  return out;
}

/** Every row the repos would write for `plan` (the same object for the same plan: an edit's plan after is the next one's before). */
export function planToRows(plan: Plan): PlanRows {
  let rows = planRowsCache.get(plan);
  if (rows === undefined) planRowsCache.set(plan, (rows = buildPlanRows(plan)));
  return rows;
}

const planRowsCache = new WeakMap<Plan, PlanRows>();
type EntityTable = 'tasks' | 'task_coordinators' | 'links';

function buildPlanRows(plan: Plan): PlanRows {
  const { info, calendar } = plan;
  const rows: Record<Exclude<PlanTableName, BaselineTable | EntityTable>, Row[]> = {
    plan_info: [{
      id: 1, title: info.title, number: info.number, place_and_date: info.placeAndDate, organisation: info.organisation,
      signer: info.signer, start_date: info.startDate, end_date: info.endDate, status_date: info.statusDate,
    }],
    calendar_settings: [Object.fromEntries([['id', 1], ...WEEKDAYS.map((d, i) => [d, calendar.workWeek.includes(i + 1) ? 1 : 0])])],
    calendar_exceptions: [
      ...calendar.holidays.map((e) => ({ date: e.date, kind: 'holiday', name: e.name })),
      ...calendar.workdays.map((e) => ({ date: e.date, kind: 'workday', name: e.name })),
    ],
    units: plan.units.map((u, i) => ({ id: u.id, position: i + 1, name: u.name, recipient_order: u.recipientOrder })),
  };
  const tasks = new Map<string, Row>();
  const coordinators = new Map<string, Row>();
  for (const t of plan.tasks) {
    const cached = rowsOfTask(t);
    tasks.set(cached.key, cached.row);
    for (const [key, row] of cached.coordinators) coordinators.set(key, row);
  }
  const entities: Record<EntityTable, Map<string, Row>> = {
    tasks, task_coordinators: coordinators, links: new Map(plan.links.map((l) => rowOfLink(l))),
  };
  const baselines = baselineRows(plan.baselines ?? NO_BASELINES);
  const out: PlanRows = new Map();
  for (const def of TABLE_DEFS.values()) {
    const name = def.name;
    if (name === 'baselines' || name === 'baseline_tasks') out.set(name, baselines.get(name)!);
    else if (name === 'tasks' || name === 'task_coordinators' || name === 'links') out.set(name, entities[name]);
    else out.set(name, new Map(rows[name].map((r) => [rowKey(def, r), r])));
  }
  return out;
}

// An edit copies only the entities it changes, so most task and link objects of
// the plan after it are those of the plan before: their rows are built once
// (rows are never mutated; writers copy them). At 10,000 tasks this saves
// ~50 ms an edit, and diffRows compares the unchanged rows by identity.
const taskRowCache = new WeakMap<Task, { key: string; row: Row; coordinators: [string, Row][] }>();
const linkRowCache = new WeakMap<Link, [string, Row]>();

function rowsOfTask(t: Task): { key: string; row: Row; coordinators: [string, Row][] } {
  let cached = taskRowCache.get(t);
  if (cached === undefined) {
    const row: Row = {
      id: t.id, position: t.position, parent_id: t.parentId, wbs: t.wbs, name: t.name, lead_unit_id: t.leadUnitId, window_text: t.windowText,
      window_start: t.windowStart, window_end: t.windowEnd, deliverable: t.deliverable, notes: t.notes, kind: t.kind,
      duration: t.duration, percent_complete: t.percentComplete, start_no_earlier_than: t.startNoEarlierThan,
      manual_start: t.manualStart, manual_finish: t.manualFinish, actual_start: t.actualStart, actual_finish: t.actualFinish,
    };
    const coordinatorDef = TABLE_DEFS.get('task_coordinators')!;
    const coordinators = t.coordinatingUnitIds.map((unitId, i): [string, Row] => {
      const r: Row = { task_id: t.id, unit_id: unitId, position: i + 1 };
      return [rowKey(coordinatorDef, r), r];
    });
    cached = { key: rowKey(TABLE_DEFS.get('tasks')!, row), row, coordinators };
    taskRowCache.set(t, cached);
  }
  return cached;
}

function rowOfLink(l: Link): [string, Row] {
  let cached = linkRowCache.get(l);
  if (cached === undefined) {
    const row: Row = { id: l.id, predecessor_id: l.predecessorId, successor_id: l.successorId, type: l.type, lag: l.lag };
    cached = [rowKey(TABLE_DEFS.get('links')!, row), row];
    linkRowCache.set(l, cached);
  }
  return cached;
}

export interface RowChange {
  table: PlanTableName;
  key: string;
  /** Null: the row is inserted. */
  before: Row | null;
  /** Null: the row is deleted. */
  after: Row | null;
}

/** The rows that differ between two plans, table by table in PLAN_TABLES order. */
export function diffRows(before: PlanRows, after: PlanRows): RowChange[] {
  const changes: RowChange[] = [];
  for (const def of TABLE_DEFS.values()) {
    const old = before.get(def.name)!;
    const next = after.get(def.name)!;
    if (old === next) continue; // shared, hence unchanged (baseline rows: see baselineRows)
    for (const [key, row] of old) {
      const now = next.get(key) ?? null;
      if (now === null || !sameRow(def, row, now)) changes.push({ table: def.name, key, before: row, after: now });
    }
    for (const [key, row] of next) if (!old.has(key)) changes.push({ table: def.name, key, before: null, after: row });
  }
  return changes;
}

export function sameRow(def: TableDef, a: Row, b: Row): boolean {
  return a === b || def.columns.every((c) => Object.is(a[c] ?? null, b[c] ?? null));
}

export function invert(change: RowChange): RowChange {
  return { ...change, before: change.after, after: change.before };
}
