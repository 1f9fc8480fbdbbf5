/**
 * Issue 17 §4: every plan the validator accepts renders. Durations and lags
 * up to their limits, dates anywhere a plan file may hold them (years
 * 0000–9999, far outside the 1970–2199 calendar), any work week: the
 * schedule views, the screen's plan view and the plan table never throw and
 * always show real calendar dates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { isIsoDate } from '../../../core/dates';
import { planTableRows } from '../../../core/formats/planTableRows';
import { MAX_DURATION, MAX_LAG, tasksInOrder, type Plan } from '../../../core/model';
import { planTaskViews, schedulePlan } from '../../../core/schedule';
import { CALENDAR_2026 } from '../../../core/seed/calendar2026';
import { parsePlan } from '../../../db/planValidation';
import { buildPlanView } from '../../../renderer/planView';
import { applyEdit } from '../../../core/edits';

const year = fc.oneof(fc.integer({ min: 2020, max: 2035 }), fc.integer({ min: 0, max: 9999 }));
const dateArb = fc
  .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const maybeDate = fc.option(dateArb, { nil: null, freq: 2 });
const extreme = (max: number) => fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant(max), fc.integer({ min: 0, max }));

const taskArb = fc.record({
  kind: fc.constantFrom('task', 'milestone', 'effort' as const),
  duration: extreme(MAX_DURATION),
  windowStart: maybeDate,
  windowEnd: maybeDate,
  startNoEarlierThan: maybeDate,
  manualStart: maybeDate,
  manualFinish: maybeDate,
  percentComplete: fc.constantFrom(0, 50, 100),
  actualStart: maybeDate,
  actualFinish: maybeDate,
});

const planArb = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.record({
    tasks: fc.array(taskArb, { minLength: n, maxLength: n }),
    links: fc.array(
      fc.record({
        a: fc.nat(n - 1),
        b: fc.nat(n - 1),
        type: fc.constantFrom('FS', 'SS', 'FF', 'SF' as const),
        lag: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(MAX_LAG, -MAX_LAG), fc.integer({ min: -MAX_LAG, max: MAX_LAG })),
      }),
      { maxLength: 2 * n },
    ),
    start: dateArb,
    end: dateArb,
    statusDate: maybeDate,
    workWeek: fc.subarray([1, 2, 3, 4, 5, 6, 7]),
  }),
);

const seed = createDefaultPlan(() => 'seed');

type Generated = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

function toPlan(g: Generated): Plan {
  const seen = new Set<string>();
  return {
    info: { ...seed.info, startDate: g.start, endDate: g.end, statusDate: g.statusDate },
    calendar: { ...CALENDAR_2026, workWeek: g.workWeek },
    units: [],
    tasks: g.tasks.map((t, i) => ({ ...tasksInOrder(seed)[0]!, ...t, id: `t${i}`, position: i + 1, leadUnitId: null, coordinatingUnitIds: [] })),
    // Links from lower to higher position, one per pair: the plans a file can hold without a cycle.
    links: g.links
      .filter(({ a, b }) => a !== b && !seen.has(`${Math.min(a, b)}-${Math.max(a, b)}`) && seen.add(`${Math.min(a, b)}-${Math.max(a, b)}`))
      .map(({ a, b, type, lag }, k) => ({ id: `l${k}`, predecessorId: `t${Math.min(a, b)}`, successorId: `t${Math.max(a, b)}`, type, lag })),
  };
}

describe('any plan the validator accepts renders its views (issue 17 §4)', () => {
  it('views, plan view and plan table never throw and show calendar dates', () => {
    fc.assert(
      fc.property(planArb, (g) => {
        const parsed = parsePlan(toPlan(g));
        if (!parsed.ok) return; // refused with a message: nothing to render
        const views = planTaskViews(schedulePlan(parsed.plan));
        expect(views.size).toBe(parsed.plan.tasks.length);
        for (const v of views.values()) {
          for (const d of [v.start, v.finish, v.lateStart, v.lateFinish]) expect(isIsoDate(d), d).toBe(true);
          expect(v.finish >= v.start).toBe(true);
        }
        const screen = buildPlanView(parsed.plan);
        expect(screen.tasks.length).toBe(parsed.plan.tasks.length);
        expect(planTableRows(parsed.plan, { columns: ['start', 'finish', 'late'] }).rows.length).toBe(parsed.plan.tasks.length);
      }),
      { numRuns: 300 },
    );
  });

  it('a lag of 15,000 is refused with a clear message; the longest allowed lag on the default plan renders', () => {
    const plan = createDefaultPlan();
    const link = plan.links[0]!;
    const edit = (lag: number) => applyEdit(plan, { op: 'updateLink', linkId: link.id, lag }, { newId: () => 'x' });
    expect(() => edit(15_000)).toThrow(/Độ trễ phải từ -10000 đến 10000/);
    for (const lag of [MAX_LAG, -MAX_LAG]) {
      const views = planTaskViews(schedulePlan(edit(lag)));
      expect(views.size).toBe(plan.tasks.length);
    }
  });
});
