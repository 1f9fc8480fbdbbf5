/** Outline edits (indent, outdent, move, place, add inside, delete a section, section drag) on the real default plan. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { applyEdit, describeEdit, type PlanEdit } from '../../../core/edits';
import { tasksInOrder, type Plan } from '../../../core/model';
import { outlineProblems, outlineRows, withLevels } from '../../../core/outline';
import { schedulePlan, viewOfPlanTask } from '../../../core/schedule';
import { parsePlan } from '../../../db/planValidation';

let counter = 0;
const ctx = { newId: () => `moi-${++counter}` };
const flat = createDefaultPlan();
/** The default plan's first 6 tasks as: 1 [2 3] 4 [5 6] … (two sections, then the rest at the top level). */
const LEVELS = [0, 1, 1, 0, 1, 1];
const sectioned: Plan = { ...flat, tasks: withLevels(tasksInOrder(flat), LEVELS) };
const id = (n: number) => tasksInOrder(flat)[n - 1]!.id;
const stt = (plan: Plan) => new Map(tasksInOrder(plan).map((t, i) => [t.id, i + 1]));

/** The outline as "STT-of-default-plan:depth" in plan order, for the first `n` rows. */
function shape(plan: Plan, n = 7): string {
  const original = stt(flat);
  return outlineRows(tasksInOrder(plan)).slice(0, n).map((r) => `${original.get(r.id) ?? 'new'}:${r.depth}`).join(' ');
}
const edit = (plan: Plan, e: PlanEdit) => {
  const next = applyEdit(plan, e, ctx);
  expect(parsePlan(next)).toMatchObject({ ok: true }); // every result is a valid plan file
  return next;
};

describe('indent and outdent (MS Project)', () => {
  it('indent makes a task the last subtask of the sibling above it, with its own subtasks', () => {
    expect(shape(sectioned)).toBe('1:0 2:1 3:1 4:0 5:1 6:1 7:0');
    expect(shape(edit(sectioned, { op: 'indentTasks', taskIds: [id(3)] }))).toBe('1:0 2:1 3:2 4:0 5:1 6:1 7:0');
    // Section 4 with its subtasks goes under section 1.
    expect(shape(edit(sectioned, { op: 'indentTasks', taskIds: [id(4)] }))).toBe('1:0 2:1 3:1 4:1 5:2 6:2 7:0');
  });

  it('indenting the first task of a section (no sibling above) changes nothing', () => {
    expect(edit(sectioned, { op: 'indentTasks', taskIds: [id(2)] })).toEqual(sectioned);
    expect(edit(sectioned, { op: 'indentTasks', taskIds: [id(1)] })).toEqual(sectioned);
  });

  it('outdent moves a task up one level and its following siblings become its subtasks', () => {
    const next = edit(sectioned, { op: 'outdentTasks', taskIds: [id(2)] });
    expect(shape(next)).toBe('1:0 2:0 3:1 4:0 5:1 6:1 7:0');
    expect(tasksInOrder(next).find((t) => t.id === id(3))?.parentId).toBe(id(2));
    expect(edit(sectioned, { op: 'outdentTasks', taskIds: [id(1)] })).toEqual(sectioned); // already at the top
  });

  it('several selected siblings indent together under the sibling above', () => {
    const next = edit(flat, { op: 'indentTasks', taskIds: [id(2), id(3)] });
    expect(shape(next)).toBe('1:0 2:1 3:1 4:0 5:0 6:0 7:0');
  });
});

describe('moving tasks and sections', () => {
  it('Alt+↓ on a section moves it with its subtasks past the next sibling', () => {
    const next = edit(sectioned, { op: 'moveTasks', taskIds: [id(1)], direction: 'down' });
    expect(shape(next)).toBe('4:0 5:1 6:1 1:0 2:1 3:1 7:0');
  });

  it('a subtask moves within its section only', () => {
    expect(shape(edit(sectioned, { op: 'moveTasks', taskIds: [id(3)], direction: 'up' }))).toBe('1:0 3:1 2:1 4:0 5:1 6:1 7:0');
    expect(edit(sectioned, { op: 'moveTasks', taskIds: [id(2)], direction: 'up' })).toEqual(sectioned);
  });

  it('placeTasks reparents a task (drag) and refuses a section dropped inside itself', () => {
    const next = edit(sectioned, { op: 'placeTasks', taskIds: [id(7)], parentId: id(1), afterTaskId: id(2) });
    expect(shape(next, 8)).toBe('1:0 2:1 7:1 3:1 4:0 5:1 6:1 8:0');
    expect(shape(edit(sectioned, { op: 'placeTasks', taskIds: [id(5)], parentId: null, afterTaskId: null }))).toBe('5:0 1:0 2:1 3:1 4:0 6:1 7:0');
    expect(() => applyEdit(sectioned, { op: 'placeTasks', taskIds: [id(1)], parentId: id(2), afterTaskId: null }, ctx)).toThrow(/bên trong chính nó/u);
    expect(() => applyEdit(sectioned, { op: 'placeTasks', taskIds: [id(7)], parentId: id(1), afterTaskId: id(5) }, ctx)).toThrow(/không nằm trong mục/u);
  });
});

