/**
 * Three-way merge of plans: `base` is the plan both copies started from,
 * `mine` and `theirs` the two edited copies. Rows are matched by their
 * stable ids, so everything that does not conflict merges by itself:
 * different tasks, different fields of one task, rows added or deleted on
 * either side. A conflict is provisionally resolved as "mine" (a row one
 * side deleted and the other edited is kept) and listed for the user.
 */
import type { Baseline } from '../baseline';
import { planSchema, type CalendarSpec, type Link, type Plan, type PlanInfo } from '../model';
import { makeConflict, rowConflict } from './conflicts';
import { normalizeOutline } from '../outline';
import { PlanLookup } from './labels';
import { mergeOrder, weave } from './order';
import { breakMergeLoops, dedupeLinks, dropDangling, edgesOf, placeTasks, repairUnits } from './repair';
import {
  BASELINE_GROUPS,
  EXCEPTION_GROUPS,
  LINK_GROUPS,
  TASK_GROUPS,
  UNIT_GROUPS,
  exceptionRows,
  restoreLinks,
  restoreUnitRefs,
  tasksLinkedAnew,
  unitsReferencedAnew,
} from './specs';
import { mergeRows, mergeValue } from './threeWay';
import type { Conflict, MergeResult } from './types';

export function mergePlans(base: Plan, mine: Plan, theirs: Plan): MergeResult {
  // Rows are named as they were in base (the numbering both users knew), new ones as their side has them.
  const lookup = new PlanLookup([base, mine, theirs]);
  let conflicts: Conflict[] = [];

  const info = mergeInfo(base.info, mine.info, theirs.info, lookup, conflicts);
  const calendar = mergeCalendar(base, mine, theirs, lookup, conflicts);

  const units = mergeRows(base.units, mine.units, theirs.units, {
    id: (u) => u.id,
    groups: UNIT_GROUPS,
    touchedByMine: unitsReferencedAnew(base, mine),
    touchedByTheirs: unitsReferencedAnew(base, theirs),
  });
  conflicts.push(...units.conflicts.map((c) => rowConflict(lookup, 'unit', c)));
  const unitIds = new Set(units.rows.keys());

  const tasks = mergeRows(base.tasks, restoreUnitRefs(base, mine, unitIds), restoreUnitRefs(base, theirs, unitIds), {
    id: (t) => t.id,
    groups: TASK_GROUPS,
    touchedByMine: tasksLinkedAnew(base, mine),
    touchedByTheirs: tasksLinkedAnew(base, theirs),
  });
  conflicts.push(...tasks.conflicts.map((c) => rowConflict(lookup, 'task', c)));
  const taskIds = new Set(tasks.rows.keys());

  const mineLinks = restoreLinks(base, mine, taskIds);
  const theirsLinks = restoreLinks(base, theirs, taskIds);
  const links = mergeRows(base.links, mineLinks, theirsLinks, { id: (l) => l.id, groups: LINK_GROUPS });
  conflicts.push(...links.conflicts.map((c) => rowConflict(lookup, 'link', c)));

  const taskOrder = mergeOrder(byPosition(base), byPosition(mine), byPosition(theirs), taskIds);
  if (taskOrder.conflict) conflicts.push(orderConflict(lookup, 'tasks', byPosition(base), taskOrder.conflict));
  const unitOrder = mergeOrder(ids(base.units), ids(mine.units), ids(theirs.units), unitIds);
  if (unitOrder.conflict) conflicts.push(orderConflict(lookup, 'units', ids(base.units), unitOrder.conflict));
  const linkOrder = weave(ids(mineLinks), ids(theirsLinks), new Set(links.rows.keys()), ids(base.links));

  const baselines = mergeRows(base.baselines ?? [], mine.baselines ?? [], theirs.baselines ?? [], { id: (b) => String(b.index), groups: BASELINE_GROUPS });
  conflicts.push(...baselines.conflicts.map((c) => rowConflict(lookup, 'baseline', c)));

  let merged: Plan = dropDangling({
    info,
    calendar,
    units: unitOrder.order.map((id) => units.rows.get(id)!),
    tasks: normalizeOutline(placeTasks([...tasks.rows.values()], taskOrder.order, [mergedPositions(base, mine, theirs), ...(taskOrder.skeleton === 'mine' ? [mine.tasks, theirs.tasks] : [theirs.tasks, mine.tasks])])),
    links: linkOrder.map((id) => links.rows.get(id)!),
    ...withBaselines([...baselines.rows.values()]),
  });
  const addedByTheirs = new Set(theirs.units.map((u) => u.id).filter((id) => !base.units.some((u) => u.id === id) && !mine.units.some((u) => u.id === id)));
  const repaired = repairUnits(merged, addedByTheirs);
  merged = repaired.plan;

  const deduped = dedupeLinks(merged.links, new Set(ids(mine.links)));
  for (const { kept, dropped } of deduped.dropped) {
    // The dropped link's own conflicts (e.g. deleted here, edited there) are now the kept link's type/lag.
    conflicts = conflicts.filter((c) => !(c.entity === 'link' && c.entityId === dropped.id));
    conflicts.push(...duplicateLinkConflicts(lookup, kept, dropped));
  }
  const loops = breakMergeLoops(deduped.links, edgesOf(mine), edgesOf(theirs), lookup);
  conflicts.push(...loops.conflicts);
  merged = { ...merged, links: loops.links };

  return { merged: planSchema.parse(merged), conflicts, notes: repaired.notes };
}

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

