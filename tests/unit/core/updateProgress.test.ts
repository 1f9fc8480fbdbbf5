/**
 * Issue 13 §2: "Cập nhật tiến độ" (updateProgress) on the seed plan as of
 * 03/12/2026 — tasks 1–10 done as planned, 11 at 50 % — gives the counts and
 * days late of core/progress/taskStatus.ts and of the progress report.
 */
import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { applyEdit, describeEdit, type EditOf, type PlanEdit } from '../../../core/edits';
import { wordError } from '../../../core/errorMessages';
import { PlanError } from '../../../core/errors';
import { tasksInOrder, type Plan } from '../../../core/model';
import { progressCounts, progressStatusAsOf } from '../../../core/progress/taskStatus';
import { buildProgressReport } from '../../../core/report/progressReport';
import { planTaskViews, schedulePlan } from '../../../core/schedule';
import { reportScenario } from './report/reportPlans';

const STATUS = '2026-12-03';
const ctx = { newId: () => 'unused', today: '2026-12-04' };
const seed = createDefaultPlan();
const ids = (plan: Plan, ...stts: number[]) => stts.map((n) => tasksInOrder(plan)[n - 1]!.id);
const task = (plan: Plan, stt: number) => tasksInOrder(plan)[stt - 1]!;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const plannedViews = planTaskViews(schedulePlan(seed));

function update(plan: Plan, fields: Omit<EditOf<'updateProgress'>, 'op'>): Plan {
  return applyEdit(plan, { op: 'updateProgress', ...fields }, ctx);
}

function refusal(plan: Plan, edit: PlanEdit): PlanError {
  try {
    applyEdit(plan, edit, ctx);
  } catch (error) {
    if (error instanceof PlanError) return error;
    throw error;
  }
  throw new Error('the edit was not refused');
}

/** The scenario through the two dialog choices. */
function scenario(from: Plan = seed): Plan {
  const done = update(from, { taskIds: ids(from, ...range(1, 10)), statusDate: STATUS, mode: 'asPlanned' });
  return update(done, { taskIds: ids(done, 11), mode: 'percent', percent: 50 });
}

