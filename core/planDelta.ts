/**
 * What an edit changed in a plan, small enough to send back to the window
 * instead of the whole plan (issue 12: at 1,000 tasks, carrying the plan back
 * cost 400 ms of a 28 ms edit). Tasks, links and units travel as the entities
 * that changed plus the ids that went; the other parts of the plan (info,
 * calendar, baselines) whole when they changed at all.
 *
 * Exact by construction: applyPlanDelta(before, diffPlan(before, after)) is
 * deep-equal to `after`, array order included (a property test checks it).
 */
import type { Link, Plan, Task, Unit } from './model';

export interface EntityChanges<T> {
  /** Entities added or changed, whole. */
  changed: T[];
  removedIds: string[];
  /** The ids in their new array order, only when the order is not "old order, removed dropped, added appended". */
  order: string[] | null;
}

type WholeField = Exclude<keyof Plan, 'tasks' | 'links' | 'units'>;

export interface PlanDelta {
  tasks: EntityChanges<Task>;
  links: EntityChanges<Link>;
  units: EntityChanges<Unit>;
  /** Other parts of the plan that changed, whole. */
  fields: { [K in WholeField]?: Plan[K] };
  /** Optional parts that the edit removed (e.g. the last baseline deleted). */
  removedFields: WholeField[];
}

const WHOLE_FIELDS: readonly WholeField[] = ['info', 'calendar', 'baselines'];

export function diffPlan(before: Plan, after: Plan): PlanDelta {
  const fields: PlanDelta['fields'] = {};
  const removedFields: WholeField[] = [];
  for (const key of WHOLE_FIELDS) {
    if (!(key in after) || after[key] === undefined) {
      if (key in before && before[key] !== undefined) removedFields.push(key);
    } else if (!sameData(before[key], after[key])) {
      (fields as Record<string, unknown>)[key] = after[key];
    }
  }
  return {
    tasks: diffEntities(before.tasks, after.tasks),
    links: diffEntities(before.links, after.links),
    units: diffEntities(before.units, after.units),
    fields,
    removedFields,
  };
}

export function applyPlanDelta(plan: Plan, delta: PlanDelta): Plan {
  const next: Plan = {
    ...plan,
    ...delta.fields,
    tasks: applyEntities(plan.tasks, delta.tasks),
    links: applyEntities(plan.links, delta.links),
    units: applyEntities(plan.units, delta.units),
  };
  for (const key of delta.removedFields) delete next[key];
  return next;
}

/** True when the edit changed nothing the window shows. */
export function isEmptyDelta(delta: PlanDelta): boolean {
  const none = (c: EntityChanges<unknown>) => c.changed.length === 0 && c.removedIds.length === 0 && c.order === null;
  return none(delta.tasks) && none(delta.links) && none(delta.units) && Object.keys(delta.fields).length === 0 && delta.removedFields.length === 0;
}

function diffEntities<T extends { id: string }>(before: readonly T[], after: readonly T[]): EntityChanges<T> {
  const old = new Map(before.map((e) => [e.id, e]));
  const kept = new Set<string>();
  const changed: T[] = [];
  for (const entity of after) {
    kept.add(entity.id);
    const previous = old.get(entity.id);
    // Edits copy only what they change, so most entities are the same object: no deep compare then.
    if (previous !== entity && (previous === undefined || !sameData(previous, entity))) changed.push(entity);
  }
  const removedIds = before.filter((e) => !kept.has(e.id)).map((e) => e.id);
  const expected = impliedOrder(before, removedIds, changed);
  const order = expected.length === after.length && expected.every((id, i) => id === after[i]!.id) ? null : after.map((e) => e.id);
  return { changed, removedIds, order };
}

function applyEntities<T extends { id: string }>(entities: readonly T[], changes: EntityChanges<T>): T[] {
  if (changes.changed.length === 0 && changes.removedIds.length === 0 && changes.order === null) return entities as T[];
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const id of changes.removedIds) byId.delete(id);
  for (const entity of changes.changed) byId.set(entity.id, entity);
  const order = changes.order ?? impliedOrder(entities, changes.removedIds, changes.changed);
  return order.map((id) => {
    const entity = byId.get(id);
    if (entity === undefined) throw new Error(`plan delta names an unknown entity ${id}`);
    return entity;
  });
}

/** The order both sides agree on without being told: the old order without the removed ids, then the new ids. */
function impliedOrder(before: readonly { id: string }[], removedIds: readonly string[], changed: readonly { id: string }[]): string[] {
  const removed = new Set(removedIds);
  const order = before.filter((e) => !removed.has(e.id)).map((e) => e.id);
  const present = new Set(order);
  for (const e of changed) if (!present.has(e.id)) order.push(e.id);
  return order;
}

/** Deep equality of plain JSON-like data (what a plan is made of). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameData(x, b[i]));
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
