/**
 * Merging the order of rows (tasks' STT, the units list). The side that
 * did not reorder the rows both sides share gives way: its order is base's,
 * so the other side's order is the skeleton, and rows only the other side
 * has are slotted in after the row they followed there. When both
 * reordered differently, that is a conflict (mine's order by default).
 */
import { deepEqual } from './threeWay';

export interface OrderMerge {
  order: string[];
  /** Whose order the result follows (the other side's rows are slotted in). */
  skeleton: 'mine' | 'theirs';
  /** Set when both sides reordered shared rows differently: the order with each side's skeleton. */
  conflict: { mine: string[]; theirs: string[] } | null;
}

export function mergeOrder(base: readonly string[], mine: readonly string[], theirs: readonly string[], keep: ReadonlySet<string>): OrderMerge {
  const inAll = new Set(base.filter((id) => mine.includes(id) && theirs.includes(id)));
  const shared = (list: readonly string[]) => list.filter((id) => inAll.has(id));
  const [sb, sm, st] = [shared(base), shared(mine), shared(theirs)];
  const withMine = weave(mine, theirs, keep, base);
  if (deepEqual(sm, sb) && !deepEqual(st, sb)) return { order: weave(theirs, mine, keep, base), skeleton: 'theirs', conflict: null };
  if (deepEqual(st, sb) || deepEqual(sm, st)) return { order: withMine, skeleton: 'mine', conflict: null };
  return { order: withMine, skeleton: 'mine', conflict: { mine: withMine, theirs: weave(theirs, mine, keep, base) } };
}

/** `skeleton` restricted to `keep`, then each kept row of `other` after the row it follows in `other`. */
export function weave(skeleton: readonly string[], other: readonly string[], keep: ReadonlySet<string>, fallback: readonly string[] = []): string[] {
  const order = skeleton.filter((id) => keep.has(id));
  const placed = new Set(order);
  const insertAfter = (list: readonly string[], id: string, i: number) => {
    let at = 0;
    for (let j = i - 1; j >= 0; j--) {
      const k = order.indexOf(list[j]!);
      if (k >= 0) {
        at = k + 1;
        break;
      }
    }
    order.splice(at, 0, id);
    placed.add(id);
  };
  for (const list of [other, fallback]) {
    list.forEach((id, i) => {
      if (keep.has(id) && !placed.has(id)) insertAfter(list, id, i);
    });
  }
  for (const id of keep) if (!placed.has(id)) order.push(id);
  return order;
}

/** Reorders `ids` to follow `wanted` where it can (rows missing from `wanted` keep their place relative to others). */
export function applyOrder(current: readonly string[], wanted: readonly string[]): string[] {
  return weave(wanted, current, new Set(current));
}