describe('updateProgress on the seed plan as of 03/12/2026', () => {
  const plan = scenario();
  const ps = schedulePlan(plan);
  const statuses = progressStatusAsOf(plan, ps, STATUS, ps.calendar);

  it('sets the status date and marks 1–10 done on their planned dates, 11 at 50 % from its planned start', () => {
    expect(plan.info.statusDate).toBe(STATUS);
    for (const stt of range(1, 10)) {
      const t = task(plan, stt);
      const planned = plannedViews.get(t.id)!;
      expect([t.percentComplete, t.actualStart, t.actualFinish], `STT ${stt}`).toEqual([100, planned.start, planned.finish]);
    }
    expect(task(plan, 11)).toMatchObject({ percentComplete: 50, actualStart: '2026-10-01', actualFinish: null });
    for (const stt of range(12, 17)) expect(task(plan, stt)).toMatchObject({ percentComplete: 0, actualStart: null, actualFinish: null });
  });

  it('taskStatus: 10 done, 1 in progress, 6 late; days late 11→24, 12→14, 13→9, 16→9, 14→3, 15→3', () => {
    expect(progressCounts(statuses)).toEqual({ done: 10, inProgress: 1, notStarted: 6, late: 6 });
    const late = statuses.filter((s) => s.late).map((s) => [tasksInOrder(plan).findIndex((t) => t.id === s.taskId) + 1, s.daysLate] as const);
    // 16 is planned 23/11–18/12 in the seed plan: 45 % due by 03/12, none done, 9 days of work behind.
    expect(new Map(late)).toEqual(new Map([[11, 24], [12, 14], [13, 9], [16, 9], [14, 3], [15, 3]]));
  });

  it('on the report scenario (16 moved to 30/11) the progress report shows 11→24, 12→14, 13→9, 16→4, 14→3, 15→3, as entered by hand', () => {
    const byHand = reportScenario();
    const blank: Plan = { ...byHand, info: { ...byHand.info, statusDate: null }, tasks: byHand.tasks.map((t) => ({ ...t, percentComplete: 0 })) };
    const report = buildProgressReport(scenario(blank), { today: '2026-12-04' });
    const expected = buildProgressReport(byHand, { today: '2026-12-04' });
    expect(report.counts).toEqual({ done: 10, inProgress: 1, notStarted: 6, late: 6 });
    expect(report.late.map((t) => [t.stt, t.daysLate])).toEqual([['11', 24], ['12', 14], ['13', 9], ['16', 4], ['14', 3], ['15', 3]]);
    expect(report.late.map((t) => [t.stt, t.daysLate])).toEqual(expected.late.map((t) => [t.stt, t.daysLate]));
    expect(report.counts).toEqual(expected.counts);
  });

  it('is worded for the history in both languages', () => {
    const tenDone: PlanEdit = { op: 'updateProgress', taskIds: ids(seed, ...range(1, 10)), statusDate: STATUS, mode: 'asPlanned' };
    expect(describeEdit(tenDone, seed, 'vi')).toBe('Cập nhật tiến độ 10 công việc: hoàn thành theo kế hoạch');
    expect(describeEdit(tenDone, seed, 'en')).toBe('Update progress of 10 tasks: done as planned');
    const half: PlanEdit = { op: 'updateProgress', taskIds: ids(seed, 11), mode: 'percent', percent: 50 };
    expect(describeEdit(half, seed, 'vi')).toBe('Cập nhật tiến độ STT 11: 50%');
    const later: PlanEdit = { op: 'updateProgress', taskIds: ids(seed, 12), mode: 'reschedule' };
    expect(describeEdit(later, seed, 'en')).toBe('Reschedule the remaining work of task 12 after the status date');
  });
});

describe('updateProgress: each mode', () => {
  it('as planned: the planned % as of the status date (15 planned 01/12–31/12: 13 % on 03/12), never lowering progress', () => {
    const plan = update(seed, { taskIds: ids(seed, 15), statusDate: STATUS, mode: 'asPlanned' });
    expect(task(plan, 15)).toMatchObject({ percentComplete: 13, actualStart: '2026-12-01', actualFinish: null });
    const ahead = update(plan, { taskIds: ids(plan, 15), statusDate: '2026-12-02', mode: 'asPlanned' });
    expect(task(ahead, 15).percentComplete).toBe(13);
    // Not planned to start yet: nothing changes but the status date.
    const early = update(seed, { taskIds: ids(seed, 17), statusDate: '2026-04-01', mode: 'asPlanned' });
    expect(early.tasks).toEqual(seed.tasks);
  });

  it('a summary stands for the tasks below it', () => {
    let n = 0;
    const outlined = applyEdit(seed, { op: 'indentTasks', taskIds: ids(seed, 2, 3) }, { newId: () => `x${++n}` });
    const plan = update(outlined, { taskIds: ids(outlined, 1), statusDate: STATUS, mode: 'asPlanned' });
    expect([1, 2, 3].map((stt) => task(plan, stt).percentComplete)).toEqual([0, 100, 100]);
  });

  it('% on the status date: 0 % clears the actual dates, 100 % sets the planned finish', () => {
    const half = update(seed, { taskIds: ids(seed, 11), statusDate: STATUS, mode: 'percent', percent: 50 });
    const full = update(half, { taskIds: ids(half, 11), mode: 'percent', percent: 100 });
    expect(task(full, 11)).toMatchObject({ percentComplete: 100, actualStart: '2026-10-01', actualFinish: '2026-10-30' });
    const none = update(full, { taskIds: ids(full, 11), mode: 'percent', percent: 0 });
    expect(task(none, 11)).toMatchObject({ percentComplete: 0, actualStart: null, actualFinish: null });
  });

  it('reschedule: unstarted work planned before the status date starts no earlier than it; started work keeps its start', () => {
    const started = update(seed, { taskIds: ids(seed, 11), statusDate: STATUS, mode: 'percent', percent: 0 });
    const withStart = applyEdit(started, { op: 'updateTask', taskId: task(started, 11).id, changes: { percentComplete: 50 } }, ctx);
    const plan = update(withStart, { taskIds: ids(withStart, 11, 12, 15, 17), mode: 'reschedule' });
    expect(task(plan, 11)).toMatchObject({ percentComplete: 50, actualStart: '2026-10-01' });
    expect(task(plan, 12).startNoEarlierThan).toBe(STATUS);
    expect(task(plan, 15).startNoEarlierThan).toBe(STATUS); // planned from 01/12
    expect(task(plan, 17)).toEqual(task(seed, 17)); // the effort task follows the work it spans
    // Pinned: with the status date cleared, 12 still starts on 03/12.
    const off = applyEdit(plan, { op: 'setStatusDate', date: null }, ctx);
    expect(planTaskViews(schedulePlan(off)).get(task(off, 12).id)!.start).toBe(STATUS);
  });
});

