/**
 * The plan's outline (summary tasks and their children), derived from each
 * task's `parentId` and the global `position` order, as in MS Project:
 * - positions run depth-first: a summary comes right before its descendants,
 *   which are contiguous;
 * - a summary task is simply a task with at least one child;
 * - the outline number ("1", "1.2", "1.2.1") is computed, never stored; the
 *   plan's own numbering is the task's `wbs` text.
 * Everything here is iterative (no recursion): an outline may be deep.
 */
import type { Task } from './model';

type OutlineTask = Pick<Task, 'id' | 'position' | 'parentId'>;

const byPosition = <T extends OutlineTask>(tasks: readonly T[]): T[] => [...tasks].sort((a, b) => a.position - b.position);

/** Each parent's children in position order; top-level tasks under `null`. */
export function childrenByParent<T extends OutlineTask>(tasks: readonly T[]): Map<string | null, T[]> {
  const children = new Map<string | null, T[]>();
  for (const task of byPosition(tasks)) {
    const list = children.get(task.parentId);
    if (list) list.push(task);
    else children.set(task.parentId, [task]);
  }
  return children;
}

/** Ids of the tasks that have at least one child: the summary tasks. */
export function summaryIds(tasks: readonly OutlineTask[]): Set<string> {
  const ids = new Set(tasks.map((t) => t.id));
  return new Set(tasks.flatMap((t) => (t.parentId !== null && ids.has(t.parentId) ? [t.parentId] : [])));
}

export function isSummary(tasks: readonly OutlineTask[], id: string): boolean {
  return tasks.some((t) => t.parentId === id);
}

/** The task's parent, grandparent, … up to the top level (nearest first). Stops at a missing parent or a loop. */
export function ancestorsOf(tasks: readonly OutlineTask[], id: string): string[] {
  const parentOf = new Map(tasks.map((t) => [t.id, t.parentId]));
  const ancestors: string[] = [];
  const seen = new Set([id]);
  for (let at = parentOf.get(id) ?? null; at !== null && parentOf.has(at) && !seen.has(at); at = parentOf.get(at) ?? null) {
    ancestors.push(at);
    seen.add(at);
  }
  return ancestors;
}

/** Depth in the outline: 0 at the top level. */
export function depthOf(tasks: readonly OutlineTask[], id: string): number {
  return ancestorsOf(tasks, id).length;
}

/** Every descendant of `id` (children, their children, …), depth-first in position order. */
export function descendantsOf(tasks: readonly OutlineTask[], id: string): string[] {
  const children = childrenByParent(tasks);
  const out: string[] = [];
  const seen = new Set([id]);
  const stack = [...(children.get(id) ?? [])].reverse();
  while (stack.length > 0) {
    const task = stack.pop()!;
    if (seen.has(task.id)) continue; // a loop in a broken outline
    seen.add(task.id);
    out.push(task.id);
    stack.push(...[...(children.get(task.id) ?? [])].reverse());
  }
  return out;
}

export interface OutlineRow {
  id: string;
  parentId: string | null;
  depth: number;
  /** Automatic outline number: "1", "1.2", "1.2.1". */
  outline: string;
  summary: boolean;
}

/**
 * The outline row by row, in position order, for a VALID outline (see
 * outlineProblems): depth, automatic number and whether the row is a summary.
 */
export function outlineRows(tasks: readonly OutlineTask[]): OutlineRow[] {
  const ordered = byPosition(tasks);
  const summaries = summaryIds(ordered);
  const rows: OutlineRow[] = [];
  // The open ancestors of the current row with the number of children each has had so far.
  const stack: { id: string | null; number: string; count: number }[] = [{ id: null, number: '', count: 0 }];
  for (const task of ordered) {
    while (stack.length > 1 && stack[stack.length - 1]!.id !== task.parentId) stack.pop();
    const parent = stack[stack.length - 1]!;
    parent.count += 1;
    const outline = parent.number === '' ? String(parent.count) : `${parent.number}.${parent.count}`;
    rows.push({ id: task.id, parentId: task.parentId, depth: stack.length - 1, outline, summary: summaries.has(task.id) });
    stack.push({ id: task.id, number: outline, count: 0 });
  }
  return rows;
}

/** Automatic outline number of every task ("1.2.1"), by id. */
export function outlineNumbers(tasks: readonly OutlineTask[]): Map<string, string> {
  return new Map(outlineRows(tasks).map((r) => [r.id, r.outline]));
}

