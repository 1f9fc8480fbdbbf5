/**
 * updateProgress as properties on the seed plan (with sections, so summaries
 * stand for their tasks): any choice of tasks, status date, mode and % either
 * is refused with a PlanError or gives a valid plan whose actual dates lie on
 * or before the status date, in order; "as planned" never lowers progress.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { addDays } from '../../../core/dates';
import { applyEdit, PROGRESS_MODES } from '../../../core/edits';
import { PlanError } from '../../../core/errors';
import { tasksInOrder, type Plan } from '../../../core/model';
import { parsePlan } from '../../../db/planValidation';

let n = 0;
const seed = createDefaultPlan(() => `id-${++n}`);
const ctx = { newId: () => 'unused', today: '2026-12-04' };
// Tasks 2–4 under 1, 12–13 under 11: sections among the choices.
const outlined: Plan = applyEdit(applyEdit(seed, { op: 'indentTasks', taskIds: ids(seed, [2, 3, 4]) }, ctx), { op: 'indentTasks', taskIds: ids(seed, [12, 13]) }, ctx);

function ids(plan: Plan, stts: number[]): string[] {
  const order = tasksInOrder(plan);
  return stts.map((s) => order[s - 1]!.id);
}

const choice = fc.record({
  stts: fc.uniqueArray(fc.integer({ min: 1, max: 17 }), { minLength: 1, maxLength: 6 }),
  statusDate: fc.integer({ min: -30, max: 400 }).map((d) => addDays('2026-03-15', d)),
  mode: fc.constantFrom(...PROGRESS_MODES),
  percent: fc.constantFrom(0, 1, 33, 50, 99, 100),
  twice: fc.boolean(),
});

describe('updateProgress (properties)', () => {
  it('refuses or gives a valid plan with actual dates on or before the status date', () => {
    fc.assert(
      fc.property(choice, ({ stts, statusDate, mode, percent, twice }) => {
        let plan = outlined;
        const edit = { op: 'updateProgress' as const, taskIds: ids(plan, stts), statusDate, mode, ...(mode === 'percent' ? { percent } : {}) };
        try {
          plan = applyEdit(plan, edit, ctx);
          if (twice) plan = applyEdit(plan, { ...edit, mode: 'asPlanned' }, ctx);
        } catch (error) {
          expect(error).toBeInstanceOf(PlanError);
          expect(['progress-update', 'invalid-edit']).toContain((error as PlanError).code);
          return;
        }
        expect(parsePlan(plan).ok).toBe(true);
        expect(plan.info.statusDate).toBe(statusDate);
        for (const t of plan.tasks) {
          if (t.actualStart !== null) expect(t.actualStart <= statusDate).toBe(true);
          if (t.actualFinish !== null) expect(t.actualFinish <= statusDate).toBe(true);
          if (t.actualStart !== null && t.actualFinish !== null) expect(t.actualStart <= t.actualFinish).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('as planned never lowers the % of a task', () => {
    fc.assert(
      fc.property(choice, fc.integer({ min: 0, max: 100 }), ({ stts, statusDate }, start) => {
        const taskIds = ids(outlined, stts);
        const before: Plan = { ...outlined, tasks: outlined.tasks.map((t) => (taskIds.includes(t.id) ? { ...t, percentComplete: start } : t)) };
        let after: Plan;
        try {
          after = applyEdit(before, { op: 'updateProgress', taskIds, statusDate, mode: 'asPlanned' }, ctx);
        } catch (error) {
          expect((error as PlanError).code).toBe('progress-update');
          return;
        }
        for (const t of after.tasks) expect(t.percentComplete).toBeGreaterThanOrEqual(before.tasks.find((b) => b.id === t.id)!.percentComplete);
      }),
      { numRuns: 100 },
    );
  });
});
