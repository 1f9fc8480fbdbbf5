import { afterEach, describe, expect, it } from 'vitest';
import { isoFromLocalDate } from '../../../core/dates';
import { applyEdit, type PlanEdit } from '../../../core/edits';
import { tasksInOrder, type Plan } from '../../../core/model';
import { calendarOf, schedulePlan } from '../../../core/schedule';
import { applyEditToFile, redoEdit, replayBatch, undoEdit } from '../../../db/editing/applyEditToFile';
import { openPlanDatabase } from '../../../db/openPlanFile';
import { listHistory } from '../../../db/editing/historyRepo';
import { readPlan } from '../../../db/planStore';
import type { PlanSession } from '../../../db/session';
import { AUTHOR, defaultPlanFile, dump, scheduleBySTT, stt } from './editingFixtures';

const sessions: PlanSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

function open() {
  const opened = defaultPlanFile();
  sessions.push(opened.session);
  return opened;
}

/** One edit of every command, on the default plan (ids looked up by STT and unit name). */
function everyCommand(plan: Plan): [string, PlanEdit][] {
  const unit = (name: string) => plan.units.find((u) => u.name === name)!.id;
  const link = (from: number, to: number) =>
    plan.links.find((l) => l.predecessorId === stt(plan, from).id && l.successorId === stt(plan, to).id)!.id;
  const t = (n: number) => stt(plan, n).id;
  return [
    ['rename a task', { op: 'updateTask', taskId: t(3), changes: { name: 'Tên mới của công việc 3' } }],
    ['many fields', { op: 'updateTask', taskId: t(8), changes: {
      leadUnitId: unit('Phòng Quản lý Khoa học'), coordinatingUnitIds: [unit('Sở Tài chính'), unit('Đơn vị tư vấn')],
      deliverable: 'Báo cáo', notes: 'Ghi chú', duration: 60, percentComplete: 25 } }],
    ['unreadable window text', { op: 'updateTask', taskId: t(9), changes: { windowText: 'khi nào xong thì thôi' } }],
    ['a milestone', { op: 'updateTask', taskId: t(7), changes: { kind: 'milestone' } }],
    ['manual dates', { op: 'updateTask', taskId: t(16), changes: { manualStart: '2026-11-23', manualFinish: '2026-12-04' } }],
    ['drag a task', { op: 'setTaskDates', taskId: t(6), start: '2026-06-01' }],
    ['change a finish', { op: 'setTaskDates', taskId: t(5), finish: '2026-05-22' }],
    ['insert after 3', { op: 'addTask', afterTaskId: t(3), name: 'Công việc chèn' }],
    ['insert at the top', { op: 'addTask', afterTaskId: null }],
    ['delete linked tasks', { op: 'deleteTasks', taskIds: [t(5), t(13)] }],
    ['move a block up', { op: 'moveTasks', taskIds: [t(6), t(7)], direction: 'up' }],
    ['move down', { op: 'moveTasks', taskIds: [t(1)], direction: 'down' }],
    ['add a link', { op: 'addLink', predecessorId: t(1), successorId: t(16), type: 'SS', lag: 3 }],
    ['edit a link', { op: 'updateLink', linkId: link(8, 9), type: 'FS', lag: -5 }],
    ['delete a link', { op: 'deleteLink', linkId: link(1, 2) }],
    ['add a unit', { op: 'addUnit', name: 'Trung tâm Ứng dụng tiến bộ KH&CN' }],
    ['rename a unit', { op: 'renameUnit', unitId: unit('Văn phòng Sở'), name: 'Văn phòng Sở KH&CN' }],
    ['merge units', { op: 'mergeUnits', sourceUnitId: unit('Văn phòng Sở'), targetUnitId: unit('Phòng Quản lý Khoa học') }],
    ['add a holiday', { op: 'addCalendarException', date: '2026-06-15', kind: 'holiday', name: 'Nghỉ thử' }],
    ['remove a holiday', { op: 'removeCalendarException', date: '2026-09-02' }],
    ['work on Saturdays', { op: 'setWorkWeek', days: [1, 2, 3, 4, 5, 6] }],
    ['a status date', { op: 'setStatusDate', date: '2026-06-15' }],
    ['plan dates', { op: 'setPlanDates', endDate: '2026-11-30' }],
    ['save the approved baseline', { op: 'saveBaseline', index: 0 }],
    ['update progress', { op: 'updateProgress', taskIds: [t(1), t(2)], statusDate: '2026-06-15', mode: 'asPlanned' }],
  ];
}