describe('adding, deleting, numbering', () => {
  it('a task added below a summary becomes its first subtask; below a subtask, its sibling', () => {
    expect(shape(edit(sectioned, { op: 'addTask', afterTaskId: id(1) }))).toBe('1:0 new:1 2:1 3:1 4:0 5:1 6:1');
    expect(shape(edit(sectioned, { op: 'addTask', afterTaskId: id(3) }))).toBe('1:0 2:1 3:1 new:1 4:0 5:1 6:1');
    expect(shape(edit(sectioned, { op: 'addTask', afterTaskId: null }))).toBe('new:0 1:0 2:1 3:1 4:0 5:1 6:1');
  });

  it('deleting a summary deletes its section with the links of its tasks', () => {
    const next = edit(sectioned, { op: 'deleteTasks', taskIds: [id(4)] });
    const gone = new Set([id(4), id(5), id(6)]);
    expect(next.tasks.some((t) => gone.has(t.id))).toBe(false);
    expect(next.tasks).toHaveLength(flat.tasks.length - 3);
    expect(next.links.some((l) => gone.has(l.predecessorId) || gone.has(l.successorId))).toBe(false);
  });

  it('sets the plan numbering as typed, trimmed, never renumbered by other edits', () => {
    let next = edit(sectioned, { op: 'updateTask', taskId: id(1), changes: { wbs: ' I ' } });
    next = edit(next, { op: 'moveTasks', taskIds: [id(1)], direction: 'down' });
    expect(next.tasks.find((t) => t.id === id(1))?.wbs).toBe('I');
    expect(() => applyEdit(sectioned, { op: 'updateTask', taskId: id(1), changes: { wbs: 'x'.repeat(65) } }, ctx)).toThrow(/Số thứ tự theo kế hoạch dài quá/u);
  });

  it('labels the history in both languages', () => {
    expect(describeEdit({ op: 'indentTasks', taskIds: [id(3)] }, sectioned, 'vi')).toBe('Tăng thụt lề STT 3');
    expect(describeEdit({ op: 'outdentTasks', taskIds: [id(3)] }, sectioned, 'en')).toBe('Outdent task 3');
    expect(describeEdit({ op: 'placeTasks', taskIds: [id(7)], parentId: id(1), afterTaskId: null }, sectioned, 'vi')).toBe('Chuyển STT 7 vào mục STT 1');
  });
});

describe('dragging a summary bar', () => {
  it('moves every subtask by the same number of working days', () => {
    const before = schedulePlan(sectioned);
    const start = (ps: ReturnType<typeof schedulePlan>, n: number) => viewOfPlanTask(ps, id(n))!.start;
    // Section 4 holds tasks 5 and 6; the link 3 → 4 reaches the section, so 5 starts right after 3 (15/04/2026)
    // and 6 after 5 (04/05). Drag the section one week later.
    const from = start(before, 5);
    const next = edit(sectioned, { op: 'setTaskDates', taskId: id(4), start: '2026-04-22' });
    expect(from).toBe('2026-04-15');
    expect(start(before, 4)).toBe('2026-04-15'); // the summary starts with its first subtask
    const after = schedulePlan(next);
    expect(start(after, 5)).toBe('2026-04-22');
    expect(start(after, 4)).toBe('2026-04-22');
    expect(next.tasks.find((t) => t.id === id(5))?.startNoEarlierThan).toBe('2026-04-22');
    // Task 6 started 04/05: five working days later is 11/05.
    expect(start(before, 6)).toBe('2026-05-04');
    expect(next.tasks.find((t) => t.id === id(6))?.startNoEarlierThan).toBe('2026-05-11');
    expect(() => applyEdit(sectioned, { op: 'setTaskDates', taskId: id(4), finish: '2026-06-30' }, ctx)).toThrow(/công việc tổng hợp/u);
  });
});

describe('outline edit properties', () => {
  const opArb = fc.tuple(fc.constantFrom('indentTasks', 'outdentTasks', 'moveUp', 'moveDown', 'place', 'add', 'delete'), fc.nat(40), fc.nat(40), fc.nat(40));
  it('any sequence of outline edits keeps a valid outline, every task once, and no task lost but those deleted', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 25 }), (ops) => {
        let plan: Plan = sectioned;
        for (const [kind, a, b, c] of ops) {
          const order = tasksInOrder(plan);
          const pick = (n: number) => order[n % order.length]!.id;
          const e: PlanEdit =
            kind === 'moveUp' || kind === 'moveDown' ? { op: 'moveTasks', taskIds: [pick(a)], direction: kind === 'moveUp' ? 'up' : 'down' }
            : kind === 'place' ? { op: 'placeTasks', taskIds: [pick(a)], parentId: b % 3 === 0 ? null : pick(b), afterTaskId: null }
            : kind === 'add' ? { op: 'addTask', afterTaskId: c % 5 === 0 ? null : pick(c) }
            : kind === 'delete' ? { op: 'deleteTasks', taskIds: [pick(a)] }
            : { op: kind, taskIds: [pick(a), pick(b)] };
          if (e.op === 'deleteTasks' && order.length < 3) continue;
          let next: Plan;
          try {
            next = applyEdit(plan, e, ctx);
          } catch {
            continue; // a refused placement (into itself) changes nothing
          }
          expect(outlineProblems(next.tasks)).toEqual([]);
          expect(tasksInOrder(next).map((t) => t.position)).toEqual(next.tasks.map((_, i) => i + 1));
          if (e.op === 'indentTasks' || e.op === 'outdentTasks' || e.op === 'moveTasks' || e.op === 'placeTasks') {
            expect(next.tasks.map((t) => t.id).sort()).toEqual(plan.tasks.map((t) => t.id).sort());
            expect(next.links).toBe(plan.links);
          }
          if (e.op === 'indentTasks' || e.op === 'outdentTasks') {
            // Indent/outdent never reorders rows.
            expect(tasksInOrder(next).map((t) => t.id)).toEqual(order.map((t) => t.id));
          }
          plan = next;
        }
      }),
      { numRuns: 150 },
    );
  });
});
