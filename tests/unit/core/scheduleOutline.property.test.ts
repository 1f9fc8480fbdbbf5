/** Properties of summary tasks in the engine over random outlines. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../../core/calendar';
import { fromEpochDay, toEpochDay } from '../../../core/dates';
import type { LinkType } from '../../../core/model';
import { CALENDAR_2026 } from '../../../core/seed/calendar2026';
import { describeTask, schedule, type ScheduleInput, type ScheduleOk, type ScheduleTask } from '../../../core/schedule';

const cal = createWorkCalendar(CALENDAR_2026);
const BASE = toEpochDay('2026-04-01');
const dateArb = fc.integer({ min: 0, max: 120 }).map((o) => fromEpochDay(BASE + o));

const taskArb: fc.Arbitrary<ScheduleTask> = fc.record({
  kind: fc.constantFrom('task', 'task', 'task', 'milestone' as const),
  duration: fc.integer({ min: 0, max: 8 }),
  windowStart: fc.option(dateArb, { freq: 4 }),
  windowEnd: fc.option(dateArb, { freq: 4 }),
  startNoEarlierThan: fc.option(dateArb, { freq: 5 }),
  manualStart: fc.constant(null),
  manualFinish: fc.constant(null),
  percentComplete: fc.integer({ min: 0, max: 100 }),
  actualStart: fc.constant(null),
  actualFinish: fc.constant(null),
});

/**
 * A random outline in depth-first order (each task's level at most one deeper
 * than the row above), links only from a row to a later row: the expanded
 * links then run forward too, so no cycle.
 */
const inputArb: fc.Arbitrary<ScheduleInput> = fc
  .integer({ min: 1, max: 25 })
  .chain((n) =>
    fc.record({
      tasks: fc.array(taskArb, { minLength: n, maxLength: n }),
      levels: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
      links: fc.array(
        fc.record({
          a: fc.nat(n - 1),
          b: fc.nat(n - 1),
          type: fc.constantFrom<LinkType>('FS', 'SS', 'FF', 'SF'),
          lag: fc.integer({ min: -3, max: 5 }),
        }),
        { maxLength: 2 * n },
      ),
    }),
  )
  .map(({ tasks, levels, links }) => {
    const parents = new Int32Array(tasks.length).fill(-1);
    const open: number[] = [];
    levels.forEach((l, i) => {
      const level = Math.min(l, open.length);
      open.length = level;
      parents[i] = level === 0 ? -1 : open[level - 1]!;
      open.push(i);
    });
    return {
      tasks,
      parents,
      links: links
        .filter((l) => l.a !== l.b)
        .map((l) => ({ from: Math.min(l.a, l.b), to: Math.max(l.a, l.b), type: l.type, lag: l.lag })),
      projectStart: '2026-04-01',
      projectDeadline: '2026-09-30',
      statusDate: null,
    };
  });

function leavesOf(parents: Int32Array, s: number): number[] {
  const isSummary = new Set([...parents].filter((p) => p >= 0));
  const out: number[] = [];
  parents.forEach((_, i) => {
    if (isSummary.has(i)) return;
    for (let a = parents[i]!; a >= 0; a = parents[a]!) if (a === s) out.push(i);
  });
  return out;
}
const within = (parents: Int32Array, a: number, b: number) => {
  for (let at = a; at >= 0; at = parents[at]!) if (at === b) return true;
  return false;
};
const summariesOf = (parents: Int32Array) => [...new Set([...parents].filter((p) => p >= 0))];
const ok = (input: ScheduleInput): ScheduleOk => {
  const r = schedule(input, cal);
  if (!r.ok) throw new Error('cycle');
  return r;
};

describe('summary tasks (properties)', () => {
  it('every summary spans exactly its leaves: first start, last finish, least float, critical when a leaf is', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = ok(input);
        const view = (i: number) => describeTask(r, i, cal, input);
        for (const s of summariesOf(input.parents!)) {
          const leaves = leavesOf(input.parents!, s).map(view);
          const v = view(s);
          expect(v.start).toBe(leaves.map((l) => l.start).sort()[0]);
          expect(v.finish).toBe(leaves.map((l) => l.finish).sort().at(-1));
          expect(v.lateStart).toBe(leaves.map((l) => l.lateStart).sort()[0]);
          expect(v.totalFloat).toBe(Math.min(...leaves.map((l) => l.totalFloat)));
          expect(v.critical).toBe(leaves.some((l) => l.critical));
          expect(v.percentComplete).toBeGreaterThanOrEqual(Math.min(...leaves.map((l) => l.percentComplete)) - 1e-9);
          expect(v.percentComplete).toBeLessThanOrEqual(Math.max(...leaves.map((l) => l.percentComplete)) + 1e-9);
          const own = input.tasks[s]!.windowEnd;
          const lateBy = own === null ? 0 : Math.max(0, cal.startNumber(v.finish) - cal.finishNumber(own));
          expect(v.daysLateOwn).toBe(lateBy);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('links into and out of summaries hold for every leaf, and a section’s window start bounds every leaf', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = ok(input);
        const parents = input.parents!;
        const isSummary = new Set(summariesOf(parents));
        const ends = (i: number) => (isSummary.has(i) ? leavesOf(parents, i) : [i]);
        const { earlyStart: es, earlyFinish: ef } = r;
        for (const l of input.links) {
          if (within(parents, l.to, l.from) || within(parents, l.from, l.to)) continue; // left out by the engine
          for (const x of ends(l.from)) {
            for (const y of ends(l.to)) {
              const held =
                l.type === 'FS' ? es[y]! >= ef[x]! + 1 + l.lag
                : l.type === 'SS' ? es[y]! >= es[x]! + l.lag
                : l.type === 'FF' ? ef[y]! >= ef[x]! + l.lag
                : ef[y]! >= es[x]! + l.lag - 1;
              expect(held).toBe(true);
            }
          }
        }
        for (const s of isSummary) {
          const w = input.tasks[s]!.windowStart;
          if (w === null) continue;
          for (const leaf of leavesOf(parents, s)) expect(es[leaf]!).toBeGreaterThanOrEqual(cal.startNumber(w));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives every task the same dates whatever the order of the tasks in the input', () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) => fc.tuple(fc.constant(input), fc.shuffledSubarray([...input.tasks.keys()], { minLength: input.tasks.length }))),
        ([input, perm]) => {
          // perm[k] = original index of the task placed at k.
          const at = new Int32Array(perm.length);
          perm.forEach((orig, k) => (at[orig] = k));
          const shuffled: ScheduleInput = {
            ...input,
            tasks: perm.map((orig) => input.tasks[orig]!),
            parents: Int32Array.from(perm, (orig) => (input.parents![orig]! < 0 ? -1 : at[input.parents![orig]!]!)),
            links: input.links.map((l) => ({ ...l, from: at[l.from]!, to: at[l.to]! })),
          };
          const a = ok(input);
          const b = ok(shuffled);
          perm.forEach((orig, k) => {
            const va = describeTask(a, orig, cal, input);
            const vb = describeTask(b, k, cal, shuffled);
            expect([vb.start, vb.finish, vb.lateStart, vb.lateFinish, vb.totalFloat, vb.critical, vb.daysLateOwn, vb.percentComplete]).toEqual([
              va.start, va.finish, va.lateStart, va.lateFinish, va.totalFloat, va.critical, va.daysLateOwn, va.percentComplete,
            ]);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
