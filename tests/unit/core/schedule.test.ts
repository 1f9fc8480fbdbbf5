import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../../core/calendar';
import { newTask, type LinkType, type Plan, type Task } from '../../../core/model';
import { CALENDAR_2026 } from '../../../core/seed/calendar2026';
import {
  calendarOf,
  describeTask,
  planTaskViews,
  schedule,
  schedulePlan,
  viewOfPlanTask,
  type ScheduleInput,
  type ScheduleLink,
  type ScheduleOk,
  type ScheduleTask,
} from '../../../core/schedule';

const cal = createWorkCalendar(CALENDAR_2026);

function task(over: Partial<ScheduleTask> = {}): ScheduleTask {
  return {
    kind: 'task',
    duration: 1,
    windowStart: null,
    windowEnd: null,
    startNoEarlierThan: null,
    manualStart: null,
    manualFinish: null,
    percentComplete: 0,
    actualStart: null,
    actualFinish: null,
    ...over,
  };
}

const link = (from: number, to: number, type: LinkType = 'FS', lag = 0): ScheduleLink => ({ from, to, type, lag });

function input(tasks: ScheduleTask[], links: ScheduleLink[], over: Partial<ScheduleInput> = {}): ScheduleInput {
  return { tasks, links, projectStart: '2026-04-01', projectDeadline: '2026-12-31', statusDate: null, ...over };
}

function run(inp: ScheduleInput) {
  const result = schedule(inp, cal);
  if (!result.ok) throw new Error(`unexpected cycle ${result.cycle.join(',')}`);
  const view = (i: number) => describeTask(result, i, cal, inp);
  return { result, view, dates: (i: number) => [view(i).start, view(i).finish] };
}

/** Predecessor A: 5 days from Wednesday 22/04, over the 27/04 holiday: 22, 23, 24, 28, 29/04. */
const beforeMay = task({ duration: 5, startNoEarlierThan: '2026-04-22' });

describe('links across the 30/04–01/05 holidays (A = 22/04–29/04)', () => {
  const cases: Array<[LinkType, number, number, string, string]> = [
    // type, lag, successor duration, expected start, expected finish
    ['FS', 0, 2, '2026-05-04', '2026-05-05'], // next working day after 29/04
    ['FS', 2, 1, '2026-05-06', '2026-05-06'], // two working days gap: 04, 05/05
    ['FS', -2, 1, '2026-04-28', '2026-04-28'], // 2-day lead: the day before A's finish
    ['SS', 3, 1, '2026-04-28', '2026-04-28'], // 22 + 3 working days: 23, 24, 28
    ['SS', -1, 1, '2026-04-21', '2026-04-21'],
    ['FF', 0, 3, '2026-04-24', '2026-04-29'], // finishes with A: 24, 28, 29
    ['FF', 2, 3, '2026-04-29', '2026-05-05'], // finish ≥ 29/04 + 2 = 05/05: 29/04, 04, 05/05
    ['FF', -1, 1, '2026-04-28', '2026-04-28'],
    ['SF', 0, 2, '2026-04-20', '2026-04-21'], // finish ≥ start(A) − 1 = 21/04
    ['SF', 3, 2, '2026-04-23', '2026-04-24'], // finish ≥ 22 + 3 − 1 = 24/04
    ['SF', -2, 1, '2026-04-17', '2026-04-17'], // finish ≥ 22 − 3 = 17/04
  ];
  it.each(cases)('%s lag %i, duration %i → %s … %s', (type, lag, duration, start, finish) => {
    const { dates, view } = run(input([beforeMay, task({ duration })], [link(0, 1, type, lag)]));
    expect(dates(0)).toEqual(['2026-04-22', '2026-04-29']);
    expect(dates(1)).toEqual([start, finish]);
    expect(view(1).driver).toEqual({ kind: 'link', linkIndex: 0, date: null });
  });
});

