import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../../core/calendar';
import { fromEpochDay, toEpochDay } from '../../../core/dates';
import type { LinkType } from '../../../core/model';
import { CALENDAR_2026 } from '../../../core/seed/calendar2026';
import {
  DRIVER_KINDS,
  schedule,
  type ScheduleInput,
  type ScheduleLink,
  type ScheduleOk,
  type ScheduleTask,
} from '../../../core/schedule';

const cal = createWorkCalendar(CALENDAR_2026);
const BASE = toEpochDay('2026-04-01');
const PROJECT_START = '2026-04-01';

/**
 * What the generated plans may contain. The invariants differ: float is only
 * sure to be ≥ 0 when nothing can be late (no deadlines, no manual dates that
 * break links, a far project deadline), tightness only holds without progress.
 */
interface Gen {
  manual: boolean;
  windowEnds: boolean;
  progress: boolean;
  tightDeadline: boolean;
}
const PLAIN: Gen = { manual: false, windowEnds: false, progress: false, tightDeadline: false };
const EVERYTHING: Gen = { manual: true, windowEnds: true, progress: true, tightDeadline: true };

/** Dates from 20 days before the project start to ~5 months after: across 30/04, 01/05 and 22/08. */
const dateArb = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((o) => fromEpochDay(BASE + o));

function taskArb(g: Gen): fc.Arbitrary<ScheduleTask> {
  return fc
    .record({
      kind: fc.constantFrom('task', 'task', 'task', 'milestone', 'effort' as const),
      duration: fc.integer({ min: 0, max: 6 }),
      windowStart: fc.option(dateArb(-20, 140), { nil: null, freq: 2 }),
      windowEnd: g.windowEnds ? fc.option(dateArb(0, 150), { nil: null }) : fc.constant(null),
      startNoEarlierThan: fc.option(dateArb(-20, 140), { nil: null, freq: 3 }),
      manual: g.manual
        ? fc.option(fc.tuple(dateArb(-5, 140), fc.integer({ min: -1, max: 8 })), { nil: null, freq: 4 })
        : fc.constant(null),
      percentComplete: g.progress ? fc.constantFrom(0, 0, 30, 50, 100) : fc.constant(0),
      actualStart: g.progress ? fc.option(dateArb(-5, 60), { nil: null }) : fc.constant(null),
      actualFinish: g.progress ? fc.option(dateArb(0, 80), { nil: null, freq: 3 }) : fc.constant(null),
    })
    .map(({ manual, ...t }) => ({
      ...t,
      kind: t.kind as ScheduleTask['kind'],
      manualStart: manual === null ? null : manual[0],
      manualFinish: manual === null ? null : fromEpochDay(toEpochDay(manual[0]) + manual[1]),
    }));
}

const linkTypeArb = fc.constantFrom<LinkType>('FS', 'SS', 'FF', 'SF');

/** A random DAG: links go from lower to higher rank, then tasks are shuffled so indices hide the order. */
function planArb(g: Gen): fc.Arbitrary<ScheduleInput> {
  return fc.integer({ min: 1, max: 12 }).chain((n) =>
    fc
      .record({
        tasks: fc.array(taskArb(g), { minLength: n, maxLength: n }),
        links: fc.array(
          fc.record({ a: fc.nat(n - 1), b: fc.nat(n - 1), type: linkTypeArb, lag: fc.integer({ min: -5, max: 5 }) }),
          { maxLength: 2 * n },
        ),
        rankToIndex: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
        statusDate: g.progress ? fc.option(dateArb(0, 60), { nil: null }) : fc.constant(null),
        deadline: g.tightDeadline ? dateArb(10, 150) : fc.constant('2027-12-31'),
      })
      .map(({ tasks, links, rankToIndex, statusDate, deadline }) => {
        const shuffled: ScheduleTask[] = new Array(n);
        rankToIndex.forEach((index, rank) => (shuffled[index] = tasks[rank]!));
        const dag = links
          .filter((l) => l.a !== l.b)
          .map((l) => ({
            from: rankToIndex[Math.min(l.a, l.b)]!,
            to: rankToIndex[Math.max(l.a, l.b)]!,
            type: l.type,
            lag: l.lag,
          }));
        return { tasks: shuffled, links: dag, projectStart: PROJECT_START, projectDeadline: deadline, statusDate };
      }),
  );
}

