/**
 * Issue 13 §3: the progress report's numbers on the seed plan as of
 * 03/12/2026 (tasks 1–10 done, 11 at 50 %, baselines before and after a
 * move) equal the table's (core/progress/taskStatus.ts) and the schedule's.
 */
import { describe, expect, it } from 'vitest';
import { tasksInOrder } from '../../../../core/model';
import { progressCounts, progressStatusAsOf } from '../../../../core/progress/taskStatus';
import { buildProgressReport, sameDayNextMonth } from '../../../../core/report/progressReport';
import { planTaskViews, schedulePlan } from '../../../../core/schedule';
import { reportScenario, STATUS } from './reportPlans';

describe('the progress report of the seed plan as of 03/12/2026', () => {
  const plan = reportScenario();
  const report = buildProgressReport(plan, { today: '2026-12-04' });
  const ps = schedulePlan(plan);
  const views = planTaskViews(ps);
  const statuses = progressStatusAsOf(plan, ps, STATUS, ps.calendar);
  const stts = (list: { stt: string }[]) => list.map((t) => t.stt);

  it('counts what the table counts: 10 done, 1 in progress, 6 not started, 6 late of 17', () => {
    expect(report.statusDate).toBe(STATUS);
    expect(report.counts).toEqual(progressCounts(statuses));
    expect(report.counts).toEqual({ done: 10, inProgress: 1, notStarted: 6, late: 6 });
    expect(report.total).toBe(17);
    expect(stts(report.done)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(stts(report.inProgress)).toEqual(['11']);
    // 290 working days of work (the effort task 17 left out): 204 done + half of 22.
    expect(report.percentComplete).toBe(74);
  });

  it('lists the late tasks most days late first, with their days late and lead unit, as the table has them', () => {
    const lateById = new Map(statuses.filter((s) => s.late).map((s) => [s.taskId, s.daysLate]));
    expect(report.late.map((t) => [t.stt, t.daysLate])).toEqual([['11', 24], ['12', 14], ['13', 9], ['16', 4], ['14', 3], ['15', 3]]);
    for (const t of report.late) expect(t.daysLate).toBe(lateById.get(t.taskId));
    expect(report.late[0]).toMatchObject({ leadUnit: 'Phòng Quản lý Khoa học', percent: 50, start: '2026-10-01', finish: '2026-12-17' });
    expect(report.late[1]!.leadUnit).toBe('Đơn vị tư vấn');
  });

  it('shows the current dates of the schedule and the approved baseline saved before the move', () => {
    for (const t of [...report.done, ...report.late]) {
      expect([t.start, t.finish]).toEqual([views.get(t.taskId)!.start, views.get(t.taskId)!.finish]);
    }
    const sixteen = report.late.find((t) => t.stt === '16')!;
    // Baseline 0 was saved before 16 moved to 30/11; the current schedule has it after 13 and the status date.
    expect(sixteen.baseline).toEqual({ start: '2026-11-23', finish: '2026-12-18' });
    expect([sixteen.start, sixteen.finish]).toEqual(['2027-01-08', '2027-02-04']);
    expect(report.baseline).toMatchObject({ index: 0, name: 'Kế hoạch được duyệt', finish: '2026-12-31', variance: 34 });
  });

  it('compares with baseline 1 (after the move) when asked', () => {
    const after = buildProgressReport(plan, { today: '2026-12-04', baselineIndex: 1 });
    expect(after.baseline).toMatchObject({ index: 1, name: 'Sau khi dời công việc 16' });
    const sixteen = after.late.find((t) => t.stt === '16')!;
    expect(sixteen.baseline!.start).toBe('2026-11-30');
    expect(sixteen.baseline!.finish).toBe(plan.baselines![1]!.tasks.find((t) => t.taskId === sixteen.taskId)!.finish);
    expect(after.counts).toEqual(report.counts); // the reference for "late" is the table's, whichever baseline is drawn
  });

  it('projects the finish 17/02/2027, 34 working days after the deadline 31/12/2026, and the critical path 54 working days from 04/12', () => {
    expect(ps.result.ok && ps.calendar.dateOf(ps.result.projectFinish)).toBe('2027-02-17');
    expect(report.projected).toEqual({ finish: '2027-02-17', daysLate: 34, daysEarly: 0 });
    expect(report.deadline).toBe('2026-12-31');
    expect(report.critical.remainingDays).toBe(54);
    expect(stts(report.critical.tasks)).toEqual(['11', '12', '13', '14', '15', '16', '17']);
    // 11 has half of its 22 days left, all after the status date: 04/12 … 17/12.
    expect(report.critical.tasks[0]!.remainingDays).toBe(10);
    expect(report.critical.tasks.find((t) => t.stt === '12')!.remainingDays).toBe(10);
  });

  it('lists the next month (04/12/2026 – 03/01/2027): the unfinished tasks scheduled in it', () => {
    expect(report.nextMonth.from).toBe('2026-12-04');
    expect(report.nextMonth.to).toBe('2027-01-03');
    expect(stts(report.nextMonth.tasks)).toEqual(['11', '12', '13', '17']);
  });

  it('groups by lead unit on request, the groups adding up to the totals', () => {
    expect(report.groups).toBeNull();
    const grouped = buildProgressReport(plan, { today: '2026-12-04', groupByUnit: true });
    const groups = grouped.groups!;
    expect(groups.map((g) => [g.unit, g.total, g.counts.late, stts(g.late)])).toEqual([
      ['Phòng Quản lý Khoa học', 7, 3, ['11', '13', '15']],
      ['Văn phòng Sở', 5, 0, []],
      ['Đơn vị tư vấn', 5, 3, ['12', '16', '14']],
    ]);
    const sum = (k: 'done' | 'inProgress' | 'notStarted' | 'late') => groups.reduce((s, g) => s + g.counts[k], 0);
    expect({ done: sum('done'), inProgress: sum('inProgress'), notStarted: sum('notStarted'), late: sum('late') }).toEqual(report.counts);
  });

  it('draws every task in the small timeline, with its baseline, from 01/04/2026 to the projected finish', () => {
    const order = tasksInOrder(plan);
    expect(report.timeline.rows).toHaveLength(17);
    expect(report.timeline.hidden).toBe(0);
    expect(report.timeline.from).toBe('2026-04-01');
    expect(report.timeline.to).toBe('2027-02-17');
    expect(report.timeline.rows[15]).toMatchObject({ stt: '16', name: order[15]!.name, baseline: { start: '2026-11-23', finish: '2026-12-18' }, late: true });
  });

  it('uses the status date asked for, else the plan’s, else today; a month end rolls to the next month’s last day', () => {
    const blank = { ...plan, info: { ...plan.info, statusDate: null } };
    expect(buildProgressReport(blank, { today: '2026-11-02' }).statusDate).toBe('2026-11-02');
    expect(buildProgressReport(plan, { today: '2026-11-02', statusDate: '2026-10-15' }).counts.done).toBe(10);
    expect(sameDayNextMonth('2026-01-31')).toBe('2026-02-28');
    expect(sameDayNextMonth('2026-12-03')).toBe('2027-01-03');
  });
});
