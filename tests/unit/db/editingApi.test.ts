/** The editing API as the renderer calls it: through dispatch, on a real default-plan file. */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch';
import type { EditResult } from '../../../core/api/features/editing';
import type { PlanEdit } from '../../../core/edits';
import { applyPlanDelta } from '../../../core/planDelta';
import { createApiHandlers } from '../../../db/handlers';
import { openPlanSession, type PlanSession } from '../../../db/session';
import { createTestHost } from '../../support/testHost';
import { defaultPlanFile, dump, stt } from './editingFixtures';
import { tempDir } from './fixtures';

const sessions: PlanSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

function setup() {
  const opened = defaultPlanFile();
  sessions.push(opened.session);
  const host = createTestHost({ user: 'Lê Văn C', computer: 'PC-QLKH', now: () => new Date('2026-06-01T08:00:00Z') });
  const handlers = createApiHandlers(opened.session, host);
  const call = (method: 'applyEdit' | 'undo' | 'redo' | 'getHistory', ...args: unknown[]) => dispatch(handlers, method, args);
  return { ...opened, call };
}

/** Sends an edit that must be refused; checks the message, the field, and that the file kept its bytes. */
async function expectRefused(ctx: ReturnType<typeof setup>, edit: PlanEdit, message: string | RegExp, field: string) {
  const { call, edited: file } = ctx;
  const bytes = fs.readFileSync(file);
  const response = await call('applyEdit', edit);
  expect(response.ok).toBe(false);
  if (response.ok) return;
  if (typeof message === 'string') expect(response.error.message).toBe(message);
  else expect(response.error.message).toMatch(message);
  expect(response.error.details).toEqual({ field });
  expect(fs.readFileSync(file).equals(bytes)).toBe(true);
}