describe('applyEditToFile, undo and redo', () => {
  it('undoes and redoes every command exactly, writing what applyEdit computes', () => {
    const { session, plan } = open();
    const db = session.db;
    for (const [what, edit] of everyCommand(plan)) {
      const before = dump(db);
      const done = applyEditToFile(session, edit, AUTHOR);
      const after = dump(db);
      expect(after, what).not.toEqual(before);
      // The rows written are exactly the plan the pure command computes.
      const expected = applyEdit(plan, edit, { newId: () => done.createdId ?? 'unused', today: isoFromLocalDate(AUTHOR.at) });
      const stored = readPlan(db);
      expect({ ...stored, tasks: tasksInOrder(stored) }, what).toEqual({ ...expected, tasks: tasksInOrder(expected) });
      expect(done.plan, what).toEqual(stored);
      expect(done.canUndo && !done.canRedo, what).toBe(true);

      const undone = undoEdit(session);
      expect(dump(db), what).toEqual(before);
      expect(undone.plan, what).toEqual(plan);
      expect(undone.canRedo, what).toBe(true);
      redoEdit(session);
      expect(dump(db), what).toEqual(after);
      undoEdit(session);
      expect(dump(db), what).toEqual(before);
    }
  });

  it('moves the successors of STT 6 when it is dropped two weeks later, and undo restores every date', () => {
    const { session } = open();
    const db = session.db;
    const original = scheduleBySTT(db);
    const before = dump(db);
    const done = applyEditToFile(session, { op: 'setTaskDates', taskId: stt(readPlan(db), 6).id, start: '2026-06-01' }, AUTHOR);
    expect(done.notice).toBeNull(); // 01/06 is a working day and nothing holds STT 6 back
    const moved = scheduleBySTT(db);
    /*
     * By hand, with the plan calendar (no holiday between 18/05 and 12/06; none listed for 2027):
     * - STT 6 was 18/05–22/05; dropped on Monday 01/06 it runs 01/06–05/06, 10 working days later.
     * - Its FS chain 7, 8, 10–15 moves by the same 10 working days: 15 finished 31/12/2026 and now
     *   finishes 14/01/2027 (01/01/2027 is a Friday and not a holiday in this calendar: 01, 04–08, 11–14).
     * - STT 9 (SS on 8, window from 01/06) starts with 8 on 09/06 instead of 01/06: 6 working days later.
     * - STT 16 (FS on 13, 9 days of float) moves 10 days too: 07/12–01/01/2027, float 9 − 10 = −1.
     * - STT 17 spans 6 (SS) to 15 (FF): 01/06–14/01/2027.
     * The plan finishes 10 working days after its end date, so the critical chain has float −10.
     */
    expect(moved.get(6)).toEqual(['2026-06-01', '2026-06-05', -10, 1]);
    expect(moved.get(7)).toEqual(['2026-06-08', '2026-06-08', -10, 1]);
    expect(moved.get(8)).toEqual(['2026-06-09', '2026-10-02', -10, 1]);
    expect(moved.get(9)).toEqual(['2026-06-09', '2026-09-28', -6, 1]);
    expect(moved.get(10)).toEqual(['2026-10-05', '2026-10-14', -10, 1]);
    expect(moved.get(15)).toEqual(['2026-12-15', '2027-01-14', -10, 1]);
    expect(moved.get(16)).toEqual(['2026-12-07', '2027-01-01', -1, 1]);
    expect(moved.get(17)).toEqual(['2026-06-01', '2027-01-14', -10, 1]);
    for (const n of [1, 2, 3, 4, 5]) expect(moved.get(n)).toEqual(original.get(n));
    for (let n = 7; n <= 17; n++) expect(moved.get(n)![0], `STT ${n}`).not.toBe(original.get(n)![0]);
    const planFinish = [...moved.values()].map((r) => r[1]).sort().at(-1)!;
    expect(planFinish).toBe('2027-01-14');
    const stored = readPlan(db);
    const late = calendarOf(stored.calendar).countWorkingDays('2027-01-01', planFinish);
    expect(late).toBe(10);
    const result = schedulePlan(stored).result;
    expect(result.ok && result.projectDaysLate).toBe(10);

    undoEdit(session);
    expect(scheduleBySTT(db)).toEqual(original);
    expect(dump(db)).toEqual(before);
  });

  it('tells why a task dropped too early starts later', () => {
    const { session, plan } = open();
    const done = applyEditToFile(session, { op: 'setTaskDates', taskId: stt(plan, 6).id, start: '2026-05-11' }, AUTHOR);
    expect(done.notice).toBe('Công việc bắt đầu sớm nhất 18/05/2026: bắt đầu sau khi STT 5 hoàn thành');
    const weekend = applyEditToFile(session, { op: 'setTaskDates', taskId: stt(plan, 6).id, start: '2026-05-30' }, AUTHOR);
    expect(weekend.notice).toBe('Công việc bắt đầu sớm nhất 01/06/2026: 30/05/2026 không phải ngày làm việc');
  });

  it('records who did what, and a new edit after undo discards the redo branch', () => {
    const { session, plan } = open();
    const rename = (name: string): PlanEdit => ({ op: 'updateTask', taskId: stt(plan, 3).id, changes: { name } });
    applyEditToFile(session, rename('A'), AUTHOR);
    applyEditToFile(session, { op: 'setTaskDates', taskId: stt(plan, 6).id, start: '2026-06-01' }, { ...AUTHOR, user: 'Trần Thị B' });
    let state = undoEdit(session);
    expect(state).toMatchObject({ canUndo: true, canRedo: true, undoLabel: 'Sửa tên công việc STT 3', redoLabel: 'Di chuyển STT 6' });
    expect(listHistory(session.db)).toEqual([
      { batchId: 1, label: 'Sửa tên công việc STT 3', labelEn: 'Rename task 3', user: AUTHOR.user, computer: AUTHOR.computer,
        at: '2026-11-28T09:30:00.000Z', undone: false },
      { batchId: 2, label: 'Di chuyển STT 6', labelEn: 'Move task 6', user: 'Trần Thị B', computer: AUTHOR.computer,
        at: '2026-11-28T09:30:00.000Z', undone: true },
    ]);
    state = applyEditToFile(session, rename('B'), AUTHOR);
    expect(state).toMatchObject({ canUndo: true, canRedo: false, redoLabel: null });
    expect(listHistory(session.db).map((h) => [h.batchId, h.undone])).toEqual([[1, false], [2, false]]);
    expect(session.db.prepare('SELECT count(*) FROM edit_history_rows WHERE batch_id = 2').pluck().get()).toBe(1);
    undoEdit(session);
    undoEdit(session);
    expect(stt(readPlan(session.db), 3).name).toBe(stt(plan, 3).name);
    expect(() => undoEdit(session)).toThrow(expect.objectContaining({ code: 'nothing-to-undo' }));
    redoEdit(session);
    redoEdit(session);
    expect(() => redoEdit(session)).toThrow(expect.objectContaining({ code: 'nothing-to-redo' }));
    expect(stt(readPlan(session.db), 3).name).toBe('B');
  });

  it('records nothing for an edit that changes nothing', () => {
    const { session, plan } = open();
    const done = applyEditToFile(session, { op: 'moveTasks', taskIds: [stt(plan, 1).id], direction: 'up' }, AUTHOR);
    expect(done.changed).toBe(false);
    expect(listHistory(session.db)).toEqual([]);
  });

  it('keeps the history in the file: undo works after closing and reopening it', () => {
    const { session, plan, edited } = open();
    applyEditToFile(session, { op: 'updateTask', taskId: stt(plan, 2).id, changes: { notes: 'lưu trong tệp' } }, AUTHOR);
    session.close();
    const db = openPlanDatabase(edited);
    try {
      expect(replayBatch(db, 'undo').plan).toEqual(plan);
      expect(readPlan(db)).toEqual(plan);
    } finally {
      db.close();
    }
  });
});

describe('the remembered plan', () => {
  it('is not trusted after a write by other code on the same connection or by another connection', async () => {
    const { session, plan, edited } = open();
    const db = session.db;
    const t = (n: number) => stt(plan, n).id;
    applyEditToFile(session, { op: 'updateTask', taskId: t(1), changes: { notes: 'một' } }, AUTHOR);
    db.prepare("UPDATE tasks SET notes = 'cùng kết nối' WHERE id = ?").run(t(2));
    let done = applyEditToFile(session, { op: 'updateTask', taskId: t(3), changes: { notes: 'hai' } }, AUTHOR);
    expect(done.plan).toEqual(readPlan(db));
    expect(stt(done.plan, 2).notes).toBe('cùng kết nối');

    const { Database } = await import('../../../db/sqlite');
    const other = new Database(edited);
    other.prepare("UPDATE tasks SET notes = 'kết nối khác' WHERE id = ?").run(t(4));
    other.close();
    done = applyEditToFile(session, { op: 'updateTask', taskId: t(5), changes: { notes: 'ba' } }, AUTHOR);
    expect(done.plan).toEqual(readPlan(db));
    expect(stt(done.plan, 4).notes).toBe('kết nối khác');
  });
});