describe('links across 31/08–02/09 and the working Saturday 22/08', () => {
  it('a 3-day task from Thursday 20/08 finishes on Saturday 22/08; FS follows on Monday 24/08', () => {
    const { dates } = run(input([task({ duration: 3, startNoEarlierThan: '2026-08-20' }), task()], [link(0, 1)]));
    expect(dates(0)).toEqual(['2026-08-20', '2026-08-22']);
    expect(dates(1)).toEqual(['2026-08-24', '2026-08-24']);
  });

  // A: 26, 27, 28/08 (Wed–Fri); the next working day is Thursday 03/09.
  const a = task({ duration: 3, startNoEarlierThan: '2026-08-26' });
  const cases: Array<[LinkType, number, number, string, string]> = [
    ['FS', 0, 1, '2026-09-03', '2026-09-03'],
    ['FS', 1, 1, '2026-09-04', '2026-09-04'],
    ['FS', -1, 1, '2026-08-28', '2026-08-28'],
    ['SS', 3, 2, '2026-09-03', '2026-09-04'], // 26 + 3: 27, 28, 03/09
    ['SS', -4, 1, '2026-08-21', '2026-08-21'], // 26 − 4: 25, 24, 22 (Sat), 21
    ['FF', 2, 2, '2026-09-03', '2026-09-04'], // finish ≥ 28/08 + 2 = 04/09
    ['FF', -5, 1, '2026-08-22', '2026-08-22'], // finish ≥ 28 − 5: 27, 26, 25, 24, 22 (Sat)
    ['SF', 0, 2, '2026-08-24', '2026-08-25'], // finish ≥ 26 − 1 = 25/08
    ['SF', 6, 1, '2026-09-07', '2026-09-07'], // finish ≥ 26 + 5: 27, 28, 03, 04, 07/09
  ];
  it.each(cases)('%s lag %i, duration %i → %s … %s', (type, lag, duration, start, finish) => {
    const { dates } = run(input([a, task({ duration })], [link(0, 1, type, lag)]));
    expect(dates(0)).toEqual(['2026-08-26', '2026-08-28']);
    expect(dates(1)).toEqual([start, finish]);
  });
});

describe('constraints on the start', () => {
  it('a window start is "no earlier than": 01/05 is a holiday, so the task starts on Monday 04/05', () => {
    const { dates, view } = run(input([task({ duration: 2, windowStart: '2026-05-01', windowEnd: '2026-05-31' })], []));
    expect(dates(0)).toEqual(['2026-05-04', '2026-05-05']);
    expect(view(0).driver).toEqual({ kind: 'window', linkIndex: -1, date: '2026-05-01' });
    expect(view(0).daysLateOwn).toBe(0);
  });

  it('a window end is a deadline: flagged late, never moved', () => {
    // 01–10/04 holds 8 working days; 10 days finish on 14/04, 2 working days late.
    const { dates, view } = run(input([task({ duration: 10, windowStart: '2026-04-01', windowEnd: '2026-04-10' })], []));
    expect(dates(0)).toEqual(['2026-04-01', '2026-04-14']);
    expect(view(0)).toMatchObject({
      daysLateOwn: 2,
      daysLatePlan: 0,
      lateFinish: '2026-04-10',
      lateStart: '2026-03-30',
      totalFloat: -2,
      critical: true,
    });
  });

  it('start no earlier than (a drag) on a Saturday gives the Monday; the later of SNET and window drives', () => {
    const { dates, view } = run(
      input(
        [
          task({ startNoEarlierThan: '2026-04-04' }),
          task({ startNoEarlierThan: '2026-04-04', windowStart: '2026-04-08' }),
        ],
        [],
      ),
    );
    expect(dates(0)).toEqual(['2026-04-06', '2026-04-06']);
    expect(view(0).driver).toEqual({ kind: 'startNoEarlierThan', linkIndex: -1, date: '2026-04-04' });
    expect(view(1).driver).toEqual({ kind: 'window', linkIndex: -1, date: '2026-04-08' });
  });

  it('no task starts before the project start, whatever the lead', () => {
    const { dates, view } = run(input([task({ duration: 2 }), task()], [link(0, 1, 'SS', -5)]));
    expect(dates(1)).toEqual(['2026-04-01', '2026-04-01']);
    expect(view(1).driver).toEqual({ kind: 'projectStart', linkIndex: -1, date: '2026-04-01' });
  });

  it('tie rule: a link that gives the same start as a constraint is the driver', () => {
    // A finishes 29/04 → FS gives 04/05; the window from 01/05 also gives 04/05.
    const { view } = run(input([beforeMay, task({ windowStart: '2026-05-01' })], [link(0, 1)]));
    expect(view(1).start).toBe('2026-05-04');
    expect(view(1).driver.kind).toBe('link');
    // Among links, the lowest link index wins a tie.
    const two = run(input([task({ duration: 2 }), task({ duration: 2 }), task()], [link(1, 2), link(0, 2)]));
    expect(two.view(2).driver.linkIndex).toBe(0);
  });
});

