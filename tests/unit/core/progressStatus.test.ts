/**
 * Issue 13 §2: progress as of a status date on the seed plan (the issue's own
 * scenario: status date 03/12/2026, tasks 1–10 done, 11 at 50 %), and the
 * rules of core/progress/taskStatus.ts as properties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { addDays } from '../../../core/dates';
import { newTask, tasksInOrder, type Plan } from '../../../core/model';
import {
  plannedPercentAsOf,
  progressCounts,
  progressStatusAsOf,
  rollUpStatus,
  summaryProgressStatuses,
  taskProgressStatus,
  type TaskProgressStatus,
} from '../../../core/progress/taskStatus';
import { calendarOf, schedulePlan } from '../../../core/schedule';
import { CALENDAR_2026 } from '../../../core/seed/calendar2026';

const STATUS = '2026-12-03';

function seedWithProgress(): Plan {
  const plan = createDefaultPlan();
  const order = tasksInOrder(plan);
  const percent = new Map(order.map((t, i) => [t.id, i < 10 ? 100 : i === 10 ? 50 : 0]));
  return {
    ...plan,
    info: { ...plan.info, statusDate: STATUS },
    tasks: plan.tasks.map((t) => ({ ...t, percentComplete: percent.get(t.id)! })),
  };
}

function statusesOf(plan: Plan): TaskProgressStatus[] {
  const ps = schedulePlan(plan);
  return progressStatusAsOf(plan, ps, plan.info.statusDate!, ps.calendar);
}

describe('the seed plan as of 03/12/2026', () => {
  const plan = seedWithProgress();
  const statuses = statusesOf(plan);
  const bySt = (stt: number) => statuses[stt - 1]!;

  it('tasks 1–10 are done and not late; 11 is in progress and late since its planned finish 30/10', () => {
    for (let stt = 1; stt <= 10; stt++) expect(bySt(stt)).toMatchObject({ state: 'done', late: false, daysLate: 0, plannedPercent: 100 });
    // Planned 01/10–30/10 (the plan without a status date); working days 02/11 … 03/12 = 24.
    expect(bySt(11)).toMatchObject({ state: 'inProgress', late: true, plannedPercent: 100, daysLate: 24 });
  });

  it('12–14 should have finished and have not started; 15 is behind its planned %; the effort task 17 is not late', () => {
    expect(bySt(12)).toMatchObject({ state: 'notStarted', late: true, daysLate: 14 });
    expect(bySt(13)).toMatchObject({ state: 'notStarted', late: true, daysLate: 9 });
    expect(bySt(14)).toMatchObject({ state: 'notStarted', late: true, daysLate: 3 });
    // 01/12–31/12, 23 working days: 3 planned by 03/12 → 13 %; none of it done.
    expect(bySt(15)).toMatchObject({ state: 'notStarted', late: true, plannedPercent: 13, daysLate: 3 });
    expect(bySt(17)!.late).toBe(false);
  });

  it('counts agree with the statuses', () => {
    expect(progressCounts(statuses)).toEqual({ done: 10, inProgress: 1, notStarted: 6, late: 6 });
  });

  it('without progress nothing is late before the plan starts, everything due is late after it ends', () => {
    const fresh = createDefaultPlan();
    const ps = schedulePlan(fresh);
    expect(progressCounts(progressStatusAsOf(fresh, ps, '2026-03-01', ps.calendar)).late).toBe(0);
    expect(progressCounts(progressStatusAsOf(fresh, ps, '2027-02-01', ps.calendar)).late).toBe(17);
  });
});

describe('summaries roll up from their leaves', () => {
  const plan = createDefaultPlan(() => crypto.randomUUID());
  const order = tasksInOrder(plan);
  // Tasks 2–4 become subtasks of task 1 (a summary); 2 done, 3 half done.
  const outlined: Plan = {
    ...plan,
    info: { ...plan.info, statusDate: '2026-04-20' },
    tasks: plan.tasks.map((t) => {
      const i = order.indexOf(t);
      if (i >= 1 && i <= 3) return { ...t, parentId: order[0]!.id, percentComplete: i === 1 ? 100 : i === 2 ? 50 : 0 };
      return t;
    }),
  };
  const ps = schedulePlan(outlined);
  const leaves = progressStatusAsOf(outlined, ps, '2026-04-20', ps.calendar);

  it('the summary is not listed among the leaves, and rolls up in progress and late', () => {
    expect(leaves.some((s) => s.taskId === order[0]!.id)).toBe(false);
    const [summary] = summaryProgressStatuses(outlined, ps, leaves);
    expect(summary).toMatchObject({ taskId: order[0]!.id, state: 'inProgress', late: true });
  });
});

const calendar = calendarOf(CALENDAR_2026);
const dayArb = fc.integer({ min: 0, max: 400 }).map((d) => addDays('2026-01-01', d));
const refArb = fc.tuple(dayArb, fc.integer({ min: 0, max: 60 })).map(([day, duration]) => {
  const start = calendar.dateOf(calendar.startNumber(day));
  const finish = duration === 0 ? start : calendar.dateOf(calendar.startNumber(day) + duration - 1);
  return { start, finish, duration };
});
const taskArb = fc.record({
  id: fc.constant('t'),
  kind: fc.constantFrom('task' as const, 'milestone' as const, 'effort' as const),
  percentComplete: fc.constantFrom(0, 10, 50, 99, 100),
  actualStart: fc.option(dayArb, { nil: null }),
  actualFinish: fc.option(dayArb, { nil: null }),
});

describe('status rules (properties)', () => {
  it('a done task is never late', () => {
    fc.assert(
      fc.property(taskArb, refArb, dayArb, (task, ref, status) => {
        const s = taskProgressStatus(task, ref, status, calendar);
        if (s.state === 'done') expect(s).toMatchObject({ late: false, daysLate: 0 });
        expect(s.late).toBe(s.daysLate > 0);
      }),
    );
  });

  it('planned % is monotone in the status date, 0 before the start and 100 from the finish', () => {
    fc.assert(
      fc.property(refArb, dayArb, dayArb, (ref, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(plannedPercentAsOf(ref, early, calendar)).toBeLessThanOrEqual(plannedPercentAsOf(ref, late, calendar));
        if (late < ref.start) expect(plannedPercentAsOf(ref, late, calendar)).toBe(0);
        if (early >= ref.finish) expect(plannedPercentAsOf(ref, early, calendar)).toBe(100);
      }),
    );
  });

  it('an unfinished task due by the status date is late; one at or ahead of its planned % and not due is not', () => {
    fc.assert(
      fc.property(taskArb, refArb, dayArb, (task, ref, status) => {
        const s = taskProgressStatus(task, ref, status, calendar);
        if (s.state !== 'done' && ref.finish <= status) expect(s.late).toBe(true);
        if (ref.finish > status && task.percentComplete >= s.plannedPercent) expect(s.late).toBe(false);
      }),
    );
  });

  it('a summary is done iff every leaf is, late iff a leaf is, and its planned % lies within its leaves', () => {
    const statusArb = fc.record({
      taskId: fc.string({ minLength: 1, maxLength: 3 }),
      state: fc.constantFrom('done' as const, 'inProgress' as const, 'notStarted' as const),
      late: fc.boolean(),
      daysLate: fc.nat(30),
      plannedPercent: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(fc.array(statusArb, { minLength: 1, maxLength: 8 }), fc.nat(20), (leaves, d) => {
        const s = rollUpStatus('sum', leaves, (id) => (id.length * d) % 7);
        expect(s.state === 'done').toBe(leaves.every((l) => l.state === 'done'));
        expect(s.late).toBe(leaves.some((l) => l.late));
        const ps = leaves.map((l) => l.plannedPercent);
        expect(s.plannedPercent).toBeGreaterThanOrEqual(Math.min(...ps));
        expect(s.plannedPercent).toBeLessThanOrEqual(Math.max(...ps));
      }),
    );
  });

  it('an actual finish counts as done whatever the percent; an actual start as started', () => {
    const t = newTask({ id: 'x', position: 1, percentComplete: 0, actualStart: '2026-05-04' });
    const ref = { start: '2026-05-04', finish: '2026-05-08', duration: 5 };
    expect(taskProgressStatus(t, ref, '2026-05-06', calendar).state).toBe('inProgress');
    expect(taskProgressStatus({ ...t, actualFinish: '2026-05-08' }, ref, '2026-05-20', calendar)).toMatchObject({ state: 'done', late: false });
  });
});
