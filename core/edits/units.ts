/** Unit directory commands. Tasks refer to units by id, so a rename reaches every task by itself. */
import { MAX_NAME_LENGTH, type Plan, type Unit } from '../model';
import { foldVietnamese, normaliseSpaces } from '../text';
import type { EditContext, EditOf } from './schema';
import { checkLength, findUnit, refuse } from './validate';

export function addUnit(plan: Plan, edit: EditOf<'addUnit'>, ctx: EditContext): { plan: Plan; createdId: string } {
  const name = checkUnitName(plan, edit.name, null);
  const unit: Unit = { id: ctx.newId(), name, recipientOrder: null };
  return { plan: { ...plan, units: [...plan.units, unit] }, createdId: unit.id };
}

export function renameUnit(plan: Plan, edit: EditOf<'renameUnit'>): Plan {
  const unit = findUnit(plan, edit.unitId);
  const name = checkUnitName(plan, edit.name, unit.id);
  return { ...plan, units: plan.units.map((u) => (u.id === unit.id ? { ...u, name } : u)) };
}

/**
 * Every lead and coordinating reference to the source moves to the target
 * (a task listing both keeps one; a lead is not kept as a coordinator), then the source is deleted. The target
 * inherits the source's place in the list of recipients if it had none.
 */
export function mergeUnits(plan: Plan, edit: EditOf<'mergeUnits'>): Plan {
  const source = findUnit(plan, edit.sourceUnitId, 'sourceUnitId');
  const target = findUnit(plan, edit.targetUnitId, 'targetUnitId');
  if (source.id === target.id) refuse('targetUnitId', 'invalid-edit', { reason: 'unit-into-itself' });
  const swap = (id: string) => (id === source.id ? target.id : id);
  const tasks = plan.tasks.map((t) => {
    if (t.leadUnitId !== source.id && !t.coordinatingUnitIds.includes(source.id)) return t;
    const leadUnitId = t.leadUnitId === null ? null : swap(t.leadUnitId);
    // The lead is not also listed among its own coordinators.
    const coordinators = new Set(t.coordinatingUnitIds.map(swap));
    if (leadUnitId !== null) coordinators.delete(leadUnitId);
    return { ...t, leadUnitId, coordinatingUnitIds: [...coordinators] };
  });
  const recipientOrder = target.recipientOrder ?? source.recipientOrder;
  const units = plan.units.flatMap((u) => (u.id === source.id ? [] : u.id === target.id ? [{ ...u, recipientOrder }] : [u]));
  return { ...plan, tasks, units };
}

/** Trimmed, not empty, not too long, and not the name of another unit (ignoring case and diacritics). */
function checkUnitName(plan: Plan, raw: string, selfId: string | null): string {
  const name = normaliseSpaces(raw);
  if (name === '') refuse('name', 'invalid-edit', { reason: 'unit-name-empty' });
  checkLength(name, MAX_NAME_LENGTH, 'name', 'unitName');
  const folded = foldVietnamese(name);
  const other = plan.units.find((u) => u.id !== selfId && foldVietnamese(u.name) === folded);
  if (other) refuse('name', 'duplicate-unit', { name: other.name });
  return name;
}
