/**
 * Applies the user's choice for each conflict to the provisionally merged
 * plan. Choosing a deletion also removes what depended on the row (links
 * of a deleted task, references to a deleted unit); choosing theirs' link in
 * a loop drops mine's links of that loop, and is checked again for loops.
 */
import { normalizeOutline } from '../outline';
import { PlanError } from '../errors';
import { planSchema, type Link, type Plan } from '../model';
import type { Baseline } from '../baseline';
import { loopWith } from './cycles';
import { withBaselines } from './mergePlans';
import { PlanLookup } from './labels';
import { applyOrder } from './order';
import { dedupeLinks, dropDangling, loopConflict, placeTasks, repairUnits } from './repair';
import { GROUPS_BY_ENTITY } from './specs';
import { setGroupValue, type FieldGroup } from './threeWay';
import type { Conflict, MergeChoices, MergeResult } from './types';

export function resolveConflicts(merged: Plan, conflicts: readonly Conflict[], choices: MergeChoices): MergeResult {
  const missing = conflicts.filter((c) => choices[c.id] === undefined);
  if (missing.length > 0) {
    throw new PlanError('merge-choice-missing', { count: missing.length, list: missing.slice(0, 5).map((c) => `${c.label} — ${c.fieldLabel}`).join('; ') }, {
      ids: missing.map((c) => c.id),
    });
  }
  let plan: Plan = structuredClone(merged);
  const readded: Link[] = [];
  for (const conflict of conflicts) {
    const value = choices[conflict.id] === 'mine' ? conflict.mine : conflict.theirs;
    if (conflict.kind === 'order') plan = applyOrderChoice(plan, conflict.field, value as string[]);
    else if (conflict.kind === 'cycle') {
      if (choices[conflict.id] === 'theirs') {
        const dropped = new Set((conflict.mine as Link[]).map((l) => l.id));
        plan.links = plan.links.filter((l) => !dropped.has(l.id));
        readded.push(...(conflict.theirs as Link[]));
      }
    } else plan = applyRowChoice(plan, conflict, value);
  }
  // A chosen parent may put a task away from its section: rows are put back depth-first.
  plan = dropDangling(plan);
  plan = { ...plan, tasks: normalizeOutline(plan.tasks) };
  plan.links = dedupeLinks(plan.links, new Set()).links;
  const lookup = new PlanLookup([plan]);
  const loops: Conflict[] = [];
  for (const link of readded) {
    if (!plan.tasks.some((t) => t.id === link.predecessorId) || !plan.tasks.some((t) => t.id === link.successorId)) continue;
    const loop = loopWith(plan.links, link);
    if (loop) loops.push(loopConflict(lookup, link, loop));
    else plan.links.push(link);
  }
  const repaired = repairUnits(plan, new Set());
  return { merged: planSchema.parse(repaired.plan), conflicts: loops, notes: repaired.notes };
}

function applyOrderChoice(plan: Plan, field: string, order: string[]): Plan {
  if (field === 'units') {
    const byId = new Map(plan.units.map((u) => [u.id, u]));
    return { ...plan, units: applyOrder(plan.units.map((u) => u.id), order).map((id) => byId.get(id)!) };
  }
  const current = [...plan.tasks].sort((a, b) => a.position - b.position).map((t) => t.id);
  return { ...plan, tasks: placeTasks(plan.tasks, applyOrder(current, order)) };
}

function applyRowChoice(plan: Plan, conflict: Conflict, value: unknown): Plan {
  if (conflict.entity === 'info') return { ...plan, info: { ...plan.info, [conflict.field]: value } };
  if (conflict.entity === 'calendar') return applyExceptionChoice(plan, conflict, value);
  if (conflict.entity === 'baseline') return applyBaselineChoice(plan, conflict, value);
  const key = conflict.entity === 'task' ? 'tasks' : conflict.entity === 'unit' ? 'units' : 'links';
  const rows = plan[key] as { id: string }[];
  const at = rows.findIndex((r) => r.id === conflict.entityId);
  if (conflict.kind === 'deleted') {
    if (value === null) return { ...plan, [key]: rows.filter((r) => r.id !== conflict.entityId) };
    if (at >= 0) return plan; // kept already, with that side's edits
    return { ...plan, [key]: [...rows, value] };
  }
  if (at < 0) return plan; // its row was deleted by another choice
  const groups = GROUPS_BY_ENTITY[conflict.entity as 'task' | 'unit' | 'link'] as readonly FieldGroup<{ id: string }>[];
  const group = groups.find((g) => g.name === conflict.field) ?? { name: conflict.field, fields: [conflict.field as 'id'] };
  const next = [...rows];
  next[at] = setGroupValue(rows[at]!, group, value);
  return { ...plan, [key]: next };
}

/** A baseline conflict's value is the whole baseline on that side (its one field group), or null when that side deleted it. */
function applyBaselineChoice(plan: Plan, conflict: Conflict, value: unknown): Plan {
  const index = Number(conflict.entityId);
  const others = (plan.baselines ?? []).filter((b) => b.index !== index);
  if (value === null) return { ...withoutBaselines(plan), ...withBaselines(others) };
  const current = plan.baselines?.find((b) => b.index === index);
  const chosen: Baseline = conflict.kind === 'deleted' ? (value as Baseline) : { ...(current ?? { index, name: '', savedOn: '', tasks: [] }), ...(value as Pick<Baseline, 'name' | 'savedOn' | 'tasks'>) };
  return { ...plan, ...withBaselines([...others, chosen]) };
}

function withoutBaselines(plan: Plan): Plan {
  const { baselines: _gone, ...rest } = plan;
  return rest;
}

function applyExceptionChoice(plan: Plan, conflict: Conflict, value: unknown): Plan {
  const date = conflict.entityId;
  const without = (list: Plan['calendar']['holidays']) => list.filter((e) => e.date !== date);
  const calendar = { ...plan.calendar, holidays: without(plan.calendar.holidays), workdays: without(plan.calendar.workdays) };
  if (value !== null) {
    const row = value as { kind: 'holiday' | 'workday'; name: string };
    const list = row.kind === 'holiday' ? calendar.holidays : calendar.workdays;
    list.push({ date, name: row.name });
    list.sort((a, b) => (a.date < b.date ? -1 : 1));
  }
  return { ...plan, calendar };
}
