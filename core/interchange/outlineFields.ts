/**
 * The outline fields of a task (parentId, wbs: the plan's own numbering) as
 * the interchange readers and writers use them, and each task's depth and
 * outline number from core/outline.
 */
import type { Task } from '../model';
import { outlineNumbers } from '../outline';

export const parentOf = (task: Task): string | null => task.parentId;
export const wbsOf = (task: Task): string => task.wbs;

export function withOutline(task: Task, parentId: string | null, wbs: string): Task {
  return { ...task, parentId, wbs };
}

/** Depth (1 = top level) and outline number ("1.2.1") of every task, in plan order. */
export function outlineOf(order: readonly Task[]): Map<string, { level: number; number: string }> {
  const numbers = outlineNumbers(order);
  return new Map(order.map((t) => {
    const number = numbers.get(t.id) ?? '';
    return [t.id, { level: number.split('.').length, number }];
  }));
}
