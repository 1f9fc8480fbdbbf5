/**
 * task_schedule: the engine's dates for every task, so the file itself holds
 * the schedule (for other tools, reports, and a reader without the engine).
 * It is a cache of the plan: rebuilt in the same transaction as each change,
 * writing only the rows whose dates changed. A plan whose links form a cycle
 * has no schedule: the table is then empty.
 */
import type { Plan } from '../core/model';
import { planTaskViews, schedulePlan, type PlanSchedule } from '../core/schedule';
import { readPlanRows } from './planRows';
import { invalidDataError, parsePlan } from './planValidation';
import type { Db } from './sqlite';

export interface TaskScheduleRow {
  task_id: string;
  start: string;
  finish: string;
  total_float: number;
  critical: number;
}

export function scheduleRows(ps: PlanSchedule): TaskScheduleRow[] {
  return [...planTaskViews(ps)].map(([taskId, v]) => ({
    task_id: taskId,
    start: v.start,
    finish: v.finish,
    total_float: v.totalFloat,
    critical: v.critical ? 1 : 0,
  }));
}

export function readTaskScheduleRows(db: Db): TaskScheduleRow[] {
  return db.prepare('SELECT task_id, start, finish, total_float, critical FROM task_schedule ORDER BY task_id').all() as TaskScheduleRow[];
}

/**
 * Brings task_schedule in line with `plan` (already stored in `db`); returns
 * the schedule computed, or null when the plan cannot be scheduled (a date
 * outside the calendar's range in an old file): the table is then emptied.
 */
export function refreshTaskSchedule(db: Db, plan: Plan): PlanSchedule | null {
  const ps = scheduleOrNull(plan);
  const wanted = new Map((ps === null ? [] : scheduleRows(ps)).map((r) => [r.task_id, r]));
  const remove = db.prepare('DELETE FROM task_schedule WHERE task_id = ?');
  const upsert = db.prepare(
    `INSERT INTO task_schedule (task_id, start, finish, total_float, critical)
     VALUES (@task_id, @start, @finish, @total_float, @critical)
     ON CONFLICT (task_id) DO UPDATE SET start = excluded.start, finish = excluded.finish,
       total_float = excluded.total_float, critical = excluded.critical`,
  );
  for (const row of readTaskScheduleRows(db)) {
    const next = wanted.get(row.task_id);
    if (next === undefined) remove.run(row.task_id);
    else if (sameRow(row, next)) wanted.delete(row.task_id);
  }
  for (const row of wanted.values()) upsert.run(row);
  return ps;
}

function scheduleOrNull(plan: Plan): PlanSchedule | null {
  try {
    return schedulePlan(plan);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

function sameRow(a: TaskScheduleRow, b: TaskScheduleRow): boolean {
  return a.start === b.start && a.finish === b.finish && a.total_float === b.total_float && a.critical === b.critical;
}

/**
 * Migration 2: schedules the plan already in the file. Reads the rows with
 * readPlanRows (not planStore, which runs the migrations); a file holding no
 * plan yet (being created) is left for writePlan to fill.
 */
export function fillTaskSchedule(db: Db): void {
  const { candidate, problems: rowProblems, hasInfo } = readPlanRows(db);
  if (!hasInfo) return;
  const parsed = parsePlan(candidate);
  const problems = [...rowProblems, ...(parsed.ok ? [] : parsed.problems)];
  if (!parsed.ok || problems.length > 0) throw invalidDataError('Tệp kế hoạch chứa dữ liệu không hợp lệ:', problems);
  refreshTaskSchedule(db, parsed.plan);
}