describe('editing API', () => {
  it('returns the stored plan, undo state and labels; history names the user, computer and time', async () => {
    const { call, plan, file, session } = setup();
    const shown = session.getPlan();
    expect(shown).toMatchObject({ path: file, fileName: 'ke-hoach.tiendo', readOnly: false });
    const response = await call('applyEdit', { op: 'addTask', afterTaskId: stt(plan, 3).id, name: 'Họp góp ý' });
    expect(response.ok).toBe(true);
    const value = (response as { value: EditResult }).value;
    expect(value).toMatchObject({ canUndo: true, canRedo: false, undoLabel: 'Thêm công việc sau STT 3', redoLabel: null, notice: null });
    // The answer carries the change to the plan the window holds, not the plan (issue 12).
    expect(value.planChange.baseRevision).toBe(shown.revision);
    expect(value.planChange.delta.tasks.changed.length).toBeLessThan(plan.tasks.length);
    const edited = applyPlanDelta(shown.plan, value.planChange.delta);
    expect(edited).toEqual(session.getPlan().plan);
    expect(value.planChange.revision).toBe(session.getPlan().revision);
    expect(stt(edited, 4)).toMatchObject({ id: value.createdId, name: 'Họp góp ý', position: 4, duration: 1 });
    expect(stt(edited, 18).id).toBe(stt(plan, 17).id);
    const undo = await call('undo');
    expect(undo).toMatchObject({ ok: true, value: { canUndo: false, canRedo: true, redoLabel: 'Thêm công việc sau STT 3' } });
    expect(await call('getHistory')).toEqual({
      ok: true,
      value: [{ batchId: 1, label: 'Thêm công việc sau STT 3', labelEn: 'Insert task after 3', user: 'Lê Văn C',
        computer: 'PC-QLKH', at: '2026-06-01T08:00:00.000Z', undone: true }],
    });
    expect(await call('redo')).toMatchObject({ ok: true, value: { canUndo: true, canRedo: false } });
  });

  it('refuses a link that closes a loop, naming the loop', async () => {
    const ctx = setup();
    const { plan } = ctx;
    await expectRefused(ctx,
      { op: 'addLink', predecessorId: stt(plan, 13).id, successorId: stt(plan, 12).id, type: 'FS', lag: 0 },
      'Liên kết tạo vòng lặp: 12. Hoàn thiện hồ sơ trình UBND TP… → 13. Trình UBND TP xem xét, báo cáo… → 12. Hoàn thiện hồ sơ trình UBND TP…',
      'successorId',
    );
    await expectRefused(ctx,
      { op: 'addLink', predecessorId: stt(plan, 17).id, successorId: stt(plan, 1).id, type: 'FS', lag: 0 },
      /^Liên kết tạo vòng lặp: 1\. .* → 2\. .* → 17\. .* → 1\. /,
      'successorId',
    );
  });

  it('refuses self-links and duplicate links', async () => {
    const ctx = setup();
    const { plan } = ctx;
    const t = (n: number) => stt(plan, n).id;
    await expectRefused(ctx, { op: 'addLink', predecessorId: t(4), successorId: t(4), type: 'FS', lag: 0 },
      'Công việc không thể liên kết với chính nó.', 'successorId');
    await expectRefused(ctx, { op: 'addLink', predecessorId: t(4), successorId: t(5), type: 'SS', lag: 2 },
      'Đã có liên kết từ STT 4 tới STT 5.', 'successorId');
  });

  it('refuses an unknown unit, a negative duration, a percent over 100 and a finish before the start', async () => {
    const ctx = setup();
    const { plan } = ctx;
    const t = stt(plan, 3).id;
    await expectRefused(ctx, { op: 'updateTask', taskId: t, changes: { leadUnitId: 'khong-co' } }, 'Đơn vị không có trong danh mục.', 'leadUnitId');
    await expectRefused(ctx, { op: 'updateTask', taskId: t, changes: { coordinatingUnitIds: ['khong-co'] } },
      'Đơn vị không có trong danh mục.', 'coordinatingUnitIds');
    await expectRefused(ctx, { op: 'updateTask', taskId: t, changes: { duration: -3 } }, 'Thời lượng không được âm.', 'duration');
    await expectRefused(ctx, { op: 'updateTask', taskId: t, changes: { percentComplete: 120 } },
      'Phần trăm hoàn thành phải từ 0 đến 100.', 'percentComplete');
    await expectRefused(ctx, { op: 'setTaskDates', taskId: t, start: '2026-05-10', finish: '2026-05-04' },
      'Ngày kết thúc phải sau ngày bắt đầu.', 'finish');
    await expectRefused(ctx, { op: 'setTaskDates', taskId: t, finish: '2026-04-01' }, 'Ngày kết thúc phải sau ngày bắt đầu.', 'finish');
    await expectRefused(ctx, { op: 'setTaskDates', taskId: t, start: '2026-02-30' }, 'Ngày bắt đầu: “2026-02-30” không phải là ngày hợp lệ.', 'start');
    await expectRefused(ctx, { op: 'updateTask', taskId: t, changes: { name: 'x'.repeat(2_001) } }, 'Tên công việc dài quá 2.000 ký tự.', 'name');
    await expectRefused(ctx, { op: 'deleteTasks', taskIds: ['khong-co'] }, 'Không tìm thấy công việc (có thể đã bị xóa).', 'taskIds');
  });

  it('keeps unreadable window text and clears the window dates', async () => {
    const { call, plan, session } = setup();
    const task = stt(plan, 9);
    expect(task.windowStart).toBe('2026-06-01');
    const response = await call('applyEdit', { op: 'updateTask', taskId: task.id, changes: { windowText: 'Sau khi có ý kiến' } });
    expect(response.ok).toBe(true);
    const row = session.db.prepare('SELECT window_text, window_start, window_end FROM tasks WHERE id = ?').get(task.id);
    expect(row).toEqual({ window_text: 'Sau khi có ý kiến', window_start: null, window_end: null });
    await call('applyEdit', { op: 'updateTask', taskId: task.id, changes: { windowText: 'Quý III/2026' } });
    expect(session.db.prepare('SELECT window_start, window_end FROM tasks WHERE id = ?').get(task.id))
      .toEqual({ window_start: '2026-07-01', window_end: '2026-09-30' });
  });

  it('refuses every edit, undo and redo on a read-only file', async () => {
    const { file, plan } = setup();
    const session = openPlanSession(file, { readOnly: true, dataDir: tempDir() });
    sessions.push(session);
    const handlers = createApiHandlers(session, createTestHost());
    const bytes = fs.readFileSync(session.db.name);
    for (const [method, args] of [
      ['applyEdit', [{ op: 'updateTask', taskId: stt(plan, 1).id, changes: { name: 'Không được' } }]],
      ['undo', []],
      ['redo', []],
    ] as const) {
      const response = await dispatch(handlers, method, args);
      expect(response).toMatchObject({ ok: false, error: { code: 'read-only' } });
      expect(!response.ok && response.error.message).toMatch(/^Tệp đang mở chỉ đọc/);
    }
    expect(fs.readFileSync(session.db.name).equals(bytes)).toBe(true);
  });

  it('rejects a malformed command before any handler runs', async () => {
    const { call, session } = setup();
    const before = dump(session.db);
    expect(await call('applyEdit', { op: 'dropTable', table: 'tasks' })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await call('applyEdit', { op: 'updateTask', taskId: 'x', changes: { position: 1 } }))
      .toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(dump(session.db)).toEqual(before);
  });
});

