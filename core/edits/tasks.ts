/** Task commands: edit fields, add, delete, move up/down. */
import { MAX_DURATION, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_WBS_LENGTH, newTask, tasksInOrder, type Plan, type Task } from '../model';
import { parseTimeWindow } from '../timeWindow';
import { insertBelow, withDescendants } from './outline';
import type { EditContext, EditOf, TaskChanges } from './schema';
import {
  checkInteger,
  checkLength,
  checkOptionalDate,
  findTask,
  findUnit,
  refuse,
  renumber,
} from './validate';

export function updateTask(plan: Plan, edit: EditOf<'updateTask'>): Plan {
  const task = findTask(plan, edit.taskId);
  const next = applyTaskChanges(plan, task, edit.changes);
  return { ...plan, tasks: plan.tasks.map((t) => (t.id === task.id ? next : t)) };
}

function applyTaskChanges(plan: Plan, task: Task, c: TaskChanges): Task {
  const next: Task = { ...task };
  if (c.name !== undefined) next.name = checkLength(c.name, MAX_NAME_LENGTH, 'name', 'taskName');
  if (c.wbs !== undefined) next.wbs = checkLength(c.wbs.trim(), MAX_WBS_LENGTH, 'wbs', 'wbs');
  if (c.leadUnitId !== undefined) {
    next.leadUnitId = c.leadUnitId === null ? null : findUnit(plan, c.leadUnitId, 'leadUnitId').id;
  }
  if (c.coordinatingUnitIds !== undefined) {
    // A unit listed twice is listed once: the order of first mention is kept.
    next.coordinatingUnitIds = [...new Set(c.coordinatingUnitIds.map((id) => findUnit(plan, id, 'coordinatingUnitIds').id))];
  }
  if (c.windowText !== undefined) {
    next.windowText = checkLength(c.windowText, MAX_TEXT_LENGTH, 'windowText', 'windowText');
    // Unreadable text is kept as written; the null window lets the UI flag it.
    const window = parseTimeWindow(next.windowText, { year: Number(plan.info.startDate.slice(0, 4)) });
    next.windowStart = window.start;
    next.windowEnd = window.end;
  }
  if (c.deliverable !== undefined) next.deliverable = checkLength(c.deliverable, MAX_TEXT_LENGTH, 'deliverable', 'deliverable');
  if (c.notes !== undefined) next.notes = checkLength(c.notes, MAX_TEXT_LENGTH, 'notes', 'notes');
  if (c.duration !== undefined) {
    if (c.duration < 0) refuse('duration', 'invalid-edit', { reason: 'negative-duration' });
    next.duration = checkInteger(c.duration, 0, MAX_DURATION, 'duration', 'duration');
  }
  if (c.kind !== undefined) next.kind = c.kind;
  reconcileKind(next, c);
  if (c.percentComplete !== undefined) {
    const p = c.percentComplete;
    if (!(p >= 0 && p <= 100)) refuse('percentComplete', 'invalid-edit', { reason: 'percent-range' });
    next.percentComplete = p;
  }
  for (const key of ['startNoEarlierThan', 'manualStart', 'manualFinish', 'actualStart', 'actualFinish'] as const) {
    const value = c[key];
    if (value !== undefined) next[key] = checkOptionalDate(value, key, key);
  }
  if (next.manualStart !== null && next.manualFinish !== null && next.manualFinish < next.manualStart) {
    refuse(c.manualFinish !== undefined ? 'manualFinish' : 'manualStart', 'invalid-edit', { reason: 'finish-before-start' });
  }
  if (next.actualStart !== null && next.actualFinish !== null && next.actualFinish < next.actualStart) {
    refuse(c.actualFinish !== undefined ? 'actualFinish' : 'actualStart', 'invalid-edit', { reason: 'actual-finish-before-start' });
  }
  return next;
}

/**
 * Kind and duration agree, as in MS Project: a milestone has duration 0; a
 * duration typed on a milestone makes it a task; duration 0 typed on a task
 * makes it a milestone; a milestone turned back into a task gets 1 day.
 */
function reconcileKind(next: Task, c: TaskChanges): void {
  if (next.kind === 'effort') return;
  if (c.kind === 'milestone') next.duration = 0;
  else if (c.kind === 'task' && c.duration === undefined && next.duration === 0) next.duration = 1;
  else if (c.kind === undefined && c.duration !== undefined) next.kind = c.duration === 0 ? 'milestone' : 'task';
  else if (c.kind === 'task' && next.duration === 0) refuse('duration', 'invalid-edit', { reason: 'task-needs-duration' });
}

/** Inserted below `afterTaskId`, as in MS Project: as the first subtask of a summary, else beside the row. */
export function addTask(plan: Plan, edit: EditOf<'addTask'>, ctx: EditContext): { plan: Plan; createdId: string } {
  const after = edit.afterTaskId === null ? null : findTask(plan, edit.afterTaskId, 'afterTaskId');
  const id = ctx.newId();
  const task = newTask({ id, position: 1, name: checkLength(edit.name ?? '', MAX_NAME_LENGTH, 'name', 'taskName') });
  return { plan: { ...plan, tasks: insertBelow(plan, after, task) }, createdId: id };
}

/** Removes the tasks with their subtasks (a summary takes its section along, as in MS Project), their links and coordinating units. */
export function deleteTasks(plan: Plan, edit: EditOf<'deleteTasks'>): Plan {
  const doomed = withDescendants(plan, edit.taskIds);
  return {
    ...plan,
    tasks: renumber(tasksInOrder(plan).filter((t) => !doomed.has(t.id))),
    links: plan.links.filter((l) => !doomed.has(l.predecessorId) && !doomed.has(l.successorId)),
  };
}
