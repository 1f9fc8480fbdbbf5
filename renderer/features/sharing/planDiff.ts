/**
 * What a merge brought in, counted by comparing the plan before and after
 * (stable ids make rows comparable): for the notice after "Gộp bản của đồng
 * nghiệp…", since the merge itself only reports conflicts and notes.
 */
import type { Plan } from '../../../core/model';

export interface PlanDiff {
  tasksAdded: number;
  tasksRemoved: number;
  tasksChanged: number;
  /** Links, units, calendar days and plan information that changed, added or removed. */
  otherChanges: number;
}

function compareRows<T extends { id: string }>(before: readonly T[], after: readonly T[]) {
  const old = new Map(before.map((row) => [row.id, JSON.stringify(row)]));
  const now = new Set(after.map((row) => row.id));
  let added = 0;
  let changed = 0;
  for (const row of after) {
    const was = old.get(row.id);
    if (was === undefined) added++;
    else if (was !== JSON.stringify(row)) changed++;
  }
  const removed = before.filter((row) => !now.has(row.id)).length;
  return { added, removed, changed };
}

export function diffPlans(before: Plan, after: Plan): PlanDiff {
  const tasks = compareRows(before.tasks, after.tasks);
  const links = compareRows(before.links, after.links);
  const units = compareRows(before.units, after.units);
  const sameCalendar = JSON.stringify(before.calendar) === JSON.stringify(after.calendar);
  const sameInfo = JSON.stringify(before.info) === JSON.stringify(after.info);
  return {
    tasksAdded: tasks.added,
    tasksRemoved: tasks.removed,
    tasksChanged: tasks.changed,
    otherChanges: links.added + links.removed + links.changed + units.added + units.removed + units.changed + (sameCalendar ? 0 : 1) + (sameInfo ? 0 : 1),
  };
}

export function isEmptyDiff(diff: PlanDiff): boolean {
  return diff.tasksAdded + diff.tasksRemoved + diff.tasksChanged + diff.otherChanges === 0;
}
