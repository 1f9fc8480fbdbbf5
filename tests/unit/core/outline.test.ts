/** The outline helpers over random outlines: numbering, depth, ancestors, descendants, validation, repair. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newTask, type Task } from '../../../core/model';
import {
  ancestorsOf,
  childrenByParent,
  depthOf,
  descendantsOf,
  isSummary,
  normalizeOutline,
  outlineNumbers,
  outlineProblems,
  outlineRows,
  summaryIds,
} from '../../../core/outline';

/** A valid outline from a list of depths: each depth is at most one more than the previous row's. */
function outlineFromDepths(steps: readonly number[]): Task[] {
  const tasks: Task[] = [];
  const open: string[] = []; // open[d] = last task at depth d
  steps.forEach((step, i) => {
    const depth = Math.min(step, open.length);
    const id = `t${i + 1}`;
    tasks.push(newTask({ id, position: i + 1, parentId: depth === 0 ? null : open[depth - 1]!, name: `Việc ${i + 1}` }));
    open.length = depth;
    open.push(id);
  });
  return tasks;
}

function onLoop(tasks: readonly Task[], id: string): boolean {
  const parentOf = new Map(tasks.map((t) => [t.id, t.parentId]));
  let at = parentOf.get(id) ?? null;
  for (let i = 0; at !== null && i <= tasks.length; i++, at = parentOf.get(at) ?? null) if (at === id) return true;
  return false;
}

const depthsArb = fc.array(fc.nat(4), { minLength: 1, maxLength: 40 });
/** Any parent assignment at all (missing parents, self, loops, out of order). */
const anyOutlineArb = fc.array(fc.integer({ min: -1, max: 45 }), { minLength: 1, maxLength: 40 }).map((parents) =>
  parents.map((p, i) => newTask({ id: `t${i + 1}`, position: (i * 7) % parents.length + 1 + i * parents.length, parentId: p < 0 ? null : `t${p + 1}` })),
);

