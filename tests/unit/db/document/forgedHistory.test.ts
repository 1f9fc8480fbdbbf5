/**
 * A file's edit history is checked on open like its rows: a forged label of
 * megabytes or a row image that undo cannot apply is dropped from the
 * working copy with a notice; the plan opens, the page never receives the
 * forged text, and undo says there is nothing to undo instead of an SQLite
 * or JSON error. A sound history is kept and undoable.
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../core/api/dispatch';
import { createApiHandlers } from '../../../../db/handlers';
import { Database } from '../../../../db/sqlite';
import { createTestHost } from '../../../support/testHost';
import { edit, planFile, someone, task } from './helpers';

function fileWithHistory(): string {
  const file = planFile();
  const p = someone('Hùng', 'MAY-HUNG');
  p.session.open(file);
  edit(p, { op: 'updateTask', taskId: 't-1', changes: { notes: 'sửa 1' } });
  edit(p, { op: 'updateTask', taskId: 't-2', changes: { duration: 7 } });
  p.session.save();
  p.session.close();
  return file;
}

function forge(file: string, sql: string): string {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
  return file;
}

const FORGERIES: [kind: string, sql: string][] = [
  ['a 5 MB label', `UPDATE edit_history SET label = '${'L'.repeat(5_000_000)}' WHERE batch_id = 2`],
  ['a row image that is not JSON', "UPDATE edit_history_rows SET before_row = '{không phải JSON' WHERE batch_id = 2"],
  ['a row image missing columns (“Too few parameter values”)', `UPDATE edit_history_rows SET before_row = '{"id":"t-2"}' WHERE batch_id = 2`],
  ['a row image with a foreign column', `UPDATE edit_history_rows SET before_row = json_set(before_row, '$.evil', 1) WHERE batch_id = 2`],
];

describe('forged edit history', () => {
  it.each(FORGERIES)('%s: the plan opens with a notice, the history is dropped, undo has nothing to undo', async (_kind, sql) => {
    const file = forge(fileWithHistory(), sql);
    const p = someone('Lan', 'MAY-LAN');
    const opened = p.session.open(file);
    expect(task(opened.plan, 't-2').duration).toBe(7);
    expect(p.session.state()).toMatchObject({ dirty: false, notice: expect.stringMatching(/Lịch sử chỉnh sửa trong tệp “Ke-hoach.tiendo” bị hỏng .* nên đã được bỏ qua/u) });
    const handlers = createApiHandlers(p.session, createTestHost());
    const history = await dispatch(handlers, 'getHistory', []);
    expect(history).toEqual({ ok: true, value: [] });
    expect(await dispatch(handlers, 'undo', [])).toMatchObject({ ok: false, error: { code: 'nothing-to-undo' } });
  });

  it('a sound history is kept: undo goes back through it', async () => {
    const p = someone('Lan', 'MAY-LAN');
    p.session.open(fileWithHistory());
    expect(p.session.state().notice).toBeNull();
    const handlers = createApiHandlers(p.session, createTestHost());
    expect(await dispatch(handlers, 'undo', [])).toMatchObject({ ok: true });
    expect(task(p.session.getPlan().plan, 't-2').duration).not.toBe(7);
  });
});
