/**
 * Property: any sequence of edits, followed by as many undos as edits were
 * applied, gives back the file's original content; as many redos then give
 * the edited content again. Edits are drawn against the plan as it is at
 * each step; the ones refused (a loop, a duplicate…) change nothing and are
 * not counted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanError } from '../../../core/errors';
import { applyEditToFile, redoEdit, undoEdit } from '../../../db/editing/applyEditToFile';
import { readPlan } from '../../../db/planStore';
import { AUTHOR, defaultPlanFile, dump } from './editingFixtures';
import { editFor, step } from '../../support/randomEdits';

describe('undo and redo, property', () => {
  it('n edits then n undos restore the original content; n redos the edited one', () => {
    // One file for every run: each run ends where it began, so later runs also check that.
    const { session } = defaultPlanFile();
    try {
      fc.assert(
        fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
          const db = session.db;
          const original = dump(db);
          let applied = 0;
          for (const s of steps) {
            try {
              if (applyEditToFile(session, editFor(readPlan(db), s), AUTHOR).changed) applied += 1;
            } catch (error) {
              if (!(error instanceof PlanError)) throw error;
            }
          }
          const edited = dump(db);
          for (let i = 0; i < applied; i++) undoEdit(session);
          expect(dump(db)).toEqual(original);
          for (let i = 0; i < applied; i++) redoEdit(session);
          expect(dump(db)).toEqual(edited);
          for (let i = 0; i < applied; i++) undoEdit(session);
          expect(dump(db)).toEqual(original);
        }),
        { numRuns: 30, seed: 20261128 },
      );
    } finally {
      session.close();
    }
  }, 180_000); // ~400 transactions with fsync: slow on a busy disk
});