describe('outline of a small sectioned plan', () => {
  // I. Section A (1), 1. Task (1.1), 2. Group (1.2), a (1.2.1), b (1.2.2); II. Section B (2), 1. Task (2.1)
  const tasks = outlineFromDepths([0, 1, 1, 2, 2, 0, 1]);

  it('numbers rows 1, 1.1, 1.2, 1.2.1 … and knows depth and summaries', () => {
    expect(outlineRows(tasks).map((r) => [r.outline, r.depth, r.summary])).toEqual([
      ['1', 0, true], ['1.1', 1, false], ['1.2', 1, true], ['1.2.1', 2, false], ['1.2.2', 2, false], ['2', 0, true], ['2.1', 1, false],
    ]);
    expect([...summaryIds(tasks)].sort()).toEqual(['t1', 't3', 't6']);
    expect(isSummary(tasks, 't3')).toBe(true);
    expect(isSummary(tasks, 't4')).toBe(false);
    expect(depthOf(tasks, 't5')).toBe(2);
  });

  it('lists ancestors nearest first and descendants in order', () => {
    expect(ancestorsOf(tasks, 't5')).toEqual(['t3', 't1']);
    expect(ancestorsOf(tasks, 't6')).toEqual([]);
    expect(descendantsOf(tasks, 't1')).toEqual(['t2', 't3', 't4', 't5']);
    expect(descendantsOf(tasks, 't7')).toEqual([]);
    expect(childrenByParent(tasks).get(null)?.map((t) => t.id)).toEqual(['t1', 't6']);
  });

  it('reports each kind of broken outline', () => {
    const at = (changes: Record<string, Partial<Task>>) => tasks.map((t) => ({ ...t, ...changes[t.id] }));
    expect(outlineProblems(tasks)).toEqual([]);
    expect(outlineProblems(at({ t2: { parentId: 'nowhere' } }))).toEqual([{ kind: 'missing-parent', taskId: 't2', parentId: 'nowhere' }]);
    expect(outlineProblems(at({ t2: { parentId: 't2' } }))).toEqual([{ kind: 'own-parent', taskId: 't2' }]);
    expect(outlineProblems(at({ t1: { parentId: 't3' } })).filter((p) => p.kind === 'cycle').map((p) => p.taskId).sort()).toEqual(['t1', 't3']);
    // t7 under section A, but section B's row stands between them.
    expect(outlineProblems(at({ t7: { parentId: 't1' } }))).toEqual([{ kind: 'not-contiguous', taskId: 't7', parentId: 't1' }]);
    // A child before its parent.
    expect(outlineProblems(at({ t1: { position: 3 }, t3: { position: 1 } }))).toContainEqual({ kind: 'not-contiguous', taskId: 't2', parentId: 't1' });
  });

  it('repairs a broken outline: the task out of place joins its section', () => {
    const moved = tasks.map((t) => (t.id === 't7' ? { ...t, parentId: 't1' } : t));
    const fixed = normalizeOutline(moved);
    expect(fixed.map((t) => t.id)).toEqual(['t1', 't2', 't3', 't4', 't5', 't7', 't6']);
    expect(fixed.map((t) => t.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(outlineProblems(fixed)).toEqual([]);
  });
});

describe('outline properties', () => {
  it('a valid outline: numbers are unique and say the depth, descendants are contiguous after their summary', () => {
    fc.assert(
      fc.property(depthsArb, (depths) => {
        const tasks = outlineFromDepths(depths);
        expect(outlineProblems(tasks)).toEqual([]);
        const rows = outlineRows(tasks);
        expect(new Set(rows.map((r) => r.outline)).size).toBe(tasks.length);
        for (const [i, row] of rows.entries()) {
          expect(row.outline.split('.').length).toBe(row.depth + 1);
          expect(depthOf(tasks, row.id)).toBe(row.depth);
          const below = descendantsOf(tasks, row.id);
          expect(below).toEqual(tasks.slice(i + 1, i + 1 + below.length).map((t) => t.id));
          expect(row.summary).toBe(below.length > 0);
          for (const id of below) expect(ancestorsOf(tasks, id)).toContain(row.id);
        }
        expect(normalizeOutline(tasks)).toEqual(tasks);
      }),
    );
  });

  it('repairing any parent assignment gives a valid outline of the same tasks, keeping every parent that was sound', () => {
    fc.assert(
      fc.property(anyOutlineArb, (tasks) => {
        const fixed = normalizeOutline(tasks);
        expect(outlineProblems(fixed)).toEqual([]);
        expect(fixed.map((t) => t.position)).toEqual(fixed.map((_, i) => i + 1));
        expect(fixed.map((t) => t.id).sort()).toEqual(tasks.map((t) => t.id).sort());
        const ids = new Set(tasks.map((t) => t.id));
        const fixedParent = new Map(fixed.map((t) => [t.id, t.parentId]));
        for (const task of tasks) {
          const parent = fixedParent.get(task.id) ?? null;
          // A parent is only ever cleared, never invented.
          expect(parent === null || parent === task.parentId).toBe(true);
          if (task.parentId !== null && ids.has(task.parentId) && task.parentId !== task.id && parent === null) {
            // Cleared only to break a loop: the original parent chain came back to the task.
            expect(onLoop(tasks, task.id)).toBe(true);
          }
        }
      }),
    );
  });

  it('every problem found names a task whose parent is unsound or out of place', () => {
    fc.assert(
      fc.property(anyOutlineArb, (tasks) => {
        const problems = outlineProblems(tasks);
        expect(new Set(problems.map((p) => p.taskId)).size).toBe(problems.length);
        for (const p of problems) expect(tasks.find((t) => t.id === p.taskId)?.parentId).not.toBeNull();
        // Top-level tasks in any order are always valid.
        expect(outlineProblems(tasks.map((t) => ({ ...t, parentId: null })))).toEqual([]);
      }),
    );
  });
});
