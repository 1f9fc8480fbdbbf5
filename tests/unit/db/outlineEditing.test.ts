/** Outline edits on a real plan file: one undo step each, redo, and the outline survives save and reopen. */
import { afterEach, describe, expect, it } from 'vitest';
import { applyEditToFile, redoEdit, undoEdit } from '../../../db/editing/applyEditToFile';
import { readPlan } from '../../../db/planStore';
import { openPlanSession, type PlanSession } from '../../../db/session';
import { outlineRows } from '../../../core/outline';
import { tasksInOrder, type Plan } from '../../../core/model';
import { AUTHOR, defaultPlanFile, dump, stt } from './editingFixtures';
import { tempDir } from './fixtures';

const sessions: PlanSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

const depths = (plan: Plan) => outlineRows(tasksInOrder(plan)).slice(0, 6).map((r) => r.depth);

describe('outline edits in the file', () => {
  it('indent, outdent, move and delete of a section are one undo step each and survive save and reopen', () => {
    const { file, session, plan } = defaultPlanFile();
    sessions.push(session);
    const [t1, t2, t3, t4] = [1, 2, 3, 4].map((n) => stt(plan, n).id) as [string, string, string, string];
    const original = dump(session.db);

    let result = applyEditToFile(session, { op: 'indentTasks', taskIds: [t2, t3] }, AUTHOR);
    expect(depths(result.plan)).toEqual([0, 1, 1, 0, 0, 0]);
    expect(result.undoLabel).toBe('Tăng thụt lề 2 công việc');
    const indented = dump(session.db);
    expect(session.db.prepare('SELECT parent_id FROM tasks WHERE id = ?').pluck().get(t3)).toBe(t1);

    result = applyEditToFile(session, { op: 'updateTask', taskId: t1, changes: { wbs: 'I' } }, AUTHOR);
    result = applyEditToFile(session, { op: 'moveTasks', taskIds: [t1], direction: 'down' }, AUTHOR);
    expect(tasksInOrder(result.plan).slice(0, 4).map((t) => t.id)).toEqual([t4, t1, t2, t3]);

    // Undo the move: back to the indented outline exactly (one step), then redo it.
    undoEdit(session);
    result = undoEdit(session);
    expect(dump(session.db)).toEqual(indented);
    result = redoEdit(session);
    result = redoEdit(session);
    expect(tasksInOrder(result.plan)[1]!.id).toBe(t1);

    session.save();
    session.close();
    const reopened = openPlanSession(file, { dataDir: tempDir() });
    sessions.push(reopened);
    const saved = reopened.getPlan().plan;
    expect(saved).toEqual(result.plan);
    expect(saved.tasks.find((t) => t.id === t1)).toMatchObject({ wbs: 'I', parentId: null });
    expect(saved.tasks.find((t) => t.id === t2)?.parentId).toBe(t1);

    // Deleting the section takes its subtasks; one undo brings all three back with their links.
    result = applyEditToFile(reopened, { op: 'deleteTasks', taskIds: [t1] }, AUTHOR);
    expect(result.plan.tasks.some((t) => [t1, t2, t3].includes(t.id))).toBe(false);
    undoEdit(reopened);
    expect(readPlan(reopened.db)).toEqual(saved);
    // Outdent both back: the flat plan again.
    applyEditToFile(reopened, { op: 'outdentTasks', taskIds: [t2, t3] }, AUTHOR);
    applyEditToFile(reopened, { op: 'updateTask', taskId: t1, changes: { wbs: '' } }, AUTHOR);
    applyEditToFile(reopened, { op: 'moveTasks', taskIds: [t1, t2, t3], direction: 'up' }, AUTHOR);
    const flat = dump(reopened.db);
    expect(flat.tasks).toEqual(original.tasks);
  });

  it('dragging a summary bar moves the section in one undo step', () => {
    const { session, plan } = defaultPlanFile();
    sessions.push(session);
    const [t4, t5] = [4, 5].map((n) => stt(plan, n).id) as [string, string];
    applyEditToFile(session, { op: 'indentTasks', taskIds: [t5] }, AUTHOR);
    const before = dump(session.db);
    const result = applyEditToFile(session, { op: 'setTaskDates', taskId: t4, start: '2026-05-11' }, AUTHOR);
    expect(result.changed).toBe(true);
    undoEdit(session);
    expect(dump(session.db)).toEqual(before);
  });
});