/** Baselines in index order; no field at all when there are none (as a plan that never had one). */
export function withBaselines(baselines: readonly Baseline[]): Pick<Plan, 'baselines'> {
  return baselines.length === 0 ? {} : { baselines: [...baselines].sort((a, b) => a.index - b.index) };
}
const byPosition = (plan: Plan) => [...plan.tasks].sort((a, b) => a.position - b.position).map((t) => t.id);

/** Each task's position number merged like a field (whoever changed it), tried first so unchanged numbers stay. */
function mergedPositions(base: Plan, mine: Plan, theirs: Plan): { id: string; position: number }[] {
  const at = (plan: Plan) => new Map(plan.tasks.map((t) => [t.id, t.position]));
  const [b, t] = [at(base), at(theirs)];
  return mine.tasks.map(({ id, position }) => {
    const result = t.has(id) ? mergeValue(b.get(id), position, t.get(id)!) : { ok: false as const };
    return { id, position: result.ok ? result.value : position };
  }).concat(theirs.tasks.filter((x) => !b.has(x.id) || !mine.tasks.some((m) => m.id === x.id)));
}

const INFO_FIELDS = ['title', 'number', 'placeAndDate', 'organisation', 'signer', 'startDate', 'endDate', 'statusDate'] as const;

function mergeInfo(base: PlanInfo, mine: PlanInfo, theirs: PlanInfo, lookup: PlanLookup, conflicts: Conflict[]): PlanInfo {
  const info = { ...mine };
  for (const field of INFO_FIELDS) {
    const result = mergeValue(base[field], mine[field], theirs[field]);
    if (result.ok) (info as Record<string, unknown>)[field] = result.value;
    else conflicts.push(makeConflict(lookup, 'field', 'info', '', field, 'Thông tin kế hoạch', { base: base[field], mine: mine[field], theirs: theirs[field] }));
  }
  return info;
}

function mergeCalendar(base: Plan, mine: Plan, theirs: Plan, lookup: PlanLookup, conflicts: Conflict[]): CalendarSpec {
  // A weekday is on or off: if the two sides differ, exactly one of them changed it.
  const workWeek = [1, 2, 3, 4, 5, 6, 7].filter((day) => {
    const [b, m, t] = [base, mine, theirs].map((p) => p.calendar.workWeek.includes(day));
    return m === t ? m : m === b ? t : m;
  });
  const exceptions = mergeRows(exceptionRows(base), exceptionRows(mine), exceptionRows(theirs), { id: (e) => e.date, groups: EXCEPTION_GROUPS });
  conflicts.push(...exceptions.conflicts.map((c) => rowConflict(lookup, 'calendar', c)));
  const rows = [...exceptions.rows.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  const pick = (kind: string) => rows.filter((e) => e.kind === kind).map(({ date, name }) => ({ date, name }));
  return { workWeek, holidays: pick('holiday'), workdays: pick('workday') };
}

function orderConflict(lookup: PlanLookup, field: 'tasks' | 'units', base: string[], sides: { mine: string[]; theirs: string[] }): Conflict {
  return makeConflict(lookup, 'order', 'order', '', field, field === 'tasks' ? 'Thứ tự công việc' : 'Danh sách đơn vị', { base, ...sides });
}

/** Both sides linked the same two tasks (different link ids): one link stays, its type and lag may conflict. */
function duplicateLinkConflicts(lookup: PlanLookup, kept: Link, dropped: Link): Conflict[] {
  return (['type', 'lag'] as const)
    .filter((field) => kept[field] !== dropped[field])
    .map((field) => makeConflict(lookup, 'field', 'link', kept.id, field, lookup.linkLabel(kept), { base: null, mine: kept[field], theirs: dropped[field] }));
}
