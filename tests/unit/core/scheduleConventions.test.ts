/**
 * Where the schedule follows MS Project's and Primavera's conventions, so a
 * planner comparing with them (or with a colleague's file) sees the same
 * dates: level-of-effort tasks, milestones after a finish, progress against
 * the status date (issue 17).
 */
import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { planTableCsv } from '../../../core/formats/planTableCsv';
import { newTask, tasksInOrder, type Link, type LinkType, type Plan, type Task } from '../../../core/model';
import { planTaskViews, schedulePlan, type TaskScheduleView } from '../../../core/schedule';

let ids = 0;
const newId = () => `id${++ids}`;

/** A plan of the given tasks (ids t1, t2, …) and links "t1 FS t2", from 01/04/2026 to 31/12/2026. */
function planOf(tasks: Partial<Task>[], links: Array<[number, number, LinkType, number?]>, statusDate: string | null = null): Plan {
  const base = createDefaultPlan(newId);
  return {
    ...base,
    info: { ...base.info, statusDate },
    units: [],
    tasks: tasks.map((t, i) => newTask({ id: `t${i + 1}`, position: i + 1, name: `Việc ${i + 1}`, ...t })),
    links: links.map(([a, b, type, lag = 0], k): Link => ({ id: `l${k}`, predecessorId: `t${a}`, successorId: `t${b}`, type, lag })),
  };
}

function views(plan: Plan): (n: number) => TaskScheduleView {
  const all = planTaskViews(schedulePlan(plan));
  return (n) => all.get(`t${n}`)!;
}

const milestone = (over: Partial<Task> = {}): Partial<Task> => ({ kind: 'milestone', duration: 0, ...over });

describe('a level-of-effort task follows its links and constrains nothing (Primavera)', () => {
  it('A (2 days) and B (10 days) keep their own float when an effort task spans A → B', () => {
    const view = views(planOf([{ duration: 2 }, { duration: 10 }, { kind: 'effort' }], [[1, 3, 'SS'], [2, 3, 'FF']]));
    expect(view(1)).toMatchObject({ totalFloat: 8, critical: false });
    expect(view(2)).toMatchObject({ totalFloat: 0, critical: true });
    // The effort task spans A's start to B's finish and is critical with B.
    expect(view(3)).toMatchObject({ start: '2026-04-01', finish: '2026-04-14', critical: true });
  });

  it('on the default plan, 16 → 17 SS leaves task 16 its 9 days of float; only 17 moves, still critical', () => {
    const plan = createDefaultPlan(newId);
    const order = tasksInOrder(plan);
    const before = planTaskViews(schedulePlan(plan));
    const linked: Plan = {
      ...plan,
      links: [...plan.links, { id: 'extra', predecessorId: order[15]!.id, successorId: order[16]!.id, type: 'SS', lag: 0 }],
    };
    const after = planTaskViews(schedulePlan(linked));
    for (const t of order.slice(0, 16)) {
      expect([after.get(t.id)!.start, after.get(t.id)!.finish]).toEqual([before.get(t.id)!.start, before.get(t.id)!.finish]);
    }
    expect(before.get(order[16]!.id)).toMatchObject({ start: '2026-05-18', finish: '2026-12-31', critical: true });
    expect(after.get(order[15]!.id)).toMatchObject({ totalFloat: 9, critical: false });
    // The effort task now starts with 16 (SS) and still ends with 15 (FF).
    expect(after.get(order[16]!.id)).toMatchObject({ start: '2026-11-23', finish: '2026-12-31', critical: true });
  });
});