describe('manual tasks, milestones, effort tasks', () => {
  it('a manual task keeps its dates; a link it breaks is reported; successors follow it', () => {
    const inp = input(
      [task({ duration: 5 }), task({ duration: 9, manualStart: '2026-04-06', manualFinish: '2026-04-08' }), task()],
      [link(0, 1), link(1, 2)],
    );
    const { dates, view, result } = run(inp);
    expect(dates(0)).toEqual(['2026-04-01', '2026-04-07']);
    expect(dates(1)).toEqual(['2026-04-06', '2026-04-08']); // before A finishes: FS broken
    expect(view(1).driver).toEqual({ kind: 'manual', linkIndex: -1, date: '2026-04-06' });
    expect(Array.from(result.violatedLink)).toEqual([-1, 0, -1]);
    expect(dates(2)).toEqual(['2026-04-09', '2026-04-09']);
    // A manual task whose links hold reports nothing.
    const manual = task({ manualStart: '2026-04-08', manualFinish: '2026-04-09' });
    const ok = run(input([task({ duration: 5 }), manual], [link(0, 1)]));
    expect(ok.result.violatedLink[1]).toBe(-1);
  });

  it('a milestone has no length: reached by a finish it shows that finish (MS Project); FS successors start the next day', () => {
    const milestone = task({ kind: 'milestone', duration: 0 });
    const { dates, result } = run(input([task({ duration: 5 }), milestone, task()], [link(0, 1), link(1, 2)]));
    expect(dates(1)).toEqual(['2026-04-07', '2026-04-07']);
    expect(result.earlyFinish[1]).toBe(result.earlyStart[1]! - 1);
    expect(dates(2)).toEqual(['2026-04-08', '2026-04-08']);
    expect(Array.from(result.critical)).toEqual([1, 1, 1]);
  });

  it('an effort task spans from its start-side links to its finish-side links', () => {
    // A 01–07/04, B 08–21/04; E: SS A, FF B → 01/04 … 21/04 (14 working days).
    const inp = input([task({ duration: 5 }), task({ duration: 10 }), task({ kind: 'effort', duration: 99 })], [
      link(0, 1),
      link(0, 2, 'SS'),
      link(1, 2, 'FF'),
    ]);
    const { dates, result, view } = run(inp);
    expect(dates(2)).toEqual(['2026-04-01', '2026-04-21']);
    expect(view(2)).toMatchObject({ totalFloat: 0, critical: true, driver: { kind: 'link', linkIndex: 1 } });
    expect(result.projectFinish).toBe(cal.startNumber('2026-04-21'));
    // Without finish-side links it lasts one day.
    const alone = run(input([task({ duration: 5 }), task({ kind: 'effort', duration: 0 })], [link(0, 1, 'SS', 2)]));
    expect(alone.dates(1)).toEqual(['2026-04-03', '2026-04-03']);
  });
});

describe('cycles', () => {
  it('reports a real cycle in link order and leaves the input untouched', () => {
    const inp = input([task(), task(), task(), task()], [link(0, 1), link(1, 2), link(2, 3), link(3, 1)]);
    const before = structuredClone(inp);
    const result = schedule(inp, cal);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe('cycle');
    // Some rotation of 1 → 2 → 3 → 1.
    const at = result.cycle.indexOf(1);
    expect([...result.cycle.slice(at), ...result.cycle.slice(0, at)]).toEqual([1, 2, 3]);
    expect(inp).toEqual(before);
  });

  it('a self-link is a cycle of one task', () => {
    const result = schedule(input([task(), task()], [link(0, 1), link(1, 1, 'SS', 2)]), cal);
    expect(result).toEqual({ ok: false, error: 'cycle', cycle: [1] });
  });
});