describe('updateProgress: the status date and refusals', () => {
  it('uses the plan status date when none is given, else today from the handler', () => {
    const dated = applyEdit(seed, { op: 'setStatusDate', date: STATUS }, ctx);
    expect(update(dated, { taskIds: ids(seed, 1), mode: 'asPlanned' }).info.statusDate).toBe(STATUS);
    expect(update(seed, { taskIds: ids(seed, 1), mode: 'asPlanned' }).info.statusDate).toBe('2026-12-04');
    // `today` absent (a caller without a clock): refused, not guessed.
    expect(() => applyEdit(seed, { op: 'updateProgress', taskIds: ids(seed, 1), mode: 'asPlanned' }, { newId: () => 'x' })).toThrow(
      'Cần ngày cập nhật để cập nhật tiến độ.',
    );
  });

  it('refuses an actual date after the status date, naming the task, in both languages', () => {
    // 15 is planned to finish 31/12: 100 % as of 03/12 would need an actual finish after it.
    const error = refusal(seed, { op: 'updateProgress', taskIds: ids(seed, 15), statusDate: STATUS, mode: 'percent', percent: 100 });
    expect(error.code).toBe('progress-update');
    expect(error.details).toEqual({ field: 'actualFinish' });
    expect(error.message).toBe(
      'STT 15: ngày kết thúc thực tế sẽ là 31/12/2026, sau ngày cập nhật 03/12/2026. Hãy chọn ngày cập nhật muộn hơn hoặc nhập ngày thực tế trong bảng chi tiết công việc.',
    );
    expect(wordError(error.code, error.params, 'en')).toBe(
      'No. 15: its actual finish would be 31/12/2026, after the status date 03/12/2026. Choose a later status date or enter the actual dates in the task details.',
    );
    // 12 is planned from 02/11: started as of 01/04 would mean an actual start after the status date.
    const start = refusal(seed, { op: 'updateProgress', taskIds: ids(seed, 12), statusDate: '2026-04-01', mode: 'percent', percent: 10 });
    expect(start.details).toEqual({ field: 'actualStart' });
  });

  it('refuses a percent outside 0–100 and an unknown task', () => {
    expect(refusal(seed, { op: 'updateProgress', taskIds: ids(seed, 1), statusDate: STATUS, mode: 'percent', percent: 120 }).message).toBe(
      'Phần trăm hoàn thành phải từ 0 đến 100.',
    );
    expect(refusal(seed, { op: 'updateProgress', taskIds: ids(seed, 1), statusDate: STATUS, mode: 'percent' }).details).toEqual({ field: 'percent' });
    expect(refusal(seed, { op: 'updateProgress', taskIds: ['nope'], statusDate: STATUS, mode: 'asPlanned' }).code).toBe('not-found');
  });
});