describe('unit directory edits', () => {
  it('renaming a unit renames it for every task that names it', async () => {
    const { call, plan, session } = setup();
    const unit = plan.units.find((u) => u.name === 'Phòng Quản lý Khoa học')!;
    await call('applyEdit', { op: 'renameUnit', unitId: unit.id, name: 'Phòng QLKH' });
    const leads = session.db
      .prepare('SELECT t.position, u.name FROM tasks t JOIN units u ON u.id = t.lead_unit_id ORDER BY t.position')
      .all() as { position: number; name: string }[];
    const expected = plan.tasks.filter((t) => t.leadUnitId === unit.id).map((t) => t.position);
    expect(expected.length).toBeGreaterThan(5);
    expect(leads.filter((r) => r.name === 'Phòng QLKH').map((r) => r.position)).toEqual(expected);
    expect(leads.some((r) => r.name === 'Phòng Quản lý Khoa học')).toBe(false);
    const response = await call('applyEdit', { op: 'renameUnit', unitId: unit.id, name: '  văn PHÒNG sở ' });
    expect(response).toMatchObject({ ok: false, error: { message: 'Đơn vị “Văn phòng Sở” đã có trong danh mục.' } });
  });

  it('merging moves every lead and coordinator reference to the target and deletes the source', async () => {
    const { call, plan, session } = setup();
    const source = plan.units.find((u) => u.name === 'Văn phòng Sở')!;
    const target = plan.units.find((u) => u.name === 'Phòng Quản lý Khoa học')!;
    const response = await call('applyEdit', { op: 'mergeUnits', sourceUnitId: source.id, targetUnitId: target.id });
    expect(response.ok).toBe(true);
    const db = session.db;
    expect(db.prepare('SELECT count(*) FROM units WHERE id = ?').pluck().get(source.id)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM tasks WHERE lead_unit_id = ?').pluck().get(source.id)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM task_coordinators WHERE unit_id = ?').pluck().get(source.id)).toBe(0);
    const ledBefore = plan.tasks.filter((t) => t.leadUnitId === source.id || t.leadUnitId === target.id).map((t) => t.id).sort();
    expect(db.prepare('SELECT id FROM tasks WHERE lead_unit_id = ? ORDER BY id').pluck().all(target.id)).toEqual(ledBefore);
    // STT 1 was led by the target with the source coordinating: nothing is left to coordinate.
    expect(db.prepare('SELECT count(*) FROM task_coordinators WHERE task_id = ?').pluck().get(stt(plan, 1).id)).toBe(0);
    // STT 17 was led by the source, coordinated by the target and others: the target leads, the others stay in order.
    const names = db
      .prepare('SELECT u.name FROM task_coordinators c JOIN units u ON u.id = c.unit_id WHERE c.task_id = ? ORDER BY c.position')
      .pluck()
      .all(stt(plan, 17).id);
    expect(names).toEqual(['Đơn vị tư vấn', 'Sở Tài chính']);
    expect(db.prepare('SELECT position FROM units ORDER BY position').pluck().all()).toEqual(
      plan.units.slice(1).map((_, i) => i + 1),
    );
  });
});