describe('the seed plan (DOMAIN.md "Default schedule of the seed plan")', () => {
  const W = {
    apr: ['2026-04-01', '2026-04-30'],
    aprMay: ['2026-04-01', '2026-05-31'],
    may: ['2026-05-01', '2026-05-31'],
    maySep: ['2026-05-01', '2026-09-30'],
    junSep: ['2026-06-01', '2026-09-30'],
    sep: ['2026-09-01', '2026-09-30'],
    oct: ['2026-10-01', '2026-10-31'],
    octNov: ['2026-10-01', '2026-11-30'],
    nov: ['2026-11-01', '2026-11-30'],
    novDec: ['2026-11-01', '2026-12-31'],
  } as const;
  // STT, duration, window, predecessors (STT + type), start, finish (dd/mm, 2026).
  const table: Array<[number, number, readonly string[] | null, Array<[number, LinkType]>, string, string]> = [
    [1, 5, W.apr, [], '01/04', '07/04'],
    [2, 5, W.apr, [[1, 'FS']], '08/04', '14/04'],
    [3, 5, W.apr, [[2, 'FS']], '15/04', '21/04'],
    [4, 5, W.apr, [[3, 'FS']], '22/04', '29/04'],
    [5, 10, W.aprMay, [[4, 'FS']], '04/05', '15/05'],
    [6, 5, W.may, [[5, 'FS']], '18/05', '22/05'],
    [7, 1, W.may, [[6, 'FS']], '25/05', '25/05'],
    [8, 82, W.maySep, [[7, 'FS']], '26/05', '18/09'],
    [9, 78, W.junSep, [[8, 'SS']], '01/06', '18/09'],
    [10, 8, W.sep, [[8, 'FS'], [9, 'FS']], '21/09', '30/09'],
    [11, 22, W.oct, [[10, 'FS']], '01/10', '30/10'],
    [12, 10, W.octNov, [[11, 'FS']], '02/11', '13/11'],
    [13, 5, W.nov, [[12, 'FS']], '16/11', '20/11'],
    [14, 6, W.nov, [[13, 'FS']], '23/11', '30/11'],
    [15, 23, W.novDec, [[14, 'FS']], '01/12', '31/12'],
    [16, 20, W.novDec, [[13, 'FS']], '23/11', '18/12'],
    [17, 0, null, [[6, 'SS'], [15, 'FF']], '18/05', '31/12'],
  ];
  const iso = (ddmm: string, year = 2026) => `${year}-${ddmm.slice(3, 5)}-${ddmm.slice(0, 2)}`;

  function seedInput(statusDate: string | null = null, percent: (stt: number) => number = () => 0): ScheduleInput {
    const tasks = table.map(([stt, duration, w]) =>
      task({
        kind: stt === 17 ? 'effort' : 'task',
        duration,
        windowStart: w?.[0] ?? null,
        windowEnd: w?.[1] ?? null,
        percentComplete: percent(stt),
      }),
    );
    const links = table.flatMap(([stt, , , preds]) => preds.map(([p, type]) => link(p - 1, stt - 1, type)));
    return input(tasks, links, { statusDate });
  }

  it('gives exactly the DOMAIN dates; every task is critical except 16 (9 days of float)', () => {
    const inp = seedInput();
    const { dates, view, result } = run(inp);
    for (const [stt, , , , start, finish] of table) {
      expect(dates(stt - 1), `STT ${stt}`).toEqual([iso(start), iso(finish)]);
      const v = view(stt - 1);
      expect([v.critical, v.totalFloat, v.daysLateOwn], `STT ${stt}`).toEqual(stt === 16 ? [false, 9, 0] : [true, 0, 0]);
    }
    expect(view(15)).toMatchObject({ lateStart: '2026-12-04', lateFinish: '2026-12-31', freeFloat: 9 });
    expect(view(8).driver).toEqual({ kind: 'window', linkIndex: -1, date: '2026-06-01' });
    // Task 1's window starts on the project start: the more specific constraint is named.
    expect(view(0).driver).toEqual({ kind: 'window', linkIndex: -1, date: '2026-04-01' });
    expect(view(9).driver.kind).toBe('link');
    expect(inp.links[view(9).driver.linkIndex]).toEqual(link(7, 9)); // 8 FS 10 (lower link index on the tie)
    const ss6 = inp.links.findIndex((l) => l.to === 16 && l.type === 'SS');
    expect(view(16).driver).toEqual({ kind: 'link', linkIndex: ss6, date: null });
    expect(result.projectFinish).toBe(cal.finishNumber('2026-12-31'));
    expect(result.projectDaysLate).toBe(0);
  });

  it('status date 28/11 with task 12 half done: the remainder and its successors move, the plan is 15 days late', () => {
    /*
     * Tasks 1–11 are finished (no actual dates: they keep their computed dates).
     * 28/11/2026 is a Saturday, so the remaining work starts Monday 30/11.
     * Task 12: 10 days, 50 % → 5 days remain: 30/11, 01, 02, 03, 04/12 → finish 04/12
     * (its start 02/11 stays). Then, all at 0 % and pushed by links:
     *   13 (5 d): 07–11/12 · 14 (6 d): 14–21/12 · 16 (20 d): 14/12–08/01/2027
     *   15 (23 d): 22/12 → 8 days in December (22–25, 28–31) + 15 in January 2027.
     * The 2026 calendar has no 2027 holidays, so Friday 01/01/2027 is worked:
     * 01, 04–08, 11–15, 18–21/01 = 15 days → 15 finishes 21/01/2027, and 17 (FF 15) too.
     * Late against 31/12/2026: 01, 04–08, 11–15, 18–21/01 = 15 working days — the same
     * as task 12's slip from 13/11 to 04/12 (16–20, 23–27/11, 30/11–04/12).
     */
    const inp = seedInput('2026-11-28', (stt) => (stt <= 11 ? 100 : stt === 12 ? 50 : 0));
    const { dates, view, result } = run(inp);
    for (const [stt, , , , start, finish] of table.slice(0, 11)) {
      expect(dates(stt - 1), `STT ${stt}`).toEqual([iso(start), iso(finish)]);
    }
    expect(dates(11)).toEqual(['2026-11-02', '2026-12-04']);
    expect(dates(12)).toEqual(['2026-12-07', '2026-12-11']);
    expect(dates(13)).toEqual(['2026-12-14', '2026-12-21']);
    expect(dates(14)).toEqual(['2026-12-22', '2027-01-21']);
    expect(dates(15)).toEqual(['2026-12-14', '2027-01-08']);
    expect(dates(16)).toEqual(['2026-05-18', '2027-01-21']);
    expect(result.projectDaysLate).toBe(15);
    expect(result.projectFinish - cal.finishNumber('2026-12-31')).toBe(15);
    expect([14, 15, 16].map((i) => view(i).daysLatePlan)).toEqual([15, 6, 15]);
    expect([14, 15].map((i) => view(i).daysLateOwn)).toEqual([15, 6]); // window end 31/12
    // Late dates run back from the deadline, so float is minus the days late.
    expect([11, 12, 13, 14, 16].map((i) => view(i).totalFloat)).toEqual([-15, -15, -15, -15, -15]);
    expect(view(15)).toMatchObject({ totalFloat: -6, critical: true });
  });

  it('without a status date progress moves nothing', () => {
    const withProgress = seedInput(null, (stt) => (stt <= 11 ? 100 : stt === 12 ? 50 : 0));
    const { dates } = run(withProgress);
    for (const [stt, , , , start, finish] of table) expect(dates(stt - 1)).toEqual([iso(start), iso(finish)]);
  });
});

