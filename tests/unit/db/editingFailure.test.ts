/**
 * An edit that fails half-way through its writes leaves the file exactly as
 * it was: same bytes, no history entry, and the PlanError reaches the caller.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../core/api/dispatch';
import { createApiHandlers } from '../../../db/handlers';
import { applyEditToFile, undoEdit } from '../../../db/editing/applyEditToFile';
import { listHistory } from '../../../db/editing/historyRepo';
import type { RowChange } from '../../../db/editing/rows';
import type { PlanSession } from '../../../db/session';
import { createTestHost } from '../../support/testHost';
import { AUTHOR, defaultPlanFile, dump, stt } from './editingFixtures';

// Sabotage: the diff gains, after the edit's real changes, a link row breaking a CHECK
// (lag beyond ±100,000), so the real rows are written before the statement that fails.
const sabotage = vi.hoisted(() => ({ on: false }));
vi.mock('../../../db/editing/rows', async (importOriginal) => {
  const rows = await importOriginal<typeof import('../../../db/editing/rows')>();
  return {
    ...rows,
    diffRows: (...args: Parameters<typeof rows.diffRows>): RowChange[] => {
      const changes = rows.diffRows(...args);
      if (!sabotage.on) return changes;
      const tasks = [...args[1].get('tasks')!.values()];
      const bad = { id: 'bad-link', predecessor_id: tasks[0]!.id ?? null, successor_id: tasks[1]!.id ?? null, type: 'FS', lag: 999_999 };
      const sabotaged: RowChange = { table: 'links', key: '["bad-link"]', before: null, after: bad };
      return [...changes, sabotaged];
    },
  };
});

const sessions: PlanSession[] = [];
afterEach(() => {
  sabotage.on = false;
  sessions.splice(0).forEach((s) => s.close());
});

describe('a failed edit', () => {
  it('rolls back every row already written: same bytes, no history, the error reaches the UI', async () => {
    const { session, edited: file, plan } = defaultPlanFile();
    sessions.push(session);
    const bytes = fs.readFileSync(file);
    const handlers = createApiHandlers(session, createTestHost());
    sabotage.on = true;
    const edit = { op: 'deleteTasks', taskIds: [stt(plan, 5).id] }; // renumbers 12 tasks, removes 2 links
    const response = await dispatch(handlers, 'applyEdit', [edit]);
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid-data' } });
    expect(!response.ok && response.error.message).toMatch(/^Không lưu được thay đổi: dữ liệu vi phạm ràng buộc/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(listHistory(session.db)).toEqual([]);
    expect(session.getPlan().plan).toEqual(plan);
    expect(fs.existsSync(`${file}-journal`)).toBe(false);

    sabotage.on = false; // the same edit then goes through
    expect((await dispatch(handlers, 'applyEdit', [edit])).ok).toBe(true);
  });

  it('refuses to undo over rows changed outside the history, leaving the file unchanged', () => {
    const { session, edited: file, plan } = defaultPlanFile();
    sessions.push(session);
    applyEditToFile(session, { op: 'updateTask', taskId: stt(plan, 2).id, changes: { name: 'Tên mới' } }, AUTHOR);
    session.db.prepare("UPDATE tasks SET name = 'Sửa bằng công cụ khác' WHERE id = ?").run(stt(plan, 2).id);
    const before = dump(session.db);
    const bytes = fs.readFileSync(file);
    expect(() => undoEdit(session)).toThrow(expect.objectContaining({ code: 'edit-conflict' }));
    expect(dump(session.db)).toEqual(before);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('rolls back an undo whose recorded images break a constraint half-way', () => {
    const { session, edited: file, plan } = defaultPlanFile();
    sessions.push(session);
    applyEditToFile(session, { op: 'deleteTasks', taskIds: [stt(plan, 5).id] }, AUTHOR);
    // Corrupt the before-image of the deleted task (written last on undo: inserts come after updates).
    session.db
      .prepare(
        `UPDATE edit_history_rows SET before_row = json_set(before_row, '$.percent_complete', 150)
          WHERE table_name = 'tasks' AND after_row IS NULL`,
      )
      .run();
    const before = dump(session.db);
    const bytes = fs.readFileSync(file);
    expect(() => undoEdit(session)).toThrow(expect.objectContaining({ code: 'invalid-data' }));
    expect(dump(session.db)).toEqual(before);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(listHistory(session.db).map((h) => h.undone)).toEqual([false]);
  });
});
