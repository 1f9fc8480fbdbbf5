/**
 * Property tests of the three-way merge: two copies of one plan edited at
 * random (each stays a valid plan without dependency loops) always merge
 * into a valid plan without loops, whatever the user then chooses; an edit
 * made on one side only always survives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergePlans, resolveConflicts, type MergeChoices } from '../../../core/merge';
import { findPath } from '../../../core/merge/cycles';
import type { Plan } from '../../../core/model';
import { parsePlan } from '../../../db/planValidation';
import { makeFixturePlan } from '../db/fixtures';

/** More runs locally: MERGE_RUNS=5000 npx vitest run tests/unit/core/mergeProperties.test.ts */
const RUNS = Number(process.env.MERGE_RUNS ?? 250);

type Op = [kind: number, a: number, b: number, c: number];
const opArb = fc.tuple(fc.nat(13), fc.nat(20), fc.nat(20), fc.nat(1000));

function hasLoop(plan: Plan): boolean {
  return plan.links.some((l) => findPath(plan.links.filter((x) => x !== l), l.successorId, l.predecessorId) !== null);
}

/** One random edit; null when it would make the plan invalid or loop (a real editor refuses those too). */
function applyOp(plan: Plan, [kind, a, b, c]: Op, side: string, n: number): Plan | null {
  const p = structuredClone(plan);
  const t = p.tasks[a % Math.max(1, p.tasks.length)];
  const u = p.units[b % Math.max(1, p.units.length)];
  const id = `${side}-${n}`;
  switch (kind) {
    case 0: if (t) t.name = `${t.name}·${side}${c}`; break;
    case 1: if (t) t.duration = c % 50; break;
    case 2: if (t) { p.tasks = p.tasks.filter((x) => x !== t); p.links = p.links.filter((l) => l.predecessorId !== t.id && l.successorId !== t.id); } break;
    case 3: p.tasks.push({ ...makeFixturePlan().tasks[1]!, id, name: `Việc ${id}`, position: Math.max(0, ...p.tasks.map((x) => x.position)) + 1 + (c % 3), leadUnitId: u?.id ?? null, coordinatingUnitIds: [] }); break;
    case 4: {
      const s = p.tasks[b % Math.max(1, p.tasks.length)];
      if (!t || !s || t === s || p.links.some((l) => l.predecessorId === t.id && l.successorId === s.id)) return null;
      p.links.push({ id, predecessorId: t.id, successorId: s.id, type: (['FS', 'SS', 'FF', 'SF'] as const)[c % 4]!, lag: (c % 7) - 3 });
      break;
    }
    case 5: if (p.links.length) p.links.splice(a % p.links.length, 1); break;
    case 6: if (p.links.length) p.links[a % p.links.length]!.lag = (c % 11) - 5; break;
    case 7: if (u) u.name = `${u.name}·${side}${c}`; break;
    case 8: p.units.push({ id, name: `Đơn vị ${c % 4}`, recipientOrder: c % 2 ? (c % 5) + 1 : null }); break;
    case 9: if (u) { p.units = p.units.filter((x) => x !== u); for (const x of p.tasks) { if (x.leadUnitId === u.id) x.leadUnitId = null; x.coordinatingUnitIds = x.coordinatingUnitIds.filter((i) => i !== u.id); } } break;
    case 10: if (t && u && !t.coordinatingUnitIds.includes(u.id)) t.coordinatingUnitIds.push(u.id); break;
    case 11: { const date = `2026-${String((c % 12) + 1).padStart(2, '0')}-1${b % 10}`; p.calendar.holidays = p.calendar.holidays.filter((h) => h.date !== date); p.calendar.workdays = p.calendar.workdays.filter((h) => h.date !== date); (c % 2 ? p.calendar.holidays : p.calendar.workdays).push({ date, name: side }); p.calendar.holidays.sort((x, y) => (x.date < y.date ? -1 : 1)); p.calendar.workdays.sort((x, y) => (x.date < y.date ? -1 : 1)); break; }
    case 12: if (t) { const other = p.tasks[b % p.tasks.length]!; [t.position, other.position] = [other.position, t.position]; } break;
    default: p.info.title = `${p.info.title}·${side}${c}`;
  }
  return parsePlan(p).ok && !hasLoop(p) ? p : null;
}

function edit(base: Plan, ops: Op[], side: string): Plan {
  return ops.reduce((plan, op, n) => applyOp(plan, op, side, n) ?? plan, base);
}

const sidesArb = fc.record({ mine: fc.array(opArb, { maxLength: 12 }), theirs: fc.array(opArb, { maxLength: 12 }), pick: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }) });

function expectSound(plan: Plan): void {
  const parsed = parsePlan(plan);
  expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  expect(hasLoop(plan)).toBe(false);
}

describe('mergePlans (properties)', () => {
  it('always gives a valid plan without loops, before and after any choices', () => {
    fc.assert(
      fc.property(sidesArb, ({ mine: m, theirs: t, pick }) => {
        const base = makeFixturePlan();
        const mine = edit(base, m, 'm');
        const theirs = edit(base, t, 't');
        const { merged, conflicts } = mergePlans(base, mine, theirs);
        expectSound(merged);
        expect(new Set(conflicts.map((c) => c.id)).size).toBe(conflicts.length);
        const choices: MergeChoices = Object.fromEntries(conflicts.map((c, i) => [c.id, pick[i % pick.length] ? 'theirs' : 'mine']));
        let result = resolveConflicts(merged, conflicts, choices);
        for (let round = 0; result.conflicts.length > 0 && round < 5; round++) {
          result = resolveConflicts(result.merged, result.conflicts, Object.fromEntries(result.conflicts.map((c) => [c.id, 'mine'])));
        }
        expect(result.conflicts).toEqual([]);
        expectSound(result.merged);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps every field a single side changed on a task the other side left alone', () => {
    fc.assert(
      fc.property(sidesArb, ({ mine: m, theirs: t }) => {
        const base = makeFixturePlan();
        const mine = edit(base, m, 'm');
        const theirs = edit(base, t, 't');
        const { merged } = mergePlans(base, mine, theirs);
        for (const [side, other] of [[mine, theirs], [theirs, mine]] as const) {
          for (const task of side.tasks) {
            const before = base.tasks.find((x) => x.id === task.id);
            const untouched = other.tasks.find((x) => x.id === task.id);
            const result = merged.tasks.find((x) => x.id === task.id);
            if (!before || !untouched || !result || JSON.stringify(untouched) !== JSON.stringify(before)) continue;
            const { position: _a, coordinatingUnitIds: _b, leadUnitId: _c, ...fields } = task;
            const { position: _d, coordinatingUnitIds: _e, leadUnitId: _f, ...got } = result;
            expect(got).toEqual(fields); // unit references may be cleared by a unit deletion on the other side
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('gives back the edited side when only one side edited', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 15 }), (ops) => {
        const base = makeFixturePlan();
        const edited = edit(base, ops, 'm');
        const sorted = (p: Plan) => ({ ...p, tasks: [...p.tasks].sort((a, b) => a.position - b.position) });
        expect(sorted(mergePlans(base, edited, base).merged)).toEqual(sorted(edited));
        expect(sorted(mergePlans(base, base, edited).merged)).toEqual(sorted(edited));
      }),
      { numRuns: RUNS },
    );
  });
});
