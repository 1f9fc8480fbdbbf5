/** Baselines in the three-way merge: by index, a baseline as one value (never a mix of two saves). */
import { describe, expect, it } from 'vitest';
import type { Baseline } from '../../../core/baseline';
import { mergePlans, resolveConflicts } from '../../../core/merge';
import type { Plan } from '../../../core/model';
import { makeFixturePlan } from '../db/fixtures';

const baseline = (index: number, name: string, finish = '2026-01-09'): Baseline => ({
  index,
  name,
  savedOn: '2026-02-01',
  tasks: [{ taskId: 't-1', start: '2026-01-05', finish, duration: 5 }],
});
const plan = (...baselines: Baseline[]): Plan => ({ ...makeFixturePlan(), ...(baselines.length ? { baselines } : {}) });

describe('merging baselines', () => {
  it('keeps a baseline added on either side, in index order, with no conflict', () => {
    const { merged, conflicts } = mergePlans(plan(), plan(baseline(4, 'Của tôi')), plan(baseline(1, 'Của đồng nghiệp')));
    expect(conflicts).toEqual([]);
    expect(merged.baselines!.map((b) => b.index)).toEqual([1, 4]);
  });

  it('a plan never given a baseline merges without the field', () => {
    const { merged } = mergePlans(plan(), plan(), plan());
    expect('baselines' in merged).toBe(false);
  });

  it('one side saved again, the other left it: the new save wins whole', () => {
    const again = baseline(0, 'Kế hoạch được duyệt', '2026-01-16');
    const { merged, conflicts } = mergePlans(plan(baseline(0, 'Kế hoạch được duyệt')), plan(baseline(0, 'Kế hoạch được duyệt')), plan(again));
    expect(conflicts).toEqual([]);
    expect(merged.baselines).toEqual([again]);
  });

  it('deleted here, saved again there: kept and listed; choosing the deletion removes it', () => {
    const base = plan(baseline(0, 'Gốc'), baseline(2, 'Hai'));
    const mine = plan(baseline(2, 'Hai'));
    const theirs = plan(baseline(0, 'Gốc', '2026-01-20'), baseline(2, 'Hai'));
    const result = mergePlans(base, mine, theirs);
    expect(result.conflicts.map((c) => [c.id, c.kind, c.label])).toEqual([['baseline:0:*', 'deleted', 'Kế hoạch gốc số 0']]);
    expect(result.merged.baselines!.map((b) => b.index)).toEqual([0, 2]);
    const deleted = resolveConflicts(result.merged, result.conflicts, { 'baseline:0:*': 'mine' });
    expect(deleted.merged.baselines!.map((b) => b.index)).toEqual([2]);
    const kept = resolveConflicts(result.merged, result.conflicts, { 'baseline:0:*': 'theirs' });
    expect(kept.merged.baselines![0]!.tasks[0]!.finish).toBe('2026-01-20');
  });

  it('both saved the same index differently: mine provisionally, theirs when chosen, never a mix', () => {
    const mine = baseline(0, 'Của tôi', '2026-01-12');
    const theirs = baseline(0, 'Của đồng nghiệp', '2026-01-13');
    const result = mergePlans(plan(), plan(mine), plan(theirs));
    expect(result.conflicts.map((c) => c.id)).toEqual(['baseline:0:baseline']);
    expect(result.merged.baselines).toEqual([mine]);
    expect(resolveConflicts(result.merged, result.conflicts, { 'baseline:0:baseline': 'theirs' }).merged.baselines).toEqual([theirs]);
  });
});
