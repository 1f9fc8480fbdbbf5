/** Three-way merge of outlines: moves between sections merge by id; both sides moving one task differently is a conflict. */
import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { applyEdit, type PlanEdit } from '../../../core/edits';
import { mergePlans, resolveConflicts } from '../../../core/merge';
import { tasksInOrder, type Plan } from '../../../core/model';
import { outlineProblems } from '../../../core/outline';
import { parsePlan } from '../../../db/planValidation';

let n = 0;
const ctx = { newId: () => `m-${++n}` };
const flat = createDefaultPlan();
const id = (stt: number) => tasksInOrder(flat)[stt - 1]!.id;
const run = (plan: Plan, ...edits: PlanEdit[]) => edits.reduce((p, e) => applyEdit(p, e, ctx), plan);
// Base: 1 [2 3], 4 [5 6], 7 …
const base = run(flat, { op: 'indentTasks', taskIds: [id(2), id(3)] }, { op: 'indentTasks', taskIds: [id(5), id(6)] });
const parentOf = (plan: Plan, stt: number) => plan.tasks.find((t) => t.id === id(stt))?.parentId ?? null;

function expectValid(plan: Plan): void {
  const parsed = parsePlan(plan);
  expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  expect(outlineProblems(plan.tasks)).toEqual([]);
}

describe('merging outlines', () => {
  it('takes a move made on one side and edits made on the other', () => {
    const mine = run(base, { op: 'placeTasks', taskIds: [id(3)], parentId: id(4), afterTaskId: id(6) });
    const theirs = run(base, { op: 'updateTask', taskId: id(3), changes: { name: 'Tên mới' } }, { op: 'updateTask', taskId: id(1), changes: { wbs: 'I' } });
    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expectValid(merged);
    expect(parentOf(merged, 3)).toBe(id(4));
    expect(merged.tasks.find((t) => t.id === id(3))?.name).toBe('Tên mới');
    expect(merged.tasks.find((t) => t.id === id(1))?.wbs).toBe('I');
    // The moved task sits inside its new section, right after 6.
    const order = tasksInOrder(merged).map((t) => t.id);
    expect(order.indexOf(id(3))).toBe(order.indexOf(id(6)) + 1);
  });

  it('reports both sides moving the same task to different sections, and either choice gives a valid outline', () => {
    const mine = run(base, { op: 'placeTasks', taskIds: [id(2)], parentId: id(4), afterTaskId: null });
    const theirs = run(base, { op: 'placeTasks', taskIds: [id(2)], parentId: null, afterTaskId: id(7) });
    const result = mergePlans(base, mine, theirs);
    const conflict = result.conflicts.find((c) => c.field === 'parentId');
    expect(conflict).toMatchObject({ entity: 'task', entityId: id(2), fieldLabel: 'Thuộc mục (công việc tổng hợp)' });
    expect(conflict?.display.theirs).toBe('(cấp ngoài cùng, không thuộc mục nào)');
    expect(conflict?.display.mine).toMatch(/^Công việc STT 4/u);
    expectValid(result.merged);
    expect(parentOf(result.merged, 2)).toBe(id(4));
    const theirsWins = resolveConflicts(result.merged, result.conflicts, Object.fromEntries(result.conflicts.map((c) => [c.id, 'theirs']))).merged;
    expectValid(theirsWins);
    expect(parentOf(theirsWins, 2)).toBeNull();
  });

  it('a section deleted on one side while the other moved a task into it: the task is kept at the top level', () => {
    const mine = run(base, { op: 'deleteTasks', taskIds: [id(4)] }); // deletes 4, 5, 6
    const theirs = run(base, { op: 'placeTasks', taskIds: [id(7)], parentId: id(4), afterTaskId: id(6) });
    const { merged } = mergePlans(base, mine, theirs);
    expectValid(merged);
    expect(merged.tasks.some((t) => t.id === id(7))).toBe(true);
  });
});