export type OutlineProblem =
  | { kind: 'missing-parent'; taskId: string; parentId: string }
  | { kind: 'own-parent'; taskId: string }
  | { kind: 'cycle'; taskId: string }
  /** The parent exists but does not come before the task with only its own descendants in between. */
  | { kind: 'not-contiguous'; taskId: string; parentId: string };

/** What makes an outline invalid, task by task (at most one problem per task). */
export function outlineProblems(tasks: readonly OutlineTask[]): OutlineProblem[] {
  const ids = new Set(tasks.map((t) => t.id));
  const problems: OutlineProblem[] = [];
  const broken = new Set<string>();
  const parentOf = new Map(tasks.map((t) => [t.id, t.parentId]));
  for (const task of tasks) {
    if (task.parentId === null) continue;
    if (task.parentId === task.id) problems.push({ kind: 'own-parent', taskId: task.id });
    else if (!ids.has(task.parentId)) problems.push({ kind: 'missing-parent', taskId: task.id, parentId: task.parentId });
    else if (inCycle(parentOf, task.id)) problems.push({ kind: 'cycle', taskId: task.id });
    else continue;
    broken.add(task.id);
  }
  const stack: string[] = [];
  for (const task of byPosition(tasks)) {
    if (broken.has(task.id)) continue;
    const at = task.parentId === null ? -1 : stack.lastIndexOf(task.parentId);
    if (task.parentId !== null && at < 0) {
      problems.push({ kind: 'not-contiguous', taskId: task.id, parentId: task.parentId });
      continue;
    }
    stack.length = at + 1;
    stack.push(task.id);
  }
  return problems;
}

/** True when following parents from `id` comes back to `id`. */
function inCycle(parentOf: ReadonlyMap<string, string | null>, id: string): boolean {
  let at = parentOf.get(id) ?? null;
  for (let steps = 0; at !== null && steps <= parentOf.size; steps++) {
    if (at === id) return true;
    at = parentOf.get(at) ?? null;
  }
  return false;
}

/**
 * Makes any outline valid, changing as little as possible: a parent that is
 * missing, the task itself or on a loop is cleared (the task goes to the top
 * level), then tasks are put depth-first keeping the order of siblings and
 * renumbered 1…n. A valid outline comes back unchanged (same objects).
 */
export function normalizeOutline<T extends OutlineTask>(tasks: readonly T[]): T[] {
  if (outlineProblems(tasks).length === 0) return byPosition(tasks);
  const ids = new Set(tasks.map((t) => t.id));
  const parentOf = new Map(tasks.map((t) => [t.id, t.parentId !== null && ids.has(t.parentId) && t.parentId !== t.id ? t.parentId : null]));
  // Break each loop at its task first in position order: that task goes to the top level.
  for (const task of byPosition(tasks)) if (inCycle(parentOf, task.id)) parentOf.set(task.id, null);
  const fixed = tasks.map((t) => (parentOf.get(t.id) === t.parentId ? t : { ...t, parentId: parentOf.get(t.id) ?? null }));
  return flattenOutline(childrenByParent(fixed)).map((t, i) => (t.position === i + 1 ? t : { ...t, position: i + 1 }));
}

/** Tasks depth-first from each parent's ordered children (the top level under null); positions are left to the caller. */
export function flattenOutline<T extends OutlineTask>(children: ReadonlyMap<string | null, readonly T[]>): T[] {
  const order: T[] = [];
  const seen = new Set<string>();
  const stack = [...(children.get(null) ?? [])].reverse();
  while (stack.length > 0) {
    const task = stack.pop()!;
    if (seen.has(task.id)) continue;
    seen.add(task.id);
    order.push(task);
    stack.push(...[...(children.get(task.id) ?? [])].reverse());
  }
  return order;
}

/**
 * Tasks in `order` with parents set from outline levels (0 = top level), as
 * MS Project's outline level: each row's parent is the nearest row above it
 * one level up. A level deeper than the row above allows is clamped. Positions 1…n.
 */
export function withLevels<T extends OutlineTask>(order: readonly T[], levels: readonly number[]): T[] {
  const open: string[] = [];
  return order.map((task, i) => {
    const level = Math.max(0, Math.min(levels[i] ?? 0, open.length));
    open.length = level;
    const parentId = level === 0 ? null : open[level - 1]!;
    open.push(task.id);
    return task.parentId === parentId && task.position === i + 1 ? task : { ...task, parentId, position: i + 1 };
  });
}