describe('progress against the status date', () => {
  const status = { statusDate: '2026-04-15' };
  it('unstarted work starts no earlier than the status date', () => {
    const { dates, view } = run(input([task({ duration: 2 })], [], status));
    expect(dates(0)).toEqual(['2026-04-15', '2026-04-16']);
    expect(view(0).driver).toEqual({ kind: 'statusDate', linkIndex: -1, date: '2026-04-15' });
  });

  it('finished work keeps its actual dates and is never pushed; a broken link is reported', () => {
    const inp = input(
      [
        task({ duration: 3, percentComplete: 100 }),
        task({ duration: 3, percentComplete: 100, actualStart: '2026-04-02', actualFinish: '2026-04-09' }),
      ],
      [link(0, 1)],
      status,
    );
    const { dates, view, result } = run(inp);
    expect(dates(0)).toEqual(['2026-04-01', '2026-04-03']);
    expect(dates(1)).toEqual(['2026-04-02', '2026-04-09']);
    expect(view(1).driver).toEqual({ kind: 'actual', linkIndex: -1, date: '2026-04-02' });
    expect(result.violatedLink[1]).toBe(0);
  });

  it('started work keeps its actual start; its remaining days follow the status date', () => {
    // 10 days at 30 %: 7 remain from 15/04: 15, 16, 17, 20, 21, 22, 23/04.
    const { dates } = run(input([task({ duration: 10, percentComplete: 30, actualStart: '2026-04-06' })], [], status));
    expect(dates(0)).toEqual(['2026-04-06', '2026-04-23']);
    // Ahead of the status date it keeps its duration: 4 days at 50 % from 14/04 end 17/04.
    const ahead = run(input([task({ duration: 4, percentComplete: 50, actualStart: '2026-04-14' })], [], status));
    expect(ahead.dates(0)).toEqual(['2026-04-14', '2026-04-17']);
  });
});

