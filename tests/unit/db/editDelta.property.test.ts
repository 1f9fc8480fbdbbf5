/**
 * Issue 12: an edit's answer carries only what changed. Property: a window
 * that starts from getPlan and patches its copy with each answer (edits,
 * undos, redos in any order, refusals included) always holds exactly the
 * plan the file holds, and the revisions chain without a gap. Through the
 * dispatcher, as the renderer calls it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch';
import type { OpenPlan } from '../../../core/api/contract';
import type { EditResult } from '../../../core/api/features/editing';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { applyPlanDelta, diffPlan, isEmptyDelta } from '../../../core/planDelta';
import { createApiHandlers } from '../../../db/handlers';
import { readPlan } from '../../../db/planStore';
import { createTestHost } from '../../support/testHost';
import { editFor, step } from '../../support/randomEdits';
import { defaultPlanFile } from './editingFixtures';

const action = fc.oneof(
  { weight: 6, arbitrary: step.map((s) => ({ kind: 'edit' as const, s })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
);

describe('edit answers as plan deltas, property', () => {
  it('a window patching its copy with every answer holds what the file holds', async () => {
    const { session } = defaultPlanFile();
    const handlers = createApiHandlers(session, createTestHost());
    const got = await dispatch(handlers, 'getPlan', []);
    if (!got.ok) throw new Error(got.error.message);
    let shown = got.value as OpenPlan;
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 10 }), async (actions) => {
        for (const a of actions) {
          const response =
            a.kind === 'edit'
              ? await dispatch(handlers, 'applyEdit', [editFor(shown.plan, a.s)])
              : await dispatch(handlers, a.kind, []);
          if (!response.ok) continue; // refused: the file is unchanged, and so is the window's copy
          const { baseRevision, revision, delta } = (response.value as EditResult).planChange;
          expect(baseRevision).toBe(shown.revision);
          shown = { ...shown, plan: applyPlanDelta(shown.plan, delta), revision };
          expect(shown.plan).toEqual(readPlan(session.db));
        }
        expect(shown.revision).toBe(session.getPlan().revision);
      }),
      { numRuns: 40 },
    );
    session.close();
  });
});

describe('plan delta', () => {
  const plan = createDefaultPlan();

  it('is empty between equal plans, even when every object is a copy', () => {
    expect(isEmptyDelta(diffPlan(plan, structuredClone(plan)))).toBe(true);
  });

  it('carries the changed task only, not its neighbours', () => {
    const edited = { ...plan, tasks: plan.tasks.map((t, i) => (i === 3 ? { ...t, name: 'Đổi tên' } : t)) };
    const delta = diffPlan(plan, edited);
    expect(delta.tasks).toEqual({ changed: [edited.tasks[3]], removedIds: [], order: null });
    expect(delta.links.changed).toEqual([]);
    expect(delta.fields).toEqual({});
  });

  it('keeps a new order, a removed task and a removed optional part', () => {
    const withBaseline = { ...plan, baselines: [{ index: 0, name: 'Kế hoạch được duyệt', savedOn: '2026-04-01', tasks: [] }] };
    const [first, second, ...rest] = plan.tasks;
    const after = { ...plan, tasks: [...rest.slice(1), second!, first!] };
    const delta = diffPlan(withBaseline, after);
    expect(delta.tasks.removedIds).toEqual([rest[0]!.id]);
    expect(delta.removedFields).toEqual(['baselines']);
    expect(applyPlanDelta(withBaseline, delta)).toEqual(after);
  });
});