function ok(inp: ScheduleInput): ScheduleOk {
  const r = schedule(inp, cal);
  if (!r.ok) throw new Error(`unexpected cycle ${r.cycle.join(' → ')}`);
  return r;
}

// The test's own reading of the rules, independent of the engine's code.
const isManual = (t: ScheduleTask) => t.manualStart !== null && t.manualFinish !== null;
const dur = (t: ScheduleTask) => (t.kind === 'milestone' || t.duration <= 0 ? 0 : t.duration);
const isMilestone = (t: ScheduleTask) => t.kind !== 'effort' && dur(t) === 0;
/** The latest early finish: the project finish the backward pass starts from. */
const lastFinish = (r: ScheduleOk) => Math.max(cal.startNumber(PROJECT_START) - 1, ...r.earlyFinish);
const startOf = (d: string | null) => (d === null ? -Infinity : cal.startNumber(d));

/** Does link l hold for start/finish arrays s, f? (DOMAIN.md, "Scheduling rules") */
function holds(l: ScheduleLink, s: ArrayLike<number>, f: ArrayLike<number>): boolean {
  const [p, q] = [l.from, l.to];
  if (l.type === 'FS') return s[q]! >= f[p]! + 1 + l.lag;
  if (l.type === 'SS') return s[q]! >= s[p]! + l.lag;
  if (l.type === 'FF') return f[q]! >= f[p]! + l.lag;
  return f[q]! >= s[p]! + l.lag - 1;
}

/** The earliest start link l allows its successor (for an effort task: start-side links only). */
function linkStartBound(inp: ScheduleInput, l: ScheduleLink, r: ScheduleOk): number {
  const { earlyStart: es, earlyFinish: ef } = r;
  const d = dur(inp.tasks[l.to]!);
  if (l.type === 'FS') return ef[l.from]! + 1 + l.lag;
  if (l.type === 'SS') return es[l.from]! + l.lag;
  if (inp.tasks[l.to]!.kind === 'effort') return -Infinity;
  if (l.type === 'FF') return ef[l.from]! + l.lag - d + 1;
  return es[l.from]! + l.lag - d;
}

function constraintBounds(inp: ScheduleInput, t: ScheduleTask): Record<string, number> {
  return {
    projectStart: cal.startNumber(inp.projectStart),
    window: startOf(t.windowStart),
    startNoEarlierThan: startOf(t.startNoEarlierThan),
  };
}