describe('schedulePlan: from the plan model', () => {
  const planTask = (id: string, position: number, over: Partial<Task> = {}): Task =>
    newTask({ id, position, name: `Công việc ${id}`, duration: 5, ...over });
  const plan: Plan = {
    info: {
      title: 'Kế hoạch',
      number: '',
      placeAndDate: '',
      organisation: '',
      signer: '',
      startDate: '2026-04-01',
      endDate: '2026-04-10',
      statusDate: null,
    },
    calendar: CALENDAR_2026,
    units: [],
    // Stored out of order: the engine sees them by position.
    tasks: [planTask('b', 2), planTask('a', 1, { duration: 3 }), planTask('c', 3, { kind: 'milestone', duration: 0 })],
    links: [
      { id: 'l1', predecessorId: 'a', successorId: 'b', type: 'FS', lag: 0 },
      { id: 'gone', predecessorId: 'x', successorId: 'b', type: 'FS', lag: 0 },
      { id: 'l2', predecessorId: 'b', successorId: 'c', type: 'FS', lag: 0 },
    ],
  };

  it('orders tasks by position, maps links by id, drops links to missing tasks, uses the plan dates', () => {
    const ps = schedulePlan(plan);
    expect(ps.order.map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect([...ps.indexOf]).toEqual([['a', 0], ['b', 1], ['c', 2]]);
    expect(ps.input.links).toEqual([link(0, 1), link(1, 2)]);
    expect(ps.links.map((l) => l.id)).toEqual(['l1', 'l2']);
    expect(ps.calendar).toBe(calendarOf(plan.calendar)); // built once per calendar
    const views = planTaskViews(ps);
    expect([views.get('a')?.start, views.get('a')?.finish]).toEqual(['2026-04-01', '2026-04-03']);
    // b: 06–10/04, the plan's end date; the milestone c is reached by b's finish: shown 10/04, on time.
    expect(views.get('b')).toMatchObject({ start: '2026-04-06', finish: '2026-04-10', critical: true });
    expect(viewOfPlanTask(ps, 'c')).toMatchObject({ start: '2026-04-10', finish: '2026-04-10', daysLatePlan: 0 });
    expect(ps.result.ok && ps.result.projectDaysLate).toBe(0);
    expect(viewOfPlanTask(ps, 'nope')).toBeNull();
  });

  it('reports a cycle through the plan and gives no views', () => {
    const looped: Plan = { ...plan, links: [...plan.links, { id: 'l3', predecessorId: 'c', successorId: 'a', type: 'SS', lag: 0 }] };
    const ps = schedulePlan(looped);
    expect(ps.result).toEqual({ ok: false, error: 'cycle', cycle: [0, 1, 2] });
    expect(planTaskViews(ps).size).toBe(0);
    expect(viewOfPlanTask(ps, 'a')).toBeNull();
  });
});

describe('cycles at scale', () => {
  it('finds a 100,000-task cycle without recursion or argument-spread limits', () => {
    const n = 100_000;
    const tasks = Array.from({ length: n }, () => task());
    const links = Array.from({ length: n }, (_, i) => link(i, (i + 1) % n));
    const result = schedule(input(tasks, links), cal);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.cycle).toEqual([...Array(n).keys()]);
  });
});
