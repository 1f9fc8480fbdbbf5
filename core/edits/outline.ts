/**
 * Outline commands, as MS Project does them. A task always moves with its
 * subtasks; positions stay depth-first (core/outline.ts).
 * - Indent: the task becomes the last child of the task just above it at its
 *   level (its previous sibling); the first task of a section cannot indent.
 * - Outdent: the task moves up one level and the siblings that followed it
 *   become its subtasks (the rows keep their order and indentation).
 * - Move up/down: the task swaps with its neighbouring sibling (with both subtrees).
 * - Place: the tasks go under another summary (or the top level) after a given sibling.
 */
import type { Plan, Task } from '../model';
import { tasksInOrder } from '../model';
import { childrenByParent, descendantsOf, flattenOutline, outlineRows, withLevels } from '../outline';
import type { EditOf } from './schema';
import { findTask, refuse, renumber } from './validate';

/** The chosen tasks not inside another chosen task, in plan order: each moves with its subtree. */
function topChosen(plan: Plan, ids: readonly string[], field = 'taskIds'): Task[] {
  const chosen = new Set(ids.map((id) => findTask(plan, id, field).id));
  const parentOf = new Map(plan.tasks.map((t) => [t.id, t.parentId]));
  const insideChosen = (id: string): boolean => {
    for (let at = parentOf.get(id) ?? null; at !== null; at = parentOf.get(at) ?? null) if (chosen.has(at)) return true;
    return false;
  };
  return tasksInOrder(plan).filter((t) => chosen.has(t.id) && !insideChosen(t.id));
}

function shiftLevels(plan: Plan, ids: readonly string[], by: 1 | -1): Plan {
  const order = tasksInOrder(plan);
  const rows = outlineRows(order);
  const levels = rows.map((r) => r.depth);
  const index = new Map(order.map((t, i) => [t.id, i]));
  for (const top of topChosen(plan, ids)) {
    const i = index.get(top.id)!;
    const size = 1 + descendantsOf(plan.tasks, top.id).length;
    const level = levels[i]! + by;
    // Indent needs a sibling above (the row above at the same level or deeper); outdent stops at the top level.
    if (level < 0 || (by === 1 && (i === 0 || level > levels[i - 1]! + 1))) continue;
    for (let j = i; j < i + size; j++) levels[j]! += by;
  }
  return { ...plan, tasks: withLevels(order, levels) };
}

export function indentTasks(plan: Plan, edit: EditOf<'indentTasks'>): Plan {
  return shiftLevels(plan, edit.taskIds, 1);
}

export function outdentTasks(plan: Plan, edit: EditOf<'outdentTasks'>): Plan {
  return shiftLevels(plan, edit.taskIds, -1);
}

/** Alt+↑ / Alt+↓: each chosen task swaps with its unchosen neighbouring sibling; a block of siblings moves together. */
export function moveTasks(plan: Plan, edit: EditOf<'moveTasks'>): Plan {
  const moving = new Set(topChosen(plan, edit.taskIds).map((t) => t.id));
  const children = childrenByParent(plan.tasks);
  for (const list of children.values()) {
    const swap = (i: number, j: number) => ([list[i], list[j]] = [list[j]!, list[i]!]);
    if (edit.direction === 'up') {
      for (let i = 1; i < list.length; i++) if (moving.has(list[i]!.id) && !moving.has(list[i - 1]!.id)) swap(i - 1, i);
    } else {
      for (let i = list.length - 2; i >= 0; i--) if (moving.has(list[i]!.id) && !moving.has(list[i + 1]!.id)) swap(i, i + 1);
    }
  }
  return { ...plan, tasks: renumber(flattenOutline(children)) };
}

/** Drag a row (or a whole section) under another summary: the tasks become children of `parentId`, after `afterTaskId`. */
export function placeTasks(plan: Plan, edit: EditOf<'placeTasks'>): Plan {
  const moving = topChosen(plan, edit.taskIds);
  const movingIds = new Set(moving.flatMap((t) => [t.id, ...descendantsOf(plan.tasks, t.id)]));
  const parentId = edit.parentId === null ? null : findTask(plan, edit.parentId, 'parentId').id;
  if (parentId !== null && movingIds.has(parentId)) {
    refuse('parentId', 'invalid-edit', { reason: 'into-own-section' });
  }
  const after = edit.afterTaskId === null ? null : findTask(plan, edit.afterTaskId, 'afterTaskId');
  if (after !== null && (after.parentId !== parentId || movingIds.has(after.id))) {
    refuse('afterTaskId', 'invalid-edit', { reason: 'drop-outside-section' });
  }
  const children = childrenByParent(plan.tasks);
  for (const [key, list] of children) children.set(key, list.filter((t) => !moving.includes(t)));
  const siblings = children.get(parentId) ?? [];
  const at = after === null ? 0 : siblings.indexOf(after) + 1;
  siblings.splice(at, 0, ...moving.map((t) => ({ ...t, parentId })));
  children.set(parentId, siblings);
  return { ...plan, tasks: renumber(flattenOutline(children)) };
}

/** Where a new task inserted below `after` goes, as in MS Project: into a summary as its first subtask, else beside the row. */
export function insertBelow(plan: Plan, after: Task | null, task: Task): Task[] {
  const children = childrenByParent(plan.tasks);
  if (after === null) {
    children.set(null, [{ ...task, parentId: null }, ...(children.get(null) ?? [])]);
  } else if (children.has(after.id)) {
    children.set(after.id, [{ ...task, parentId: after.id }, ...children.get(after.id)!]);
  } else {
    const list = children.get(after.parentId)!;
    list.splice(list.indexOf(after) + 1, 0, { ...task, parentId: after.parentId });
  }
  return renumber(flattenOutline(children));
}

/** The chosen tasks with everything inside them: deleting a summary deletes its section, as in MS Project. */
export function withDescendants(plan: Plan, ids: readonly string[]): Set<string> {
  return new Set(topChosen(plan, ids).flatMap((t) => [t.id, ...descendantsOf(plan.tasks, t.id)]));
}
