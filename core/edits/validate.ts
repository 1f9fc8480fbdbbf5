/**
 * Checks shared by the edit commands. Every refusal is a PlanError whose
 * message is a Vietnamese sentence for the user and whose details name the
 * field ({ field }), so the UI can mark the cell or input that is wrong.
 */
import { isIsoDate, type IsoDate } from '../dates';
import type { FieldName } from '../errorMessages';
import { PlanError, type Refusal } from '../errors';
import { tasksInOrder, type Link, type Plan, type Task, type Unit } from '../model';

/** The dates the working calendar (and so the engine) can handle. */
const FIRST_DATE = '1970-01-01';
const LAST_DATE = '2199-12-31';

/** Refuses an edit; `details.field` names the input that is wrong. */
export function refuse(field: string, ...[code, params]: Refusal): never {
  throw new PlanError(...([code, params, { field }] as unknown as ConstructorParameters<typeof PlanError>));
}

export function checkDate(value: string, field: string, label: FieldName): IsoDate {
  if (!isIsoDate(value)) refuse(field, 'invalid-edit', { reason: 'not-a-date', field: label, value: value.slice(0, 40) });
  if (value < FIRST_DATE || value > LAST_DATE) {
    refuse(field, 'invalid-edit', { reason: 'date-out-of-range', field: label, from: FIRST_DATE, to: LAST_DATE });
  }
  return value;
}

export function checkOptionalDate(value: string | null, field: string, label: FieldName): IsoDate | null {
  return value === null ? null : checkDate(value, field, label);
}

export function checkLength(value: string, max: number, field: string, label: FieldName): string {
  if (value.length > max) refuse(field, 'invalid-edit', { reason: 'too-long', field: label, max });
  return value;
}

/** A whole number in [min, max]; `what` completes "… phải là số nguyên" messages. */
export function checkInteger(value: number, min: number, max: number, field: string, label: FieldName): number {
  if (!Number.isInteger(value)) refuse(field, 'invalid-edit', { reason: 'not-whole-days', field: label });
  if (value < min || value > max) refuse(field, 'invalid-edit', { reason: 'out-of-range', field: label, min, max });
  return value;
}

/** STT as the user sees it: 1-based rank in plan order. */
export function sttMap(plan: Pick<Plan, 'tasks'>): Map<string, number> {
  return new Map(tasksInOrder(plan).map((t, i) => [t.id, i + 1]));
}

export function findTask(plan: Plan, id: string, field = 'taskId'): Task {
  const task = plan.tasks.find((t) => t.id === id);
  if (!task) refuse(field, 'not-found', { reason: 'task' });
  return task;
}

export function findUnit(plan: Plan, id: string, field = 'unitId'): Unit {
  const unit = plan.units.find((u) => u.id === id);
  if (!unit) refuse(field, 'unknown-unit');
  return unit;
}

export function findLink(plan: Plan, id: string, field = 'linkId'): Link {
  const link = plan.links.find((l) => l.id === id);
  if (!link) refuse(field, 'not-found', { reason: 'link' });
  return link;
}

/** A name shortened for messages and labels. */
export function shortName(name: string, max = 40): string {
  const flat = name.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** Tasks renumbered 1..n in their current order; unchanged tasks keep their object. */
export function renumber(ordered: readonly Task[]): Task[] {
  return ordered.map((t, i) => (t.position === i + 1 ? t : { ...t, position: i + 1 }));
}