describe('schedule: properties on random DAG plans', () => {
  it('every link and constraint holds on the early dates; manual tasks report exactly their broken links', () => {
    fc.assert(
      fc.property(planArb({ ...PLAIN, manual: true, windowEnds: true, tightDeadline: true }), (inp) => {
        const r = ok(inp);
        const { earlyStart: es, earlyFinish: ef } = r;
        inp.tasks.forEach((t, i) => {
          const broken = inp.links.map((l, k) => (l.to === i && !holds(l, es, ef) ? k : -1)).filter((k) => k >= 0);
          if (isManual(t)) {
            expect(es[i]).toBe(cal.startNumber(t.manualStart!));
            expect(r.violatedLink[i]).toBe(broken[0] ?? -1);
            return;
          }
          expect(broken).toEqual([]);
          expect(r.violatedLink[i]).toBe(-1);
          for (const bound of Object.values(constraintBounds(inp, t))) expect(es[i]).toBeGreaterThanOrEqual(bound);
          if (t.kind === 'effort') expect(ef[i]).toBeGreaterThanOrEqual(es[i]!);
          else expect(ef[i]).toBe(es[i]! + dur(t) - 1);
        });
      }),
    );
  });

  it('tightness: each task starts at the largest of its bounds, and the driver names that bound (a link on ties)', () => {
    fc.assert(
      fc.property(planArb({ ...PLAIN, manual: true }), (inp) => {
        const r = ok(inp);
        const { earlyStart: es, earlyFinish: ef } = r;
        inp.tasks.forEach((t, i) => {
          if (isManual(t)) return expect(DRIVER_KINDS[r.driverKind[i]!]).toBe('manual');
          const constraints = constraintBounds(inp, t);
          const incoming = inp.links.map((l, k) => [k, l] as const).filter(([, l]) => l.to === i);
          const linkBounds = incoming.map(([, l]) => linkStartBound(inp, l, r));
          const best = Math.max(...Object.values(constraints), ...linkBounds);
          expect(es[i]).toBe(best);
          const kind = DRIVER_KINDS[r.driverKind[i]!]!;
          // Ties: a link (the lowest index) beats constraints; among constraints the most specific wins.
          // A milestone reached by a finish (FS, FF) sits at the end of the day before: start-side
          // links, then constraints, then finish-side links (MS Project).
          const byFinish = (l: ScheduleLink) => isMilestone(t) && (l.type === 'FS' || l.type === 'FF');
          const tight = incoming.filter((_, j) => linkBounds[j] === best);
          const firstTight = tight.find(([, l]) => !byFinish(l)) ?? tight[0];
          const specific = ['startNoEarlierThan', 'window', 'projectStart'].find((c) => constraints[c] === best);
          if (firstTight && !(specific && byFinish(firstTight[1]))) {
            expect([kind, r.driverLink[i]]).toEqual(['link', firstTight[0]]);
            expect(r.shownOnFinish[i]).toBe(byFinish(firstTight[1]) ? 1 : 0);
          } else {
            expect(kind).toBe(specific);
            expect(r.shownOnFinish[i]).toBe(0);
          }
          if (t.kind === 'effort') {
            const finishSide = incoming
              .filter(([, l]) => l.type === 'FF' || l.type === 'SF')
              .map(([, l]) => (l.type === 'FF' ? ef[l.from]! + l.lag : es[l.from]! + l.lag - 1));
            expect(ef[i]).toBe(Math.max(es[i]!, ...finishSide));
          }
        });
      }),
    );
  });

  it('late dates respect every link backwards, the deadlines and the project finish, and are the latest that do', () => {
    fc.assert(
      fc.property(planArb(EVERYTHING), (inp) => {
        const r = ok(inp);
        const { earlyStart: es, earlyFinish: ef, lateStart: ls, lateFinish: lf } = r;
        const cap = Math.min(lastFinish(r), cal.finishNumber(inp.projectDeadline));
        // A level-of-effort task constrains nothing: its start can slide to its late finish.
        const latestStart = (j: number) => (inp.tasks[j]!.kind === 'effort' && !isManual(inp.tasks[j]!) ? lf[j]! : ls[j]!);
        inp.tasks.forEach((t, i) => {
          const span = ef[i]! - es[i]! + 1;
          expect(ls[i]).toBe(lf[i]! - span + 1);
          expect(r.totalFloat[i]).toBe(ls[i]! - es[i]!);
          expect(r.critical[i]).toBe(r.totalFloat[i]! <= 0 ? 1 : 0);
          expect(r.freeFloat[i]).toBeGreaterThanOrEqual(0);
          expect(r.freeFloat[i]).toBeLessThanOrEqual(Math.max(0, r.totalFloat[i]!));
          // The bounds on this task's late finish; it must equal the smallest.
          const bounds = [cap, t.windowEnd === null ? Infinity : cal.finishNumber(t.windowEnd)];
          for (const l of inp.links.filter((l) => l.from === i)) {
            const j = l.to;
            if (l.type === 'FS') bounds.push(latestStart(j) - 1 - l.lag);
            if (l.type === 'SS') bounds.push(latestStart(j) - l.lag + span - 1);
            if (l.type === 'FF') bounds.push(lf[j]! - l.lag);
            if (l.type === 'SF') bounds.push(lf[j]! - l.lag + span);
          }
          expect(lf[i]).toBe(Math.min(...bounds));
        });
        // Shifted to their late dates (an effort task's start as far as its late finish), the tasks still satisfy every link.
        // Only as a successor may an effort task's start slide: as a predecessor its links leave from its own late start.
        const lateStarts = inp.tasks.map((_, j) => latestStart(j));
        for (const l of inp.links) {
          const starts = lateStarts.map((s, j) => (j === l.from ? ls[j]! : s));
          expect(holds(l, starts, lf), JSON.stringify(l)).toBe(true);
        }
        expect(r.projectDaysLate).toBe(Math.max(0, r.projectFinish - cal.finishNumber(inp.projectDeadline)));
      }),
    );
  });

  /*
   * For PLAIN plans (no manual dates, no window ends, no progress, deadline
   * 31/12/2027 far after any generated finish): float is never negative, and
   * the critical tasks (float 0) form chains: walking back along driving
   * links stays on critical tasks and ends at a task whose start is fixed by
   * a constraint (project start, window, SNET); walking forward along links
   * with zero slack to critical successors ends at a task finishing at the
   * project finish.
   */
  it('on-time plans: float ≥ 0 and the critical tasks chain from a fixed start to the project finish', () => {
    fc.assert(
      fc.property(planArb(PLAIN), (inp) => {
        const r = ok(inp);
        const { earlyStart: es, earlyFinish: ef, totalFloat: tf } = r;
        expect(r.projectDaysLate).toBe(0);
        expect(Math.min(...tf)).toBeGreaterThanOrEqual(0);
        expect(Array.from(r.critical).some((c) => c === 1)).toBe(true);
        const slack = (l: ScheduleLink) =>
          l.type === 'FS'
            ? es[l.to]! - ef[l.from]! - 1 - l.lag
            : l.type === 'SS'
              ? es[l.to]! - es[l.from]! - l.lag
              : l.type === 'FF'
                ? ef[l.to]! - ef[l.from]! - l.lag
                : ef[l.to]! - es[l.from]! - l.lag + 1;
        for (let i = 0; i < inp.tasks.length; i++) {
          if (!r.critical[i]) continue;
          // Backwards along drivers.
          // An effort task follows its links and constrains nothing: its start-side predecessors may have float.
          let v = i;
          if (inp.tasks[v]!.kind === 'effort') continue;
          for (let steps = 0; DRIVER_KINDS[r.driverKind[v]!] === 'link'; steps++) {
            const l = inp.links[r.driverLink[v]!]!;
            expect(l.to).toBe(v);
            expect(r.critical[l.from]).toBe(1);
            v = l.from;
            expect(steps).toBeLessThan(inp.tasks.length);
          }
          expect(['projectStart', 'window', 'startNoEarlierThan']).toContain(DRIVER_KINDS[r.driverKind[v]!]);
          // Forwards along tight links.
          v = i;
          for (let steps = 0; ef[v] !== lastFinish(r); steps++) {
            const next = inp.links.find((l) => l.from === v && r.critical[l.to] === 1 && slack(l) === 0);
            expect(next, `critical task ${v} neither ends the plan nor leads to a critical task`).toBeDefined();
            v = next!.to;
            expect(steps).toBeLessThan(inp.tasks.length);
          }
        }
      }),
    );
  });

  it('results do not depend on the order of the tasks or of the links', () => {
    const arb = planArb(EVERYTHING).chain((inp) =>
      fc.record({
        inp: fc.constant(inp),
        perm: fc.shuffledSubarray([...inp.tasks.keys()], { minLength: inp.tasks.length, maxLength: inp.tasks.length }),
        linkPerm: fc.shuffledSubarray([...inp.links.keys()], { minLength: inp.links.length, maxLength: inp.links.length }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ inp, perm, linkPerm }) => {
        const r = ok(inp);
        // Task i moves to perm[i]; links keep their order, so driving link indices are unchanged.
        const tasks: ScheduleTask[] = new Array(inp.tasks.length);
        inp.tasks.forEach((t, i) => (tasks[perm[i]!] = t));
        const links = inp.links.map((l) => ({ ...l, from: perm[l.from]!, to: perm[l.to]! }));
        const moved = ok({ ...inp, tasks, links });
        const relinked = ok({ ...inp, links: linkPerm.map((k) => inp.links[k]!) });
        const keys = [
          ...['earlyStart', 'earlyFinish', 'lateStart', 'lateFinish', 'totalFloat', 'freeFloat', 'critical'] as const,
          ...['daysLateOwn', 'daysLatePlan', 'driverKind', 'shownOnFinish', 'progressIssue'] as const,
        ];
        for (const key of [...keys, 'driverLink', 'violatedLink'] as const) {
          expect(inp.tasks.map((_, i) => moved[key][perm[i]!]), key).toEqual(Array.from(r[key]));
        }
        for (const key of keys) expect(Array.from(relinked[key]), key).toEqual(Array.from(r[key]));
        expect([moved.projectFinish, relinked.projectFinish]).toEqual([r.projectFinish, r.projectFinish]);
      }),
    );
  });

  it('progress with a status date: unstarted work waits for it, started work ends after it, finished work stays', () => {
    fc.assert(
      fc.property(
        planArb({ ...PLAIN, progress: true }).filter((inp) => inp.statusDate !== null),
        (inp) => {
          const r = ok(inp);
          const st = cal.startNumber(inp.statusDate!);
          inp.tasks.forEach((t, i) => {
            if (t.kind === 'effort') return;
            const p = t.percentComplete;
            const d = dur(t);
            if (p === 0 || (p < 100 && d === 0)) expect(r.earlyStart[i]).toBeGreaterThanOrEqual(st);
            else if (p < 100) {
              const remaining = d - Math.round((d * p) / 100);
              if (t.actualStart !== null) expect(r.earlyStart[i]).toBe(cal.startNumber(t.actualStart));
              // Without an actual start, the work done lies before the status date.
              else expect(r.earlyStart[i]).toBeLessThanOrEqual(st - (d - remaining));
              expect(r.earlyFinish[i]).toBe(Math.max(r.earlyStart[i]! + d - 1, st + remaining - 1));
            } else if (t.actualStart !== null) {
              expect(r.earlyStart[i]).toBe(cal.startNumber(t.actualStart));
              expect(DRIVER_KINDS[r.driverKind[i]!]).toBe('actual');
            } else if (t.actualFinish === null) {
              // Finished without actual dates: held at or before the status date.
              expect(r.earlyFinish[i]).toBeLessThanOrEqual(cal.finishNumber(inp.statusDate!));
            }
            const actualAfter = [t.actualStart, t.actualFinish].some((a) => a !== null && a > inp.statusDate!);
            const outOfSequence = p > 0 && !(p < 100 && d === 0) && r.violatedLink[i]! >= 0;
            expect(r.progressIssue[i]).toBe(actualAfter ? 1 : outOfSequence ? 2 : 0);
          });
        },
      ),
    );
  });

  it('a back-link that closes a loop is reported as a real cycle, and the input is left unchanged', () => {
    const arb = planArb(PLAIN)
      .filter((inp) => inp.links.length > 0)
      .chain((inp) =>
        fc.record({
          inp: fc.constant(inp),
          pick: fc.nat(inp.links.length - 1),
          walk: fc.array(fc.nat(), { maxLength: 6 }),
          type: linkTypeArb,
          lag: fc.integer({ min: -3, max: 3 }),
        }),
      );
    fc.assert(
      fc.property(arb, ({ inp, pick, walk, type, lag }) => {
        // Follow links from a random one, then link the last task back to the first.
        const first = inp.links[pick]!;
        let last = first.to;
        for (const w of walk) {
          const out = inp.links.filter((l) => l.from === last);
          if (out.length === 0) break;
          last = out[w % out.length]!.to;
        }
        const withBack: ScheduleInput = { ...inp, links: [...inp.links, { from: last, to: first.from, type, lag }] };
        const before = structuredClone(withBack);
        const r = schedule(withBack, cal);
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.error).toBe('cycle');
        expect(new Set(r.cycle).size).toBe(r.cycle.length);
        r.cycle.forEach((v, k) => {
          const next = r.cycle[(k + 1) % r.cycle.length]!;
          expect(withBack.links.some((l) => l.from === v && l.to === next), `${v} → ${next}`).toBe(true);
        });
        expect(withBack).toEqual(before);
      }),
    );
  });
});
