/**
 * How each kind of row is merged: its field groups, and what counts as
 * "editing" a row without touching its own fields (linking to a task,
 * naming a unit as lead or coordinator) — so a deletion on one side never
 * silently drops the other side's new references.
 */
import type { Baseline } from '../baseline';
import type { CalendarException, Link, Plan, Task, Unit } from '../model';
import { deepEqual, mergeIdSet, type FieldGroup } from './threeWay';

const single = <T>(name: keyof T & string): FieldGroup<T> => ({ name, fields: [name] });

export const TASK_GROUPS: readonly FieldGroup<Task>[] = [
  // Moving a task to another section: both sides moving it to different sections is a conflict.
  single('parentId'),
  single('wbs'),
  single('name'),
  single('leadUnitId'),
  {
    name: 'coordinatingUnitIds',
    fields: ['coordinatingUnitIds'],
    merge: (b, m, t) => ({ coordinatingUnitIds: mergeIdSet(b?.coordinatingUnitIds, m.coordinatingUnitIds, t.coordinatingUnitIds) }),
  },
  // The window's dates are parsed from its text: they change together or not at all.
  { name: 'window', fields: ['windowText', 'windowStart', 'windowEnd'] },
  single('deliverable'),
  single('notes'),
  single('kind'),
  single('duration'),
  single('percentComplete'),
  single('startNoEarlierThan'),
  { name: 'manual', fields: ['manualStart', 'manualFinish'] },
  single('actualStart'),
  single('actualFinish'),
];

export const UNIT_GROUPS: readonly FieldGroup<Unit>[] = [single('name'), single('recipientOrder')];

export const LINK_GROUPS: readonly FieldGroup<Link>[] = [
  { name: 'ends', fields: ['predecessorId', 'successorId'] },
  single('type'),
  single('lag'),
];

export interface ExceptionRow extends CalendarException {
  kind: 'holiday' | 'workday';
}

export const EXCEPTION_GROUPS: readonly FieldGroup<ExceptionRow>[] = [{ name: 'exception', fields: ['kind', 'name'] }];

export function exceptionRows(plan: Plan): ExceptionRow[] {
  return [
    ...plan.calendar.holidays.map((e) => ({ ...e, kind: 'holiday' as const })),
    ...plan.calendar.workdays.map((e) => ({ ...e, kind: 'workday' as const })),
  ];
}

/** A baseline is one snapshot: saved again on both sides differently is one conflict, never a mix of the two. */
export const BASELINE_GROUPS: readonly FieldGroup<Baseline>[] = [{ name: 'baseline', fields: ['name', 'savedOn', 'tasks'] }];

export const GROUPS_BY_ENTITY = { task: TASK_GROUPS, unit: UNIT_GROUPS, link: LINK_GROUPS, calendar: EXCEPTION_GROUPS, baseline: BASELINE_GROUPS } as const;

/** Tasks at either end of a link `side` added or changed. */
export function tasksLinkedAnew(base: Plan, side: Plan): Set<string> {
  const before = new Map(base.links.map((l) => [l.id, l]));
  const touched = new Set<string>();
  for (const link of side.links) {
    if (!deepEqual(before.get(link.id), link)) touched.add(link.predecessorId).add(link.successorId);
  }
  return touched;
}

/** Units `side` newly made lead or coordinator of some task. */
export function unitsReferencedAnew(base: Plan, side: Plan): Set<string> {
  const before = new Map(base.tasks.map((t) => [t.id, t]));
  const touched = new Set<string>();
  for (const task of side.tasks) {
    const old = before.get(task.id);
    if (task.leadUnitId !== null && task.leadUnitId !== old?.leadUnitId) touched.add(task.leadUnitId);
    for (const id of task.coordinatingUnitIds) if (!old?.coordinatingUnitIds.includes(id)) touched.add(id);
  }
  return touched;
}

/**
 * `side`'s tasks with the references it dropped only because it deleted a
 * unit put back, for units that survive the merge (the other side edited them).
 */
export function restoreUnitRefs(base: Plan, side: Plan, survivors: ReadonlySet<string>): Task[] {
  const sideUnits = new Set(side.units.map((u) => u.id));
  const restore = new Set(base.units.map((u) => u.id).filter((id) => !sideUnits.has(id) && survivors.has(id)));
  if (restore.size === 0) return side.tasks;
  const before = new Map(base.tasks.map((t) => [t.id, t]));
  return side.tasks.map((task) => {
    const old = before.get(task.id);
    if (!old) return task;
    let { leadUnitId, coordinatingUnitIds } = task;
    if (leadUnitId === null && old.leadUnitId !== null && restore.has(old.leadUnitId)) leadUnitId = old.leadUnitId;
    old.coordinatingUnitIds.forEach((id, i) => {
      if (restore.has(id) && !coordinatingUnitIds.includes(id)) {
        coordinatingUnitIds = [...coordinatingUnitIds.slice(0, i), id, ...coordinatingUnitIds.slice(i)];
      }
    });
    return leadUnitId === task.leadUnitId && coordinatingUnitIds === task.coordinatingUnitIds ? task : { ...task, leadUnitId, coordinatingUnitIds };
  });
}

/** `side`'s links plus those it lost only by deleting a task that survives the merge. */
export function restoreLinks(base: Plan, side: Plan, survivors: ReadonlySet<string>): Link[] {
  const sideTasks = new Set(side.tasks.map((t) => t.id));
  const sideLinks = new Set(side.links.map((l) => l.id));
  const deletedTask = (id: string) => !sideTasks.has(id) && survivors.has(id);
  const restored = base.links.filter(
    (l) => !sideLinks.has(l.id) && (deletedTask(l.predecessorId) || deletedTask(l.successorId)) && survivors.has(l.predecessorId) && survivors.has(l.successorId),
  );
  return restored.length === 0 ? side.links : [...side.links, ...restored];
}
