/**
 * Issue 13 §2: with a status date the table's "trễ N", the chart's late
 * outline, the status bar's late count and the "late only" filter are the
 * progress report's (core/progress/taskStatus.ts); without one they stay the
 * engine's lateness against each task's window.
 */
import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { applyEdit } from '../../../core/edits';
import { tasksInOrder, type Plan } from '../../../core/model';
import { buildPlanView, daysLateOf } from '../../../renderer/planView';
import { emptyFilter, filterTasks } from '../../../renderer/state/taskFilter';
import { sttRanges } from '../../../renderer/features/progress/UpdateProgressDialog';

const ctx = { newId: () => 'unused', today: '2026-12-04' };

function issueScenario(): Plan {
  const seed = createDefaultPlan();
  const id = (stt: number) => tasksInOrder(seed)[stt - 1]!.id;
  const done = applyEdit(seed, { op: 'updateProgress', taskIds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(id), statusDate: '2026-12-03', mode: 'asPlanned' }, ctx);
  return applyEdit(done, { op: 'updateProgress', taskIds: [id(11)], mode: 'percent', percent: 50 }, ctx);
}

describe('late marks as of the status date', () => {
  const view = buildPlanView(issueScenario());
  const late = (stt: number) => daysLateOf(view.tasks[stt - 1]!);

  it('task 11 is 24 working days late (the report’s figure), 12 → 14, 13 → 9, 14 → 3, 15 → 3, 16 → 9; done tasks are not late', () => {
    expect([11, 12, 13, 14, 15, 16].map(late)).toEqual([24, 14, 9, 3, 3, 9]);
    for (let stt = 1; stt <= 10; stt++) expect(late(stt)).toBe(0);
    expect(late(17)).toBe(0);
  });

  it('the status bar counts 10 done, 1 in progress, 6 late; the late filter keeps those 6', () => {
    expect(view.progress).toEqual({ done: 10, inProgress: 1, notStarted: 6, late: 6 });
    expect(view.statusDate).toBe('2026-12-03');
    expect(filterTasks(view.tasks, { ...emptyFilter(), lateOnly: true }).map((v) => v.stt)).toEqual([11, 12, 13, 14, 15, 16]);
  });

  it('without a status date the marks are the window lateness, as before; with one the engine still says 34 for 11, the mark 24', () => {
    const off = applyEdit(issueScenario(), { op: 'setStatusDate', date: null }, ctx);
    const plain = buildPlanView(off);
    expect(plain.progress).toBeNull();
    for (const v of plain.tasks) expect(daysLateOf(v)).toBe(v.schedule?.daysLateOwn ?? 0);
    expect(view.tasks[10]!.schedule?.daysLateOwn).toBe(34);
    expect(late(11)).toBe(24);
  });

  it('names the chosen tasks as short STT ranges', () => {
    expect(sttRanges([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe('1–10');
    expect(sttRanges([1, 3, 4, 7])).toBe('1, 3–4, 7');
  });
});
