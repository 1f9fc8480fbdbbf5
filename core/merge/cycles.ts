/**
 * Dependency loops a merge could create: mine adds A → B, theirs adds B → A;
 * each plan is fine alone, the union is not. Links are added one at a time
 * and a link whose successor already reaches its predecessor is refused.
 */
import type { Link } from '../model';

/** Links forming a path from `from` to `to` (by successor edges), or null. */
export function findPath(links: readonly Link[], from: string, to: string): Link[] | null {
  const out = new Map<string, Link[]>();
  for (const link of links) {
    const list = out.get(link.predecessorId);
    if (list) list.push(link);
    else out.set(link.predecessorId, [link]);
  }
  const via = new Map<string, Link | null>([[from, null]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    if (node === to) {
      const path: Link[] = [];
      for (let step = via.get(to); step; step = via.get(step.predecessorId)) path.unshift(step);
      return path;
    }
    for (const link of out.get(node) ?? []) {
      if (!via.has(link.successorId)) {
        via.set(link.successorId, link);
        queue.push(link.successorId);
      }
    }
  }
  return null;
}

/** The links (in `existing`) that would close a loop with `link`, or null when adding it is safe. */
export function loopWith(existing: readonly Link[], link: Link): Link[] | null {
  if (link.predecessorId === link.successorId) return [];
  return findPath(existing, link.successorId, link.predecessorId);
}
