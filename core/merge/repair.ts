/**
 * What keeps a merged plan valid: no reference to a deleted row, no two
 * links between the same tasks, unique unit names and recipient numbers,
 * positions in the merged order, and no dependency loop the merge made.
 */
import type { Link, Plan, Task, Unit } from '../model';
import { loopWith } from './cycles';
import { makeConflict } from './conflicts';
import type { PlanLookup } from './labels';
import type { Conflict } from './types';

/** Drops links to missing tasks and clears references to missing units. */
export function dropDangling(plan: Plan): Plan {
  const tasks = new Set(plan.tasks.map((t) => t.id));
  const units = new Set(plan.units.map((u) => u.id));
  return {
    ...plan,
    tasks: plan.tasks.map((task) => {
      const lead = task.leadUnitId !== null && !units.has(task.leadUnitId) ? null : task.leadUnitId;
      const coordinators = task.coordinatingUnitIds.filter((id) => units.has(id));
      return lead === task.leadUnitId && coordinators.length === task.coordinatingUnitIds.length ? task : { ...task, leadUnitId: lead, coordinatingUnitIds: coordinators };
    }),
    links: plan.links.filter((l) => tasks.has(l.predecessorId) && tasks.has(l.successorId) && l.predecessorId !== l.successorId),
  };
}

/** One link per (predecessor, successor): a link mine has is the one kept. Returns each dropped duplicate with the link kept. */
export function dedupeLinks(links: readonly Link[], mineIds: ReadonlySet<string>): { links: Link[]; dropped: { kept: Link; dropped: Link }[] } {
  const byEnds = new Map<string, Link>();
  const dropped: { kept: Link; dropped: Link }[] = [];
  for (const link of links) {
    const key = `${link.predecessorId}\u0000${link.successorId}`;
    const other = byEnds.get(key);
    if (!other) byEnds.set(key, link);
    else if (mineIds.has(link.id) && !mineIds.has(other.id)) {
      byEnds.set(key, link);
      dropped.push({ kept: link, dropped: other });
    } else dropped.push({ kept: other, dropped: link });
  }
  const kept = new Set([...byEnds.values()].map((l) => l.id));
  return { links: links.filter((l) => kept.has(l.id)), dropped };
}

/**
 * Unit names and recipient numbers are unique in a plan file. A unit both
 * sides added under the same name becomes one (theirs' references move to
 * mine's); any other clash renames or renumbers the later unit, with a note.
 */
export function repairUnits(plan: Plan, addedByTheirs: ReadonlySet<string>): { plan: Plan; notes: string[] } {
  const notes: string[] = [];
  const byName = new Map<string, Unit>();
  const replaced = new Map<string, string>();
  const units: Unit[] = [];
  const others = new Map(plan.units.filter((u) => !addedByTheirs.has(u.id)).map((u) => [u.name, u]));
  for (const unit of plan.units) {
    const same = others.get(unit.name);
    if (same && same.id !== unit.id && addedByTheirs.has(unit.id)) {
      replaced.set(unit.id, same.id);
      continue;
    }
    let named = unit;
    for (let n = 2; byName.has(named.name); n++) named = { ...unit, name: `${unit.name} (${n})` };
    if (named !== unit) notes.push(`Hai đơn vị khác nhau cùng tên “${unit.name}”: đơn vị sau được đổi tên thành “${named.name}”.`);
    byName.set(named.name, named);
    units.push(named);
  }
  const orders = new Set<number>();
  let highest = Math.max(0, ...units.map((u) => u.recipientOrder ?? 0));
  const renumbered = units.map((unit) => {
    if (unit.recipientOrder === null) return unit;
    if (!orders.has(unit.recipientOrder)) {
      orders.add(unit.recipientOrder);
      return unit;
    }
    highest += 1;
    notes.push(`Thứ tự nơi nhận ${unit.recipientOrder} bị trùng: đơn vị “${unit.name}” được chuyển xuống thứ tự ${highest}.`);
    return { ...unit, recipientOrder: highest };
  });
  if (replaced.size === 0) return { plan: { ...plan, units: renumbered }, notes };
  const swap = (id: string) => replaced.get(id) ?? id;
  const tasks = plan.tasks.map((task) => ({
    ...task,
    leadUnitId: task.leadUnitId === null ? null : swap(task.leadUnitId),
    coordinatingUnitIds: [...new Set(task.coordinatingUnitIds.map(swap))],
  }));
  return { plan: { ...plan, units: renumbered, tasks }, notes };
}

/**
 * Tasks in `order`. Positions are kept from the first of `sides` (then the
 * tasks' own) under which they already increase along the order, so
 * an untouched plan keeps its numbers; otherwise they become 1…n.
 */
export function placeTasks(tasks: readonly Task[], order: readonly string[], sides: readonly (readonly Pick<Task, 'id' | 'position'>[])[] = []): Task[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const ordered = order.map((id) => byId.get(id)).filter((t): t is Task => t !== undefined);
  for (const side of [...sides, tasks]) {
    const known = new Map(side.map((t) => [t.id, t.position]));
    const positions = ordered.map((t) => known.get(t.id) ?? t.position);
    if (positions.every((p, i) => i === 0 || p > positions[i - 1]!)) {
      return ordered.map((t, i) => (t.position === positions[i] ? t : { ...t, position: positions[i]! }));
    }
  }
  return ordered.map((t, i) => (t.position === i + 1 ? t : { ...t, position: i + 1 }));
}

const edgeKey = (l: Pick<Link, 'predecessorId' | 'successorId'>) => `${l.predecessorId}\u0000${l.successorId}`;

export function edgesOf(plan: Plan): Set<string> {
  return new Set(plan.links.map(edgeKey));
}

/**
 * Adds theirs' new dependencies one by one to everything mine has; one that
 * closes a loop through dependencies only mine added is left out and becomes
 * a conflict. Loops already present in one side's own plan are not the
 * merge's doing and stay (the schedule view reports them as for any file).
 */
export function breakMergeLoops(
  links: readonly Link[],
  mineEdges: ReadonlySet<string>,
  theirsEdges: ReadonlySet<string>,
  lookup: PlanLookup,
): { links: Link[]; conflicts: Conflict[] } {
  const isTheirsNew = (l: Link) => !mineEdges.has(edgeKey(l));
  const accepted = links.filter((l) => !isTheirsNew(l));
  const conflicts: Conflict[] = [];
  const left = new Set<string>();
  for (const link of links.filter(isTheirsNew)) {
    const loop = loopWith(accepted, link);
    const mineOnly = loop?.filter((l) => !theirsEdges.has(edgeKey(l))) ?? [];
    if (loop && mineOnly.length > 0) {
      left.add(link.id);
      conflicts.push(loopConflict(lookup, link, mineOnly));
    } else {
      accepted.push(link);
    }
  }
  return { links: links.filter((l) => !left.has(l.id)), conflicts };
}

export function loopConflict(lookup: PlanLookup, theirs: Link, mine: Link[]): Conflict {
  return makeConflict(lookup, 'cycle', 'link', theirs.id, 'cycle', lookup.linkLabel(theirs), { base: null, mine, theirs: [theirs] });
}
