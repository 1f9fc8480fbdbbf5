/** Tasks in plan order (`position`) with their coordinating units (`task_coordinators`). */
import type { Task } from '../core/model';
import type { Db } from './sqlite';

export interface TasksRead {
  /** Shaped like Task, not validated yet. */
  tasks: Record<string, unknown>[];
  /** Coordinator rows whose task does not exist (possible only in a file edited with foreign keys off). */
  orphanCoordinators: number;
}

/** False while migration 2 runs on an older file: its tasks are then at the top level with no numbering. */
function hasOutlineColumns(db: Db): boolean {
  return db.prepare("SELECT 1 FROM pragma_table_info('tasks') WHERE name = 'parent_id'").get() !== undefined;
}

export function readTasks(db: Db): TasksRead {
  const outline = hasOutlineColumns(db) ? 'parent_id AS parentId, wbs' : "NULL AS parentId, '' AS wbs";
  const tasks = db
    .prepare(
      `SELECT id, position, ${outline}, name, lead_unit_id AS leadUnitId, window_text AS windowText,
              window_start AS windowStart, window_end AS windowEnd, deliverable, notes, kind, duration,
              percent_complete AS percentComplete, start_no_earlier_than AS startNoEarlierThan,
              manual_start AS manualStart, manual_finish AS manualFinish,
              actual_start AS actualStart, actual_finish AS actualFinish
         FROM tasks ORDER BY position`,
    )
    .all() as Record<string, unknown>[];
  const byTask = new Map<unknown, unknown[]>(tasks.map((t) => [t.id, []]));
  const coordinators = db
    .prepare('SELECT task_id AS taskId, unit_id AS unitId FROM task_coordinators ORDER BY task_id, position')
    .all() as { taskId: unknown; unitId: unknown }[];
  let orphanCoordinators = 0;
  for (const row of coordinators) {
    const list = byTask.get(row.taskId);
    if (list) list.push(row.unitId);
    else orphanCoordinators += 1;
  }
  return { tasks: tasks.map((t) => ({ ...t, coordinatingUnitIds: byTask.get(t.id) })), orphanCoordinators };
}

export function insertTasks(db: Db, tasks: readonly Task[]): void {
  const outline = hasOutlineColumns(db);
  const insertTask = db.prepare(
    `INSERT INTO tasks (id, position, ${outline ? 'parent_id, wbs, ' : ''}name, lead_unit_id, window_text, window_start, window_end, deliverable, notes,
                        kind, duration, percent_complete, start_no_earlier_than, manual_start, manual_finish,
                        actual_start, actual_finish)
     VALUES (@id, @position, ${outline ? '@parentId, @wbs, ' : ''}@name, @leadUnitId, @windowText, @windowStart, @windowEnd, @deliverable, @notes,
             @kind, @duration, @percentComplete, @startNoEarlierThan, @manualStart, @manualFinish,
             @actualStart, @actualFinish)`,
  );
  const insertCoordinator = db.prepare('INSERT INTO task_coordinators (task_id, unit_id, position) VALUES (?, ?, ?)');
  for (const task of tasks) {
    const { coordinatingUnitIds, parentId, wbs, ...row } = task;
    insertTask.run(outline ? { ...row, parentId, wbs } : row);
    coordinatingUnitIds.forEach((unitId, i) => insertCoordinator.run(task.id, unitId, i + 1));
  }
}
