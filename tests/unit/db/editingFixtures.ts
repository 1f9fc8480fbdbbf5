/** Helpers for the editing tests: a real default-plan file, a canonical dump of its tables, a fixed author. */
import path from 'node:path';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { tasksInOrder, type Plan, type Task } from '../../../core/model';
import type { EditAuthor } from '../../../db/editing/applyEditToFile';
import { createPlanFile } from '../../../db/planStore';
import { openPlanSession, type PlanSession } from '../../../db/session';
import type { Db } from '../../../db/sqlite';
import { tempDir } from './fixtures';

export const AUTHOR: EditAuthor = { user: 'Nguyễn Văn Kiểm', computer: 'MAY-KIEM-THU', at: new Date('2026-11-28T09:30:00Z') };

/**
 * The default plan in a new file, open in a session. `file` is the plan file the
 * user opened; `edited` the database edits are written to (the session's working
 * copy, see db/session.ts), whose bytes the failure tests compare.
 */
export function defaultPlanFile(): { dir: string; file: string; edited: string; session: PlanSession; plan: Plan } {
  const dir = tempDir();
  const file = createPlanFile(path.join(dir, 'ke-hoach.tiendo'), createDefaultPlan());
  const session = openPlanSession(file, { dataDir: path.join(dir, 'data') });
  return { dir, file, edited: session.db.name, session, plan: session.getPlan().plan };
}

/** Task by STT (1-based plan order). */
export function stt(plan: Plan, n: number): Task {
  const task = tasksInOrder(plan)[n - 1];
  if (!task) throw new Error(`no STT ${n}`);
  return task;
}

/** Primary keys of the tables compared by the dump (links also by rowid: it is their order). */
const DUMPED: Record<string, string> = {
  plan_info: 'id',
  calendar_settings: 'id',
  calendar_exceptions: 'date',
  units: 'id',
  tasks: 'id',
  task_coordinators: 'task_id, unit_id',
  links: 'id',
  task_schedule: 'task_id',
  baselines: 'baseline_index',
  baseline_tasks: 'baseline_index, task_id',
};

/** Every plan table and task_schedule, rows ordered by primary key; the edit history is left out. */
export function dump(db: Db): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [table, key] of Object.entries(DUMPED)) {
    const rowid = table === 'links' ? 'rowid AS link_rowid, ' : '';
    out[table] = db.prepare(`SELECT ${rowid}* FROM ${table} ORDER BY ${key}`).all();
  }
  return out;
}

/** task_schedule as STT → [start, finish, total_float, critical]. */
export function scheduleBySTT(db: Db): Map<number, [string, string, number, number]> {
  const rows = db
    .prepare(
      `SELECT t.position AS position, s.start, s.finish, s.total_float AS totalFloat, s.critical
         FROM task_schedule s JOIN tasks t ON t.id = s.task_id ORDER BY t.position`,
    )
    .all() as { position: number; start: string; finish: string; totalFloat: number; critical: number }[];
  return new Map(rows.map((r, i) => [i + 1, [r.start, r.finish, r.totalFloat, r.critical]]));
}