describe('a milestone reached by a finish shows that finish (MS Project)', () => {
  it('FS after a task ending 07/04 shows 07/04; SS shows the start it follows', () => {
    const view = views(planOf([{ duration: 5 }, milestone(), milestone()], [[1, 2, 'FS'], [1, 3, 'SS', 2]]));
    expect(view(1).finish).toBe('2026-04-07');
    expect(view(2)).toMatchObject({ start: '2026-04-07', finish: '2026-04-07', lateStart: '2026-04-07', lateFinish: '2026-04-07' });
    expect(view(3)).toMatchObject({ start: '2026-04-03', finish: '2026-04-03' });
  });

  it('FF and FS with a lag count from the finish: FF 0 after 07/04 is 07/04, FS +2 is 09/04', () => {
    const view = views(planOf([{ duration: 5 }, milestone(), milestone()], [[1, 2, 'FF'], [1, 3, 'FS', 2]]));
    expect(view(2).start).toBe('2026-04-07');
    expect(view(3).start).toBe('2026-04-09');
  });

  it('after Friday 28/08, across the 31/08–02/09 holidays, it shows Friday 28/08 (not Thursday 03/09)', () => {
    const view = views(planOf([{ duration: 1, startNoEarlierThan: '2026-08-28' }, milestone(), {}], [[1, 2, 'FS'], [2, 3, 'FS']]));
    expect(view(2).start).toBe('2026-08-28');
    expect(view(3).start).toBe('2026-09-03'); // the work after it starts on the next working day
  });

  it('a completion milestone after work ending 31/12/2026 shows 31/12/2026 and is on time', () => {
    const view = views(planOf([{ duration: 1, startNoEarlierThan: '2026-12-31' }, milestone()], [[1, 2, 'FS']]));
    expect(view(2)).toMatchObject({ start: '2026-12-31', finish: '2026-12-31', daysLatePlan: 0 });
    const plan = planOf([{ duration: 1, startNoEarlierThan: '2026-12-31' }, milestone()], [[1, 2, 'FS']]);
    expect(schedulePlan(plan).result).toMatchObject({ projectDaysLate: 0 });
  });

  it('its window is checked on the date shown: ending 07/04 it is on time after 07/04, late when it starts on 08/04', () => {
    const window = { windowStart: '2026-04-01', windowEnd: '2026-04-07' };
    const view = views(
      planOf([{ duration: 5 }, milestone(window), milestone({ ...window, startNoEarlierThan: '2026-04-08' })], [[1, 2, 'FS']]),
    );
    expect(view(2)).toMatchObject({ start: '2026-04-07', daysLateOwn: 0 });
    expect(view(3)).toMatchObject({ start: '2026-04-08', daysLateOwn: 1 });
  });

  it('a start constraint on the next day is the later instant: the milestone shows the constraint', () => {
    const view = views(planOf([{ duration: 5 }, milestone({ startNoEarlierThan: '2026-04-08' })], [[1, 2, 'FS']]));
    expect(view(2)).toMatchObject({ start: '2026-04-08', driver: { kind: 'startNoEarlierThan' } });
  });

  it('the plan table export shows the same date as the views', () => {
    const plan = planOf([{ duration: 5 }, milestone({ name: 'Mốc hoàn thành' })], [[1, 2, 'FS']]);
    const csv = planTableCsv(plan, { columns: ['start', 'finish'] });
    const row = csv.split('\r\n').find((line) => line.includes('Mốc hoàn thành'))!;
    expect(row).toContain('07/04/2026,07/04/2026');
  });
});

describe('progress against the status date (MS Project)', () => {
  const status = '2026-04-15';

  it('a 100 % task after an unstarted predecessor stays at or before the status date, flagged out of sequence', () => {
    const view = views(planOf([{ duration: 3 }, { duration: 2, percentComplete: 100 }], [[1, 2, 'FS']], status));
    expect(view(1).start).toBe('2026-04-15'); // unstarted: from the status date
    expect(view(2)).toMatchObject({ start: '2026-04-14', finish: '2026-04-15', progressIssue: 'outOfSequence' });
  });

  it('a 50 % task without an actual start has its done half before the status date', () => {
    // 4 days, 2 done: 13, 14/04; 2 remain from 15/04: 15, 16/04.
    const view = views(planOf([{ duration: 4, percentComplete: 50, startNoEarlierThan: '2026-05-04' }], [], status));
    expect(view(1)).toMatchObject({ start: '2026-04-13', finish: '2026-04-16', driver: { kind: 'statusDate' } });
  });

  it('an actual date after the status date is flagged; in order, finished work has no flag', () => {
    const view = views(
      planOf(
        [
          { duration: 3, percentComplete: 100, actualStart: '2026-04-01', actualFinish: '2026-04-03' },
          { duration: 2, percentComplete: 50, actualStart: '2026-04-20' },
          { duration: 2, percentComplete: 100, actualFinish: '2026-04-16' },
        ],
        [[1, 2, 'FS']],
        status,
      ),
    );
    expect(view(1).progressIssue).toBeNull();
    expect(view(2).progressIssue).toBe('actualAfterStatus');
    expect(view(3).progressIssue).toBe('actualAfterStatus');
  });

  it('without a status date nothing is flagged', () => {
    const view = views(planOf([{ duration: 3 }, { duration: 2, percentComplete: 100, actualStart: '2026-05-20' }], [[1, 2, 'FS']]));
    expect(view(2).progressIssue).toBeNull();
  });
});
