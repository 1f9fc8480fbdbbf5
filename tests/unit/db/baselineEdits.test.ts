/**
 * saveBaseline / deleteBaseline in the plan file: through the API as the
 * window calls them, undoable, in the history (vi/en), kept by Save and
 * reopen, and merged by index when two people save.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch';
import type { PlanEdit } from '../../../core/edits';
import { tasksInOrder } from '../../../core/model';
import { planTaskViews, schedulePlan } from '../../../core/schedule';
import { applyEditToFile, redoEdit, undoEdit } from '../../../db/editing/applyEditToFile';
import { listHistory } from '../../../db/editing/historyRepo';
import { createApiHandlers } from '../../../db/handlers';
import { openPlanDatabase } from '../../../db/openPlanFile';
import { readPlan } from '../../../db/planStore';
import { openPlanSession, type PlanSession } from '../../../db/session';
import { createTestHost } from '../../support/testHost';
import { edit, planFile, someone } from './document/helpers';
import { AUTHOR, defaultPlanFile, dump, stt } from './editingFixtures';
import { tempDir } from './fixtures';

const sessions: PlanSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

function setup(now = () => new Date(2026, 5, 1, 0, 30)) {
  const opened = defaultPlanFile();
  sessions.push(opened.session);
  const host = createTestHost({ user: 'Lê Văn C', computer: 'PC-QLKH', now });
  const handlers = createApiHandlers(opened.session, host);
  const call = (method: 'applyEdit' | 'undo' | 'redo', ...args: unknown[]) => dispatch(handlers, method, args);
  return { ...opened, call };
}

function onDisk(file: string) {
  const db = openPlanDatabase(file, { readOnly: true });
  try {
    return readPlan(db);
  } finally {
    db.close();
  }
}

describe('saveBaseline / deleteBaseline in the file', () => {
  it('copies every task’s current dates, dated the user’s local day, and one undo removes it', async () => {
    const { call, session, plan } = setup();
    const before = dump(session.db);
    const response = await call('applyEdit', { op: 'saveBaseline', index: 0 });
    expect(response).toMatchObject({ ok: true, value: { undoLabel: 'Lưu kế hoạch gốc số 0 “Kế hoạch được duyệt”' } });
    const stored = readPlan(session.db);
    const [baseline] = stored.baselines!;
    // 00:30 local on 1 June: the date is the user's, whatever the UTC date is.
    expect(baseline).toMatchObject({ index: 0, name: 'Kế hoạch được duyệt', savedOn: '2026-06-01' });
    const views = planTaskViews(schedulePlan(plan));
    expect(baseline!.tasks).toEqual(
      tasksInOrder(plan).map((t) => ({ taskId: t.id, start: views.get(t.id)!.start, finish: views.get(t.id)!.finish, duration: views.get(t.id)!.duration })),
    );
    // The same dates as the file's own task_schedule, summaries included.
    const scheduleRows = session.db.prepare('SELECT task_id AS taskId, start, finish FROM task_schedule').all();
    expect(baseline!.tasks.map(({ taskId, start, finish }) => ({ taskId, start, finish }))).toEqual(expect.arrayContaining(scheduleRows));
    expect(session.db.prepare('SELECT count(*) FROM baseline_tasks WHERE baseline_index = 0').pluck().get()).toBe(plan.tasks.length);
    expect(stt(stored, 1).id).toBe(baseline!.tasks[0]!.taskId);

    expect(await call('undo')).toMatchObject({ ok: true, value: { canRedo: true, redoLabel: 'Lưu kế hoạch gốc số 0 “Kế hoạch được duyệt”' } });
    expect(dump(session.db)).toEqual(before);
    expect('baselines' in readPlan(session.db)).toBe(false);
    await call('redo');
    expect(readPlan(session.db).baselines).toEqual([baseline]);
  });

  it('saving an index again replaces it; others are kept in index order; deleting the last removes the field', () => {
    const { session, plan } = setup();
    const save = (e: PlanEdit) => applyEditToFile(session, e, AUTHOR);
    save({ op: 'saveBaseline', index: 3, name: '  Điều chỉnh tháng 6  ' });
    save({ op: 'saveBaseline', index: 0 });
    save({ op: 'setTaskDates', taskId: stt(plan, 6).id, start: '2026-06-01' });
    save({ op: 'saveBaseline', index: 3, name: 'Điều chỉnh lần 2' });
    const stored = readPlan(session.db);
    expect(stored.baselines!.map((b) => [b.index, b.name, b.savedOn])).toEqual([
      [0, 'Kế hoạch được duyệt', '2026-11-28'],
      [3, 'Điều chỉnh lần 2', '2026-11-28'],
    ]);
    const dates = (index: number) => stored.baselines!.find((b) => b.index === index)!.tasks.find((t) => t.taskId === stt(plan, 6).id);
    expect(dates(0)).toMatchObject({ start: '2026-05-18', finish: '2026-05-22' });
    expect(dates(3)).toMatchObject({ start: '2026-06-01', finish: '2026-06-05', duration: 5 });

    save({ op: 'deleteBaseline', index: 0 });
    save({ op: 'deleteBaseline', index: 3 });
    expect('baselines' in readPlan(session.db)).toBe(false);
    expect(session.db.prepare('SELECT count(*) FROM baseline_tasks').pluck().get()).toBe(0);
    undoEdit(session);
    expect(readPlan(session.db).baselines!.map((b) => b.name)).toEqual(['Điều chỉnh lần 2']);
    redoEdit(session);
    expect(listHistory(session.db).map((h) => [h.label, h.labelEn])).toEqual([
      ['Lưu kế hoạch gốc số 3 “Điều chỉnh tháng 6”', 'Save baseline 3 “Điều chỉnh tháng 6”'],
      ['Lưu kế hoạch gốc số 0 “Kế hoạch được duyệt”', 'Save baseline 0 “Kế hoạch được duyệt”'],
      ['Di chuyển STT 6', 'Move task 6'],
      ['Lưu kế hoạch gốc số 3 “Điều chỉnh lần 2”', 'Save baseline 3 “Điều chỉnh lần 2”'],
      ['Xóa kế hoạch gốc số 0', 'Delete baseline 0'],
      ['Xóa kế hoạch gốc số 3', 'Delete baseline 3'],
    ]);
    // The changes view: one line for the dates of a baseline, not one per task.
    const moved = stored.baselines![1]!.tasks.filter((t, i) => JSON.stringify(t) !== JSON.stringify(stored.baselines![0]!.tasks[i])).length;
    expect(moved).toBeGreaterThan(1); // STT 6 and the tasks after it
    const lines = session.changes().filter((c) => c.subject === 'Kế hoạch gốc số 3');
    expect(lines.filter((c) => c.field === 'Ngày theo kế hoạch gốc').map((c) => c.after)).toEqual([
      `${plan.tasks.length} công việc`, `${moved} công việc`, `${plan.tasks.length} công việc`,
    ]);
  });

  it('refuses a number outside 0–10 and deleting a baseline that is not there, leaving the file as it was', async () => {
    const { call, edited } = setup();
    const bytes = fs.readFileSync(edited);
    const outside = await call('applyEdit', { op: 'saveBaseline', index: 11 });
    expect(outside).toMatchObject({ ok: false, error: { code: 'baseline', message: 'Số kế hoạch gốc phải từ 0 đến 10.', details: { field: 'index' } } });
    const missing = await call('applyEdit', { op: 'deleteBaseline', index: 2 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'baseline', message: 'Không tìm thấy kế hoạch gốc này (có thể đã bị xóa).' } });
    expect(fs.readFileSync(edited).equals(bytes)).toBe(true);
  });

  it('Save writes the baselines to the plan file, and reopening it shows them', () => {
    const { session, file } = setup();
    applyEditToFile(session, { op: 'saveBaseline', index: 1, name: 'Gốc 1' }, AUTHOR);
    const saved = readPlan(session.db).baselines;
    expect(session.save().status).toBe('saved');
    session.close();
    sessions.splice(0);
    const again = openPlanSession(file, { dataDir: tempDir() });
    sessions.push(again);
    expect(again.getPlan().plan.baselines).toEqual(saved);
    expect(onDisk(file).baselines).toEqual(saved);
  });
});

describe('baselines merged by index', () => {
  it('a baseline saved by each colleague at a different index: both are in the file', () => {
    const file = planFile();
    const a = someone('Lan', 'MAY-LAN');
    const b = someone('Hùng', 'MAY-HUNG');
    a.session.open(file);
    b.session.open(file, { mode: 'anyway' });
    edit(a, { op: 'saveBaseline', index: 0 });
    edit(b, { op: 'updateTask', taskId: 't-1', changes: { duration: 8 } });
    edit(b, { op: 'saveBaseline', index: 2, name: 'Hùng điều chỉnh' });
    expect(a.session.save().status).toBe('saved');
    expect(b.session.save()).toMatchObject({ status: 'saved', merged: true, conflicts: [] });
    const merged = onDisk(file);
    expect(merged.baselines!.map((x) => [x.index, x.name])).toEqual([[0, 'Kế hoạch được duyệt'], [2, 'Hùng điều chỉnh']]);
    // Each keeps the dates its author saved: Lan's from before Hùng's new duration.
    const t1 = (index: number) => merged.baselines!.find((x) => x.index === index)!.tasks.find((t) => t.taskId === 't-1')!;
    expect(t1(0)).toEqual({ taskId: 't-1', start: '2026-01-05', finish: '2026-01-09', duration: 5 });
    expect(t1(2)).toEqual({ taskId: 't-1', start: '2026-01-05', finish: '2026-01-14', duration: 8 });
    // Reopened, the merged file still holds both.
    a.session.close();
    const c = someone('Mai', 'MAY-MAI');
    c.session.open(file, { mode: 'anyway' });
    expect(c.session.getPlan().plan.baselines).toEqual(merged.baselines);
  });

  it('one deletes a baseline the other did not touch: it is gone', () => {
    const file = planFile();
    const a = someone('Lan', 'MAY-LAN');
    a.session.open(file);
    edit(a, { op: 'saveBaseline', index: 0 });
    a.session.save();
    const b = someone('Hùng', 'MAY-HUNG');
    b.session.open(file, { mode: 'anyway' });
    edit(a, { op: 'deleteBaseline', index: 0 });
    edit(b, { op: 'updateTask', taskId: 't-1', changes: { notes: 'Hùng' } });
    a.session.save();
    expect(b.session.save()).toMatchObject({ status: 'saved', conflicts: [] });
    expect(onDisk(file).baselines).toBeUndefined();
  });

  it('the same index saved differently by both is a conflict; the chosen side’s baseline is written', () => {
    const file = planFile();
    const a = someone('Lan', 'MAY-LAN');
    const b = someone('Hùng', 'MAY-HUNG');
    a.session.open(file);
    b.session.open(file, { mode: 'anyway' });
    edit(a, { op: 'saveBaseline', index: 0, name: 'Bản của Lan' });
    edit(b, { op: 'saveBaseline', index: 0, name: 'Bản của Hùng' });
    a.session.save();
    const step = b.session.save();
    expect(step.status).toBe('conflicts');
    expect(step.conflicts).toMatchObject([
      { id: 'baseline:0:baseline', label: 'Kế hoạch gốc số 0', fieldLabel: 'Kế hoạch gốc (ngày đã lưu)', display: { mine: '“Bản của Hùng”, lưu ngày 28/11/2026', theirs: '“Bản của Lan”, lưu ngày 28/11/2026' } },
    ]);
    expect(b.session.resolveMerge({ 'baseline:0:baseline': 'theirs' }).status).toBe('saved');
    expect(onDisk(file).baselines!.map((x) => x.name)).toEqual(['Bản của Lan']);
  });
});
