import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../core/api/dispatch';
import { createApiHandlers } from '../../../../db/handlers';
import { edit, planFile, snapshot, someone, tempDir } from './helpers';

describe('changes view', () => {
  it('lists who changed which field of what, when, old → new, newest first', async () => {
    const a = someone('Trần Thị Lan', 'MAY-LAN');
    a.session.open(planFile());
    edit(a, { op: 'updateTask', taskId: 't-2', changes: { name: 'Xây dựng dự thảo kế hoạch', actualStart: '2026-02-04' } });
    edit(a, { op: 'updateLink', linkId: 'l-1', lag: 2 });
    edit(a, { op: 'addCalendarException', date: '2026-09-02', kind: 'holiday', name: 'Quốc khánh' });
    const changes = (await dispatch(createApiHandlers(a.session, a.host), 'getChanges', [])) as { ok: true; value: unknown[] };
    expect(changes.ok).toBe(true);
    const lines = changes.value.map((c) => {
      const { subject, field, before, after, user } = c as Record<string, string>;
      return `${user} | ${subject} | ${field}: ${before} → ${after}`;
    });
    expect(lines).toEqual([
      'Trần Thị Lan | Lịch làm việc — ngày 02/09/2026 | Đã thêm:  → Ngày nghỉ: Quốc khánh',
      'Trần Thị Lan | Liên kết “Khảo sát hiện trạng” → “Xây dựng dự thảo kế hoạch” | Độ trễ: 0 → 2',
      'Trần Thị Lan | Công việc “Xây dựng dự thảo kế hoạch” | Tên: Xây dựng dự thảo → Xây dựng dự thảo kế hoạch',
      'Trần Thị Lan | Công việc “Xây dựng dự thảo kế hoạch” | Bắt đầu thực tế: (trống) → 04/02/2026',
    ]);
    expect(changes.value[0]).toMatchObject({ computer: 'MAY-LAN', at: '2026-11-28T09:30:00.000Z', atText: expect.stringMatching(/^28\/11\/2026 \d\d:30$/u), undone: false });
  });

  it('is empty for a copy saved without its history', () => {
    const dir = tempDir();
    const a = someone('Lan', 'MAY-LAN');
    a.session.open(planFile(dir));
    edit(a, { op: 'updateTask', taskId: 't-1', changes: { notes: 'x' } });
    const copy = path.join(dir, 'gui.tiendo');
    a.session.saveCopy(copy, { withoutHistory: true });
    const b = someone('Hùng', 'MAY-HUNG');
    b.session.open(copy);
    expect(b.session.changes()).toEqual([]);
  });
});

describe('sharing API through dispatch', () => {
  it('recovers through listRecoverable / recover / discardRecovery', async () => {
    const dataDir = tempDir();
    const file = planFile();
    const a = someone('Lan', 'MAY-LAN', { dataDir });
    a.session.open(file);
    edit(a, { op: 'updateTask', taskId: 't-1', changes: { notes: 'mất điện' } });
    a.session.close();
    const b = someone('Lan', 'MAY-LAN', { dataDir });
    const api = createApiHandlers(b.session, b.host);
    const listed = (await dispatch(api, 'listRecoverable', [])) as { ok: true; value: { id: string }[] };
    expect(listed.value).toHaveLength(1);
    expect(await dispatch(api, 'recover', [{ id: 'không-phải-uuid' }])).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    const recovered = (await dispatch(api, 'recover', [{ id: listed.value[0]!.id }])) as { ok: true; value: { path: string; plan: { tasks: { notes: string }[] } } };
    expect(recovered.value.path).toBe(file);
    expect(recovered.value.plan.tasks[0]!.notes).toBe('mất điện');
    expect(await dispatch(api, 'closePlan', [])).toMatchObject({ ok: true, value: { closed: false, dirty: true } });
    expect(await dispatch(api, 'closePlan', [{ discardChanges: true }])).toMatchObject({ ok: true, value: { closed: true } });
    expect(await dispatch(api, 'listRecoverable', [])).toEqual({ ok: true, value: [] });
    expect(await dispatch(api, 'getDocumentState', [])).toMatchObject({ ok: false, error: { code: 'no-plan', message: 'Chưa mở tệp kế hoạch nào.' } });
  });

  it('openPlanWith a lock: locked → read-only; cancelled dialogs return null and change nothing', async () => {
    const dir = tempDir();
    const file = planFile(dir);
    const a = someone('Lan', 'MAY-LAN');
    a.session.open(file);
    const b = someone('Hùng', 'MAY-HUNG');
    const api = createApiHandlers(b.session, b.host);
    expect(await dispatch(api, 'openPlan', [file])).toMatchObject({ ok: false, error: { code: 'locked', details: { user: 'Lan', computer: 'MAY-LAN' } } });
    expect(await dispatch(api, 'openPlanWith', [file, { mode: 'readOnly' }])).toMatchObject({ ok: true, value: { readOnly: true } });
    expect(await dispatch(api, 'openPlanWith', [file, { mode: 'bogus' }])).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    const before = snapshot(dir);
    expect(await dispatch(api, 'saveAs', [])).toEqual({ ok: true, value: null });
    expect(await dispatch(api, 'saveCopyForColleague', [{ withoutHistory: true }])).toEqual({ ok: true, value: null });
    expect(await dispatch(api, 'mergeColleagueCopy', [])).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(snapshot(dir)).toEqual(before);
    expect(b.host.asked.map((q) => q.title)).toEqual(['Lưu kế hoạch thành', 'Lưu bản sao gửi đồng nghiệp']);
    b.host.saveAnswers.push(path.join(dir, 'ban-cua-Hung.tiendo'));
    expect(await dispatch(api, 'saveCopyForColleague', [{ withoutHistory: false }])).toMatchObject({ ok: true, value: { path: path.join(dir, 'ban-cua-Hung.tiendo') } });
    expect(fs.existsSync(path.join(dir, 'ban-cua-Hung.tiendo'))).toBe(true);
  });
});
