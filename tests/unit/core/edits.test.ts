import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { applyEdit, applyEditWithOutcome, describeEdit, editNotice, type PlanEdit } from '../../../core/edits';
import { PlanError } from '../../../core/errors';
import { LINK_TYPES, MAX_NAME_LENGTH, tasksInOrder, type Plan } from '../../../core/model';
import { schedulePlan, viewOfPlanTask } from '../../../core/schedule';
import { parsePlan } from '../../../db/planValidation';

let counter = 0;
const ctx = { newId: () => `moi-${++counter}` };
const base = createDefaultPlan();
const t = (n: number, plan: Plan = base) => tasksInOrder(plan)[n - 1]!;
const unit = (name: string) => base.units.find((u) => u.name === name)!;

/** The refusal an edit gets: [code, message, field]. */
function refusal(edit: PlanEdit, plan: Plan = base): [string, string, unknown] {
  try {
    applyEdit(plan, edit, ctx);
  } catch (error) {
    if (error instanceof PlanError) return [error.code, error.message, (error.details as { field?: unknown })?.field];
    throw error;
  }
  throw new Error('the edit was not refused');
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('applyEdit: tasks', () => {
  it('never mutates its input and shares what it does not change', () => {
    const frozen = deepFreeze(structuredClone(base));
    const next = applyEdit(frozen, { op: 'updateTask', taskId: t(3).id, changes: { name: 'Mới' } }, ctx);
    expect(frozen).toEqual(base);
    expect(t(3, next).name).toBe('Mới');
    expect(t(4, next)).toBe(t(4, frozen));
    expect(next.calendar).toBe(frozen.calendar);
  });

  it('re-reads the window text; unreadable text is kept with no window', () => {
    let next = applyEdit(base, { op: 'updateTask', taskId: t(9).id, changes: { windowText: 'Khi có ý kiến của Thành ủy' } }, ctx);
    expect(t(9, next)).toMatchObject({ windowText: 'Khi có ý kiến của Thành ủy', windowStart: null, windowEnd: null });
    next = applyEdit(base, { op: 'updateTask', taskId: t(9).id, changes: { windowText: 'Tháng 7' } }, ctx);
    expect(t(9, next)).toMatchObject({ windowStart: '2026-07-01', windowEnd: '2026-07-31' }); // the plan's year
  });

  it('keeps kind and duration consistent, as MS Project does', () => {
    const milestone = applyEdit(base, { op: 'updateTask', taskId: t(7).id, changes: { kind: 'milestone' } }, ctx);
    expect(t(7, milestone)).toMatchObject({ kind: 'milestone', duration: 0 });
    const task = applyEdit(milestone, { op: 'updateTask', taskId: t(7).id, changes: { duration: 3 } }, ctx);
    expect(t(7, task)).toMatchObject({ kind: 'task', duration: 3 });
    const back = applyEdit(milestone, { op: 'updateTask', taskId: t(7).id, changes: { kind: 'task' } }, ctx);
    expect(t(7, back)).toMatchObject({ kind: 'task', duration: 1 });
    const zero = applyEdit(base, { op: 'updateTask', taskId: t(7).id, changes: { duration: 0 } }, ctx);
    expect(t(7, zero).kind).toBe('milestone');
  });

  it('refuses bad values with a Vietnamese message naming the field', () => {
    const id = t(3).id;
    expect(refusal({ op: 'updateTask', taskId: id, changes: { duration: -1 } })).toEqual(['invalid-edit', 'Thời lượng không được âm.', 'duration']);
    expect(refusal({ op: 'updateTask', taskId: id, changes: { duration: 2.5 } })[1]).toBe('Thời lượng phải là số nguyên ngày làm việc.');
    expect(refusal({ op: 'updateTask', taskId: id, changes: { percentComplete: -0.5 } })).toEqual(
      ['invalid-edit', 'Phần trăm hoàn thành phải từ 0 đến 100.', 'percentComplete']);
    expect(refusal({ op: 'updateTask', taskId: id, changes: { name: 'x'.repeat(MAX_NAME_LENGTH + 1) } })).toEqual(
      ['invalid-edit', 'Tên công việc dài quá 2.000 ký tự.', 'name']);
    expect(refusal({ op: 'updateTask', taskId: id, changes: { leadUnitId: 'khong-co' } })).toEqual(
      ['unknown-unit', 'Đơn vị không có trong danh mục.', 'leadUnitId']);
    expect(refusal({ op: 'updateTask', taskId: id, changes: { actualStart: '2026-13-01' } })).toEqual(
      ['invalid-edit', 'Ngày bắt đầu thực tế: “2026-13-01” không phải là ngày hợp lệ.', 'actualStart']);
    expect(refusal({ op: 'updateTask', taskId: id, changes: { startNoEarlierThan: '1969-12-31' } })[1]).toBe(
      'Ngày bắt đầu không sớm hơn phải nằm trong khoảng 01/01/1970 – 31/12/2199.');
    expect(refusal({ op: 'updateTask', taskId: id, changes: { manualStart: '2026-05-10', manualFinish: '2026-05-01' } })).toEqual(
      ['invalid-edit', 'Ngày kết thúc phải sau ngày bắt đầu.', 'manualFinish']);
    expect(refusal({ op: 'updateTask', taskId: 'khong-co', changes: {} })).toEqual(
      ['not-found', 'Không tìm thấy công việc (có thể đã bị xóa).', 'taskId']);
  });

  it('inserts below a task or at the top, renumbering 1..n with a new id', () => {
    const { plan, createdId } = applyEditWithOutcome(base, { op: 'addTask', afterTaskId: t(3).id, name: 'Chèn' }, { newId: () => 'id-moi' });
    expect(createdId).toBe('id-moi');
    expect(tasksInOrder(plan).map((x) => x.position)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(t(4, plan)).toMatchObject({ id: 'id-moi', name: 'Chèn', kind: 'task', duration: 1, windowStart: null });
    expect(t(5, plan).id).toBe(t(4).id);
    const top = applyEdit(base, { op: 'addTask', afterTaskId: null }, ctx);
    expect(t(1, top).name).toBe('');
    expect(t(2, top).id).toBe(t(1).id);
  });

  it('deletes tasks with their links and renumbers the rest', () => {
    const next = applyEdit(base, { op: 'deleteTasks', taskIds: [t(5).id, t(13).id] }, ctx);
    expect(next.tasks).toHaveLength(15);
    expect(tasksInOrder(next).map((x) => x.position)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    const gone = new Set([t(5).id, t(13).id]);
    expect(next.links.some((l) => gone.has(l.predecessorId) || gone.has(l.successorId))).toBe(false);
    expect(next.links).toHaveLength(base.links.length - 5); // 4→5, 5→6, 12→13, 13→14, 13→16
  });

  it('moves a selection up or down one row, a block together, the first row staying put', () => {
    const ids = (plan: Plan) => tasksInOrder(plan).map((x) => base.tasks.findIndex((y) => y.id === x.id) + 1);
    expect(ids(applyEdit(base, { op: 'moveTasks', taskIds: [t(6).id, t(7).id], direction: 'up' }, ctx)).slice(0, 8))
      .toEqual([1, 2, 3, 4, 6, 7, 5, 8]);
    expect(ids(applyEdit(base, { op: 'moveTasks', taskIds: [t(1).id, t(3).id], direction: 'up' }, ctx)).slice(0, 4))
      .toEqual([1, 3, 2, 4]);
    expect(ids(applyEdit(base, { op: 'moveTasks', taskIds: [t(16).id, t(17).id], direction: 'down' }, ctx)).slice(-3))
      .toEqual([15, 16, 17]);
    expect(ids(applyEdit(base, { op: 'moveTasks', taskIds: [t(1).id], direction: 'down' }, ctx)).slice(0, 3)).toEqual([2, 1, 3]);
  });
});

describe('applyEdit: setTaskDates', () => {
  it('a new start becomes "start no earlier than"', () => {
    const next = applyEdit(base, { op: 'setTaskDates', taskId: t(6).id, start: '2026-06-01' }, ctx);
    expect(t(6, next)).toMatchObject({ startNoEarlierThan: '2026-06-01', duration: 5 });
  });

  it('a new finish sets the duration in working days of the plan calendar', () => {
    // STT 4 starts 22/04; to 05/05 the working days are 22, 23, 24, 28, 29/04 and 04, 05/05
    // (27/04, 30/04 and 01/05 are holidays, 25–26/04 and 02–03/05 weekends): 7.
    const next = applyEdit(base, { op: 'setTaskDates', taskId: t(4).id, finish: '2026-05-05' }, ctx);
    expect(t(4, next)).toMatchObject({ duration: 7, startNoEarlierThan: null });
    const both = applyEdit(base, { op: 'setTaskDates', taskId: t(4).id, start: '2026-08-20', finish: '2026-08-24' }, ctx);
    expect(t(4, both)).toMatchObject({ duration: 4, startNoEarlierThan: '2026-08-20' }); // 20, 21, Saturday 22 (make-up day), 24
  });

  it('refuses a finish before the start, or a span with no working day', () => {
    expect(refusal({ op: 'setTaskDates', taskId: t(4).id, start: '2026-05-10', finish: '2026-05-08' })).toEqual(
      ['invalid-edit', 'Ngày kết thúc phải sau ngày bắt đầu.', 'finish']);
    expect(refusal({ op: 'setTaskDates', taskId: t(4).id, finish: '2026-04-21' })[1]).toBe('Ngày kết thúc phải sau ngày bắt đầu.');
    expect(refusal({ op: 'setTaskDates', taskId: t(4).id, start: '2026-05-02', finish: '2026-05-03' })[1]).toBe(
      'Từ 02/05/2026 đến 03/05/2026 không có ngày làm việc nào.');
    expect(refusal({ op: 'setTaskDates', taskId: t(17).id, finish: '2026-12-01' })[2]).toBe('finish');
    expect(refusal({ op: 'setTaskDates', taskId: t(4).id })[2]).toBe('start');
  });

  it('moves a manually scheduled task keeping its length in working days', () => {
    const manual = applyEdit(base, { op: 'updateTask', taskId: t(16).id, changes: { manualStart: '2026-11-23', manualFinish: '2026-11-27' } }, ctx);
    const moved = applyEdit(manual, { op: 'setTaskDates', taskId: t(16).id, start: '2026-08-20' }, ctx);
    // 5 working days from 20/08: 20, 21, Saturday 22 (make-up day), 24, 25.
    expect(t(16, moved)).toMatchObject({ manualStart: '2026-08-20', manualFinish: '2026-08-25', startNoEarlierThan: null });
  });
});

describe('applyEdit: links, units, calendar', () => {
  it('refuses a loop, naming it from the new link’s successor', () => {
    expect(refusal({ op: 'addLink', predecessorId: t(13).id, successorId: t(12).id, type: 'SS', lag: 0 })).toEqual([
      'cycle',
      'Liên kết tạo vòng lặp: 12. Hoàn thiện hồ sơ trình UBND TP… → 13. Trình UBND TP xem xét, báo cáo… → 12. Hoàn thiện hồ sơ trình UBND TP…',
      'successorId',
    ]);
  });

  it('adds, edits and deletes links', () => {
    const { plan, createdId } = applyEditWithOutcome(base, { op: 'addLink', predecessorId: t(1).id, successorId: t(16).id, type: 'SF', lag: -2 }, ctx);
    expect(plan.links.at(-1)).toEqual({ id: createdId, predecessorId: t(1).id, successorId: t(16).id, type: 'SF', lag: -2 });
    const edited = applyEdit(plan, { op: 'updateLink', linkId: createdId!, lag: 4 }, ctx);
    expect(edited.links.at(-1)).toMatchObject({ type: 'SF', lag: 4 });
    expect(applyEdit(edited, { op: 'deleteLink', linkId: createdId! }, ctx).links).toEqual(base.links);
    expect(refusal({ op: 'updateLink', linkId: createdId!, lag: 1.5 }, plan)[2]).toBe('lag');
  });

  it('adds, renames and merges units; names are unique ignoring case and diacritics', () => {
    const { plan, createdId } = applyEditWithOutcome(base, { op: 'addUnit', name: '  Trung tâm   Tin học ' }, ctx);
    expect(plan.units.at(-1)).toEqual({ id: createdId, name: 'Trung tâm Tin học', recipientOrder: null });
    expect(refusal({ op: 'addUnit', name: 'TRUNG TAM TIN HOC' }, plan)).toEqual(
      ['duplicate-unit', 'Đơn vị “Trung tâm Tin học” đã có trong danh mục.', 'name']);
    expect(refusal({ op: 'addUnit', name: '   ' })[1]).toBe('Tên đơn vị không được để trống.');
    const renamed = applyEdit(base, { op: 'renameUnit', unitId: unit('Sở Tài chính').id, name: 'Sở tài chính' }, ctx);
    expect(renamed.units.find((u) => u.id === unit('Sở Tài chính').id)?.name).toBe('Sở tài chính');
    expect(refusal({ op: 'mergeUnits', sourceUnitId: unit('Sở Tài chính').id, targetUnitId: unit('Sở Tài chính').id })[2]).toBe('targetUnitId');
    const merged = applyEdit(base, { op: 'mergeUnits', sourceUnitId: unit('Sở Tài chính').id, targetUnitId: unit('Văn phòng Sở').id }, ctx);
    expect(merged.units).toHaveLength(base.units.length - 1);
    // STT 3 was led by Văn phòng Sở with Sở Tài chính coordinating: only QLKH coordinates now.
    expect(t(3, merged).coordinatingUnitIds).toEqual([unit('Phòng Quản lý Khoa học').id]);
  });

  it('edits the working calendar and plan dates', () => {
    const holiday = applyEdit(base, { op: 'addCalendarException', date: '2026-08-22', kind: 'holiday', name: 'Nghỉ' }, ctx);
    expect(holiday.calendar.workdays).toEqual([]); // one entry per date: the make-up day became a holiday
    expect(holiday.calendar.holidays.map((h) => h.date)).toContain('2026-08-22');
    expect(refusal({ op: 'removeCalendarException', date: '2026-03-03' })).toEqual(
      ['not-found', 'Ngày 03/03/2026 không có trong danh sách ngày nghỉ và ngày làm bù.', 'date']);
    expect(applyEdit(base, { op: 'setWorkWeek', days: [6, 1, 1, 2] }, ctx).calendar.workWeek).toEqual([1, 2, 6]);
    expect(refusal({ op: 'setWorkWeek', days: [] })[1]).toBe('Tuần làm việc phải có ít nhất một ngày.');
    expect(refusal({ op: 'setWorkWeek', days: [0, 1] })[2]).toBe('days');
    expect(applyEdit(base, { op: 'setStatusDate', date: '2026-06-15' }, ctx).info.statusDate).toBe('2026-06-15');
    expect(refusal({ op: 'setPlanDates', endDate: '2026-03-01' })).toEqual(['invalid-edit', 'Ngày kết thúc phải sau ngày bắt đầu.', 'endDate']);
  });
});

describe('describeEdit and editNotice', () => {
  it('labels edits for the undo menu in both languages', () => {
    const label = (edit: PlanEdit) => [describeEdit(edit, base, 'vi'), describeEdit(edit, base, 'en')];
    expect(label({ op: 'updateTask', taskId: t(3).id, changes: { name: 'x' } })).toEqual(['Sửa tên công việc STT 3', 'Rename task 3']);
    expect(label({ op: 'updateTask', taskId: t(3).id, changes: { name: 'x', notes: 'y' } })).toEqual(['Sửa công việc STT 3', 'Edit task 3']);
    expect(label({ op: 'setTaskDates', taskId: t(6).id, start: '2026-06-01' })).toEqual(['Di chuyển STT 6', 'Move task 6']);
    expect(label({ op: 'deleteTasks', taskIds: [t(1).id, t(2).id] })).toEqual(['Xóa 2 công việc', 'Delete 2 tasks']);
    expect(label({ op: 'moveTasks', taskIds: [t(6).id], direction: 'up' })).toEqual(['Chuyển lên STT 6', 'Move up task 6']);
    expect(label({ op: 'addCalendarException', date: '2026-09-03', kind: 'holiday', name: '' })).toEqual(['Thêm ngày nghỉ 03/09/2026', 'Add day off 03/09/2026']);
    expect(label({ op: 'mergeUnits', sourceUnitId: unit('Sở Tài chính').id, targetUnitId: unit('Văn phòng Sở').id })[0])
      .toBe('Gộp đơn vị “Sở Tài chính” vào “Văn phòng Sở”');
  });

  it('says why the engine starts a task later than it was dropped', () => {
    const notice = (edit: PlanEdit & { op: 'setTaskDates' }) => editNotice(edit, schedulePlan(applyEdit(base, edit, ctx)));
    expect(notice({ op: 'setTaskDates', taskId: t(6).id, start: '2026-05-11' })).toBe(
      'Công việc bắt đầu sớm nhất 18/05/2026: bắt đầu sau khi STT 5 hoàn thành');
    expect(notice({ op: 'setTaskDates', taskId: t(9).id, start: '2026-05-26' })).toBe(
      'Công việc bắt đầu sớm nhất 01/06/2026: không sớm hơn khung thời gian (01/06/2026)');
    expect(notice({ op: 'setTaskDates', taskId: t(6).id, start: '2026-06-06' })).toBe(
      'Công việc bắt đầu sớm nhất 08/06/2026: 06/06/2026 không phải ngày làm việc');
    expect(notice({ op: 'setTaskDates', taskId: t(6).id, start: '2026-06-08' })).toBeNull();
    expect(notice({ op: 'setTaskDates', taskId: t(6).id, finish: '2026-05-30' })).toBe(
      'Công việc kết thúc 29/05/2026: 30/05/2026 không phải ngày làm việc');
  });
});

describe('applyEdit, property', () => {
  it('returns a valid plan or refuses with a PlanError, never touching its input', () => {
    const frozen = deepFreeze(structuredClone(base));
    const ids = tasksInOrder(base).map((x) => x.id);
    const units = base.units.map((u) => u.id);
    const edit: fc.Arbitrary<PlanEdit> = fc.oneof(
      fc.record({ op: fc.constant('updateTask' as const), taskId: fc.constantFrom(...ids),
        changes: fc.record({ duration: fc.integer({ min: -3, max: 50 }), percentComplete: fc.double({ min: -10, max: 110, noNaN: true }),
          leadUnitId: fc.option(fc.constantFrom(...units, 'x')), windowText: fc.string({ maxLength: 20 }) }, { requiredKeys: [] }) }),
      fc.record({ op: fc.constant('setTaskDates' as const), taskId: fc.constantFrom(...ids),
        start: fc.date({ min: new Date('2026-01-01'), max: new Date('2027-06-30'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) }),
      fc.record({ op: fc.constant('addLink' as const), predecessorId: fc.constantFrom(...ids), successorId: fc.constantFrom(...ids),
        type: fc.constantFrom(...LINK_TYPES), lag: fc.integer({ min: -5, max: 5 }) }),
      fc.record({ op: fc.constant('moveTasks' as const), taskIds: fc.subarray(ids, { minLength: 1 }), direction: fc.constantFrom('up' as const, 'down' as const) }),
      fc.record({ op: fc.constant('mergeUnits' as const), sourceUnitId: fc.constantFrom(...units), targetUnitId: fc.constantFrom(...units) }),
    );
    fc.assert(
      fc.property(edit, (e) => {
        try {
          const next = applyEdit(frozen, e, ctx);
          const parsed = parsePlan(next);
          expect(parsed.ok ? [] : parsed.problems).toEqual([]);
          const ps = schedulePlan(next);
          expect(ps.result.ok).toBe(true);
          if (e.op === 'setTaskDates') expect(viewOfPlanTask(ps, e.taskId)!.start >= e.start!).toBe(true);
        } catch (error) {
          if (!(error instanceof PlanError)) throw error;
          expect(error.message).toMatch(/[àáảãạăâđêôơưếềệộớờừứ]/); // a Vietnamese sentence for the user
        }
      }),
      { numRuns: 300, seed: 4 },
    );
  });
});
