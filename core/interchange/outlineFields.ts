/**
 * The outline fields of a task (parentId, wbs: see /work/coord/outline.md),
 * read and set through here until they are part of the model on main.
 */
import type { Task } from '../model';

type OutlinedTask = Task & { parentId?: string | null; wbs?: string };

export const parentOf = (task: Task): string | null => (task as OutlinedTask).parentId ?? null;
export const wbsOf = (task: Task): string => (task as OutlinedTask).wbs ?? '';

export function withOutline(task: Task, parentId: string | null, wbs: string): Task {
  return { ...task, parentId, wbs } as OutlinedTask;
}

/** Depth (1 = top level) and outline number ("1.2.1") of every task, from the parent links in plan order. */
export function outlineOf(order: readonly Task[]): Map<string, { level: number; number: string }> {
  const out = new Map<string, { level: number; number: string }>();
  const childCount = new Map<string | null, number>();
  for (const task of order) {
    const parentId = parentOf(task);
    const n = (childCount.get(parentId) ?? 0) + 1;
    childCount.set(parentId, n);
    const parent = parentId === null ? undefined : out.get(parentId);
    out.set(task.id, parent ? { level: parent.level + 1, number: `${parent.number}.${n}` } : { level: 1, number: String(n) });
  }
  return out;
}
