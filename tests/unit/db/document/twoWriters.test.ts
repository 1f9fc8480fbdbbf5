import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../core/api/dispatch';
import { lockPathFor } from '../../../../db/document/lock';
import { createApiHandlers } from '../../../../db/handlers';
import { openPlanDatabase } from '../../../../db/openPlanFile';
import { readPlan } from '../../../../db/planStore';
import { undoEdit } from '../../../../db/editing/applyEditToFile';
import { edit, makeFixturePlan, planFile, someone, task, tempDir } from './helpers';

function onDisk(file: string) {
  const db = openPlanDatabase(file, { readOnly: true });
  try {
    return readPlan(db);
  } finally {
    db.close();
  }
}

describe('two people editing the same file', () => {
  it('tells the second who has it open; they may open read-only, a copy, or anyway', () => {
    const file = planFile();
    const a = someone('Trần Thị Lan', 'MAY-LAN');
    a.session.open(file);
    const b = someone('Phạm Văn Hùng', 'MAY-HUNG');
    let refused: unknown;
    try {
      b.session.open(file);
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({
      code: 'locked',
      message: expect.stringMatching(/^Đang được mở bởi Trần Thị Lan trên máy MAY-LAN từ 28\/11\/2026 \d\d:30\.$/u),
      details: { user: 'Trần Thị Lan', computer: 'MAY-LAN', since: '2026-11-28T09:30:00.000Z' },
    });
    expect(b.session.isOpen).toBe(false);

    b.session.open(file, { mode: 'readOnly' });
    expect(b.session.state()).toMatchObject({ readOnly: true, readOnlyReason: 'requested', lockedBy: { user: 'Trần Thị Lan', computer: 'MAY-LAN' } });
    expect(() => edit(b, { op: 'updateTask', taskId: 't-1', changes: { name: 'x' } })).toThrow(expect.objectContaining({ code: 'read-only' }));
    expect(() => b.session.save()).toThrow(expect.objectContaining({ code: 'read-only' }));

    b.session.open(file, { mode: 'copy' });
    expect(b.session.state()).toMatchObject({ path: null, fileName: 'Bản sao của Ke-hoach.tiendo', readOnly: false });
    expect(b.session.getPlan().plan).toEqual(makeFixturePlan());

    b.session.open(file, { mode: 'anyway' });
    expect(JSON.parse(fs.readFileSync(lockPathFor(file), 'utf8'))).toMatchObject({ user: 'Phạm Văn Hùng' });
    a.session.close(); // A's close must not remove B's lock
    expect(JSON.parse(fs.readFileSync(lockPathFor(file), 'utf8'))).toMatchObject({ user: 'Phạm Văn Hùng' });
  });

  it('keeps every non-conflicting change of both, presents the conflict, and the chosen value wins', async () => {
    const dir = tempDir();
    const file = planFile(dir);
    const a = someone('Trần Thị Lan', 'MAY-LAN');
    const b = someone('Phạm Văn Hùng', 'MAY-HUNG');
    a.session.open(file);
    b.session.open(file, { mode: 'anyway' });

    edit(a, { op: 'updateTask', taskId: 't-1', changes: { name: 'Khảo sát hiện trạng (Lan)' } });
    edit(a, { op: 'updateTask', taskId: 't-2', changes: { duration: 12 } });
    edit(a, { op: 'deleteLink', linkId: 'l-3' });
    edit(b, { op: 'updateTask', taskId: 't-3', changes: { name: 'Phê duyệt (Hùng)' } });
    edit(b, { op: 'updateTask', taskId: 't-4', changes: { notes: 'Hùng theo dõi' } });
    edit(b, { op: 'updateTask', taskId: 't-2', changes: { duration: 15 } });
    const added = edit(b, { op: 'addTask', afterTaskId: 't-1', name: 'Lấy ý kiến các sở' }).tasks.find((t) => t.name === 'Lấy ý kiến các sở')!;

    expect(a.session.save().status).toBe('saved');
    const afterA = fs.readFileSync(file);
    expect(b.session.state().changedOnDisk).toBe(true);

    // B saves through the API, as the UI would.
    const handlers = createApiHandlers(b.session, b.host);
    const first = await dispatch(handlers, 'save', []);
    expect(first).toMatchObject({
      ok: true,
      value: {
        status: 'conflicts',
        conflicts: [{ id: 'task:t-2:duration', base: 10, mine: 15, theirs: 12, label: 'Công việc STT 2 (“Xây dựng dự thảo”)', fieldLabel: 'Thời lượng' }],
        state: { pendingMerge: true, dirty: true },
      },
    });
    expect(fs.readFileSync(file)).toEqual(afterA); // nothing written while the conflict waits

    const resolved = await dispatch(handlers, 'resolveMerge', [{ choices: { 'task:t-2:duration': 'mine' } }]);
    expect(resolved).toMatchObject({ ok: true, value: { status: 'saved', merged: true, conflicts: [], state: { dirty: false, pendingMerge: false, changedOnDisk: false } } });

    const saved = onDisk(file);
    expect(task(saved, 't-1').name).toBe('Khảo sát hiện trạng (Lan)');
    expect(task(saved, 't-3').name).toBe('Phê duyệt (Hùng)');
    expect(task(saved, 't-4').notes).toBe('Hùng theo dõi');
    expect(task(saved, 't-2').duration).toBe(15); // the chosen value
    expect(task(saved, added.id).name).toBe('Lấy ý kiến các sở');
    expect(saved.links.map((l) => l.id)).toEqual(['l-1', 'l-2']); // Lan's deletion kept
    expect(b.session.getPlan().plan).toEqual(saved);

    // Lan edits again and saves: Hùng's changes are merged in without a question.
    edit(a, { op: 'updateTask', taskId: 't-1', changes: { percentComplete: 50 } });
    expect(a.session.save()).toMatchObject({ status: 'saved', merged: true, conflicts: [] });
    const last = onDisk(file);
    expect(task(last, 't-1')).toMatchObject({ name: 'Khảo sát hiện trạng (Lan)', percentComplete: 50 });
    expect(task(last, 't-2').duration).toBe(15);
    expect(task(last, added.id)).toBeDefined();
    expect(fs.readdirSync(dir).filter((n) => !n.startsWith('.~lock.'))).toEqual(['Ke-hoach.tiendo']);
  });

  it('choosing theirs takes their value; a merge is one undoable history entry', () => {
    const file = planFile();
    const a = someone('Lan', 'MAY-LAN');
    const b = someone('Hùng', 'MAY-HUNG');
    a.session.open(file);
    b.session.open(file, { mode: 'anyway' });
    edit(a, { op: 'updateTask', taskId: 't-2', changes: { duration: 12, notes: 'Lan' } });
    edit(b, { op: 'updateTask', taskId: 't-2', changes: { duration: 15 } });
    a.session.save();
    const step = b.session.save();
    expect(step.conflicts.map((c) => c.id)).toEqual(['task:t-2:duration']);
    b.session.resolveMerge({ 'task:t-2:duration': 'theirs' });
    expect(task(onDisk(file), 't-2')).toMatchObject({ duration: 12, notes: 'Lan' });
    const merge = b.session.changes().filter((c) => c.action.startsWith('Gộp thay đổi'));
    expect(merge.map((c) => [c.user, c.subject, c.field, c.before, c.after])).toEqual([
      ['Hùng', 'Công việc “Xây dựng dự thảo”', 'Ghi chú', 'Ghi chú\nnhiều dòng', 'Lan'],
      ['Hùng', 'Công việc “Xây dựng dự thảo”', 'Thời lượng', '15', '12'],
    ]);
    expect(task(undoEdit(b.session).plan, 't-2')).toMatchObject({ duration: 15, notes: 'Ghi chú\nnhiều dòng' });
  });

  it('a merge waiting for choices is recomputed if the plan was edited meanwhile', () => {
    const file = planFile();
    const a = someone('Lan', 'MAY-LAN');
    const b = someone('Hùng', 'MAY-HUNG');
    a.session.open(file);
    b.session.open(file, { mode: 'anyway' });
    edit(a, { op: 'updateTask', taskId: 't-2', changes: { duration: 12 } });
    edit(b, { op: 'updateTask', taskId: 't-2', changes: { duration: 15 } });
    a.session.save();
    expect(b.session.save().status).toBe('conflicts');
    edit(b, { op: 'updateTask', taskId: 't-4', changes: { notes: 'sửa trong lúc chờ' } });
    expect(b.session.resolveMerge({ 'task:t-2:duration': 'mine' }).status).toBe('saved');
    expect(task(onDisk(file), 't-4').notes).toBe('sửa trong lúc chờ');
    expect(() => b.session.resolveMerge({})).toThrow(expect.objectContaining({ code: 'no-merge' }));
  });

  it('merges a colleague’s copy edited from a copy sent earlier, without undoing what I did since', () => {
    const dir = tempDir();
    const file = planFile(dir);
    const a = someone('Lan', 'MAY-LAN');
    a.session.open(file);
    const sent = path.join(dir, 'gui-Hung.tiendo');
    a.session.saveCopy(sent, { withoutHistory: true });
    // after sending, Lan renames a task and saves
    edit(a, { op: 'updateTask', taskId: 't-3', changes: { name: 'Phê duyệt (sau khi gửi)' } });
    a.session.save();

    // Hùng edits the copy he received, on his computer
    const b = someone('Hùng', 'MAY-HUNG');
    b.session.open(sent);
    edit(b, { op: 'updateTask', taskId: 't-4', changes: { notes: 'Hùng góp ý' } });
    edit(b, { op: 'updateTask', taskId: 't-1', changes: { deliverable: 'Báo cáo khảo sát (bản Hùng)' } });
    b.session.save();
    b.session.close();

    a.host.openAnswers.push(sent);
    const outcome = a.session.mergeColleagueCopy(sent);
    expect(outcome).toMatchObject({ status: 'merged', conflicts: [] });
    const merged = a.session.getPlan().plan;
    expect(task(merged, 't-3').name).toBe('Phê duyệt (sau khi gửi)'); // base = the sent copy: my later edit is not undone
    expect(task(merged, 't-4').notes).toBe('Hùng góp ý');
    expect(task(merged, 't-1').deliverable).toBe('Báo cáo khảo sát (bản Hùng)');
    expect(a.session.state().dirty).toBe(true); // merged into the working copy, saved by the next Save

    const stranger = planFile(tempDir(), 'khac.tiendo', { ...makeFixturePlan(), tasks: [], links: [], units: [] });
    expect(() => a.session.mergeColleagueCopy(stranger)).toThrow(expect.objectContaining({ code: 'different-plan' }));
    expect(() => a.session.mergeColleagueCopy(file)).toThrow(expect.objectContaining({ code: 'same-file' }));
  });
});
