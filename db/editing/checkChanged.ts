/**
 * Validates what an edit produced before it is written: the zod schemas of
 * core/model.ts for the entities whose rows changed (re-validating all 1,000
 * tasks on every keystroke would cost ~20 ms), and the references between
 * rows for the whole plan (cheap: sets and maps).
 */
import { z } from 'zod';
import { baselineSchema } from '../../core/baseline';
import { calendarSpecSchema, linkSchema, planInfoSchema, taskSchema, unitSchema, type Plan } from '../../core/model';
import { entityLabel, fieldLabel } from '../labels';
import { invalidDataError, referenceProblems, referencesSound } from '../planValidation';
import type { PlanTableName, RowChange } from './rows';

const vietnameseErrors = z.locales.vi().localeError;

export function checkChangedEntities(plan: Plan, changes: readonly RowChange[]): void {
  const problems: string[] = [];
  const changedIds = (tables: PlanTableName[], column: string) =>
    new Set(changes.filter((c) => tables.includes(c.table) && c.after !== null).map((c) => c.after![column]));
  const check = (schema: z.ZodType, value: unknown, path: (string | number)[]) => {
    const result = schema.safeParse(value, { error: vietnameseErrors });
    if (result.success) return;
    for (const issue of result.error.issues) {
      const full = [...path, ...issue.path];
      const field = fieldLabel(full);
      problems.push(`${entityLabel(plan, full)}${field ? ` — ${field}` : ''}: ${issue.message}`);
    }
  };
  const tables = new Set(changes.map((c) => c.table));
  if (tables.has('plan_info')) check(planInfoSchema, plan.info, ['info']);
  if (tables.has('calendar_settings') || tables.has('calendar_exceptions')) check(calendarSpecSchema, plan.calendar, ['calendar']);
  const units = changedIds(['units'], 'id');
  plan.units.forEach((u, i) => units.has(u.id) && check(unitSchema, u, ['units', i]));
  const tasks = new Set([...changedIds(['tasks'], 'id'), ...changedIds(['task_coordinators'], 'task_id')]);
  plan.tasks.forEach((t, i) => tasks.has(t.id) && check(taskSchema, t, ['tasks', i]));
  const baselines = new Set([...changedIds(['baselines'], 'baseline_index'), ...changedIds(['baseline_tasks'], 'baseline_index')]);
  plan.baselines?.forEach((b, i) => baselines.has(b.index) && check(baselineSchema, b, ['baselines', i]));
  const links = changedIds(['links'], 'id');
  plan.links.forEach((l, i) => links.has(l.id) && check(linkSchema, l, ['links', i]));
  // referenceProblems words its messages eagerly (≈18 ms at 1,000 links): ask it only when something is wrong.
  if (!referencesSound(plan)) problems.push(...referenceProblems(plan));
  if (problems.length > 0) throw invalidDataError('Không thể lưu thay đổi vì dữ liệu không hợp lệ:', problems);
}
