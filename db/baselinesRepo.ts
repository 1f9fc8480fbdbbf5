/** Saved baselines (`baselines`) and their task dates (`baseline_tasks`), in index order. */
import type { Baseline } from '../core/baseline';
import type { Db } from './sqlite';

/** False while an older migration runs (readPlanRows serves migration 2): such a file has no baselines yet. */
function hasBaselineTables(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'baselines'").get() !== undefined;
}

export interface BaselinesRead {
  /** Shaped like Baseline[], not validated yet; undefined when the plan has none (Plan.baselines is then absent). */
  baselines: Record<string, unknown>[] | undefined;
  /** Task rows whose baseline does not exist (possible only in a file edited with foreign keys off). */
  orphanTasks: number;
}

export function readBaselines(db: Db): BaselinesRead {
  if (!hasBaselineTables(db)) return { baselines: undefined, orphanTasks: 0 };
  const heads = db
    .prepare('SELECT baseline_index AS "index", name, saved_on AS savedOn FROM baselines ORDER BY baseline_index')
    .all() as Record<string, unknown>[];
  const byIndex = new Map<unknown, unknown[]>(heads.map((b) => [b.index, []]));
  const rows = db
    .prepare(
      `SELECT baseline_index AS baselineIndex, task_id AS taskId, start, finish, duration
         FROM baseline_tasks ORDER BY baseline_index, position`,
    )
    .all() as { baselineIndex: unknown; taskId: unknown; start: unknown; finish: unknown; duration: unknown }[];
  let orphanTasks = 0;
  for (const { baselineIndex, ...task } of rows) {
    const list = byIndex.get(baselineIndex);
    if (list) list.push(task);
    else orphanTasks += 1;
  }
  if (heads.length === 0) return { baselines: undefined, orphanTasks };
  return { baselines: heads.map((b) => ({ ...b, tasks: byIndex.get(b.index) })), orphanTasks };
}

export function insertBaselines(db: Db, baselines: readonly Baseline[] | undefined): void {
  if (!baselines || baselines.length === 0) return;
  const head = db.prepare('INSERT INTO baselines (baseline_index, name, saved_on) VALUES (?, ?, ?)');
  const task = db.prepare(
    'INSERT INTO baseline_tasks (baseline_index, task_id, position, start, finish, duration) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const b of baselines) {
    head.run(b.index, b.name, b.savedOn);
    b.tasks.forEach((t, i) => task.run(b.index, t.taskId, i + 1, t.start, t.finish, t.duration));
  }
}
