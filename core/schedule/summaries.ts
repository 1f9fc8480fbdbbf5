/**
 * Summary tasks (a task with at least one child) in the engine, as MS
 * Project schedules them: a summary has no work of its own.
 * - A link into or out of a summary acts on each of its leaf descendants
 *   (expandSummaryLinks, before the graph is built).
 * - A summary's window start / "không sớm hơn" bounds its leaves' starts and
 *   its window end bounds their late finish (prepare, inheritedBounds).
 * - After the passes its dates, float and criticality are rolled up from its
 *   leaves (rollUp); its own window end is checked on the rolled-up finish.
 * Nothing here runs for a plan without summaries.
 */
import type { ScheduleLink } from './types';

export interface Outline {
  parents: Int32Array;
  /** 1 for a summary task. */
  summary: Uint8Array;
  /** Leaf descendants of summary `i`: leaves[leafStart[i] … leafStart[i+1]] (empty for a leaf). */
  leafStart: Int32Array;
  leaves: Int32Array;
}

/** The outline from each task's parent index (−1 at the top level), or null when no task has a parent. */
export function outlineOf(parents: Int32Array | undefined, n: number): Outline | null {
  if (parents === undefined) return null;
  const summary = new Uint8Array(n);
  let any = false;
  for (let i = 0; i < n; i++) {
    const p = parents[i]!;
    if (p >= 0 && p < n && p !== i) (summary[p] = 1), (any = true);
  }
  if (!any) return null;
  // Each leaf is listed under every ancestor (walks stop on a loop: at most n steps).
  const lists: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    if (summary[i] === 1) continue;
    for (let a = parents[i]!, steps = 0; a >= 0 && a < n && a !== i && steps < n; a = parents[a]!, steps++) lists[a]!.push(i);
  }
  const leafStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) leafStart[i + 1] = leafStart[i]! + lists[i]!.length;
  const leaves = new Int32Array(leafStart[n]!);
  for (let i = 0; i < n; i++) leaves.set(lists[i]!, leafStart[i]!);
  return { parents, summary, leafStart, leaves };
}

/** One endpoint as the leaves it stands for: itself, or a summary's leaves. */
function endpoints(o: Outline, i: number): ArrayLike<number> {
  return o.summary[i] === 1 ? o.leaves.subarray(o.leafStart[i]!, o.leafStart[i + 1]!) : [i];
}

/** True when `a` is `b` or lies below it in the outline. */
function within(o: Outline, a: number, b: number): boolean {
  const n = o.parents.length;
  for (let at = a, steps = 0; at >= 0 && at < n && steps <= n; at = o.parents[at]!, steps++) if (at === b) return true;
  return false;
}

/**
 * Links between leaves only; `origin[k]` is the plan link each engine link
 * comes from, so drivers and violations are reported on the user's link.
 * A link between a summary and a task inside it is left out: MS Project
 * refuses it (the section would wait for itself), a file may still hold one.
 */
export function expandSummaryLinks(o: Outline, links: readonly ScheduleLink[]): { links: ScheduleLink[]; origin: Int32Array } {
  const out: ScheduleLink[] = [];
  const origin: number[] = [];
  for (let k = 0; k < links.length; k++) {
    const l = links[k]!;
    if ((o.summary[l.from] === 1 || o.summary[l.to] === 1) && (within(o, l.from, l.to) || within(o, l.to, l.from))) continue;
    const froms = endpoints(o, l.from);
    const tos = endpoints(o, l.to);
    for (let a = 0; a < froms.length; a++) {
      for (let b = 0; b < tos.length; b++) {
        out.push({ from: froms[a]!, to: tos[b]!, type: l.type, lag: l.lag });
        origin.push(k);
      }
    }
  }
  return { links: out, origin: Int32Array.from(origin) };
}

/**
 * For every task, the greatest start bound and the earliest deadline among
 * its ancestors (NONE / NO_DEADLINE when none), with the ancestor setting the bound.
 * Memoized walk up the parents: O(n) for any depth.
 */
export function inheritedBounds(
  parents: Int32Array,
  ownBound: Int32Array,
  ownBoundKind: Uint8Array,
  deadline: Int32Array,
  none: number,
  noDeadline: number,
): { bound: Int32Array; kind: Uint8Array; from: Int32Array; deadline: Int32Array } {
  const n = parents.length;
  const bound = new Int32Array(n).fill(none);
  const kind = new Uint8Array(n);
  const from = new Int32Array(n).fill(-1);
  const dl = new Int32Array(n).fill(noDeadline);
  const done = new Uint8Array(n);
  const path: number[] = [];
  for (let i = 0; i < n; i++) {
    path.length = 0;
    for (let at = i; at >= 0 && at < n && done[at] === 0 && path.length <= n; at = parents[at]!) path.push(at);
    // Fill from the top: a task inherits its parent's own bound and everything above.
    for (let k = path.length - 1; k >= 0; k--) {
      const t = path[k]!;
      done[t] = 1;
      const p = parents[t]!;
      if (p < 0 || p >= n || p === t) continue;
      (bound[t] = bound[p]!), (kind[t] = kind[p]!), (from[t] = from[p]!), (dl[t] = Math.min(dl[p]!, deadline[p]!));
      if (ownBound[p]! > bound[t]!) (bound[t] = ownBound[p]!), (kind[t] = ownBoundKind[p]!), (from[t] = p);
    }
  }
  return { bound, kind, from, deadline: dl };
}

export interface RollUpArrays {
  earlyStart: Int32Array;
  earlyFinish: Int32Array;
  lateStart: Int32Array;
  lateFinish: Int32Array;
  totalFloat: Int32Array;
  freeFloat: Int32Array;
  critical: Uint8Array;
  driverKind: Uint8Array;
  driverLink: Int32Array;
  driverTask: Int32Array;
  violatedLink: Int32Array;
  shownOnFinish: Uint8Array;
  progressIssue: Uint8Array;
  percentComplete: Float64Array;
}

/**
 * Each summary from its leaves: start = earliest shown start, finish =
 * latest shown finish (a milestone counts on its shown day), late dates
 * likewise, total and free float = least of its leaves', critical when a
 * leaf is, driver = the earliest leaf's, percent complete weighted by each
 * leaf's working days (a plain mean when all are milestones).
 */
export function rollUp(o: Outline, r: RollUpArrays): void {
  const { earlyStart: es, earlyFinish: ef, lateStart: ls, lateFinish: lf, shownOnFinish: onF } = r;
  const n = o.summary.length;
  for (let s = 0; s < n; s++) {
    if (o.summary[s] === 0) continue;
    let start = 0x7fffffff;
    let finish = -0x80000000;
    let lateStart = 0x7fffffff;
    let lateFinish = -0x80000000;
    let tf = 0x7fffffff;
    let ff = 0x7fffffff;
    let crit = 0;
    let first = -1;
    let allMilestones = true;
    let work = 0;
    let done = 0;
    let pctSum = 0;
    const from = o.leafStart[s]!;
    const to = o.leafStart[s + 1]!;
    for (let k = from; k < to; k++) {
      const i = o.leaves[k]!;
      const milestone = ef[i]! < es[i]!;
      const shownStart = milestone && onF[i] === 1 ? ef[i]! : es[i]!;
      const shownFinish = milestone ? shownStart : ef[i]!;
      const shownLateStart = milestone && onF[i] === 1 ? lf[i]! : ls[i]!;
      const shownLateFinish = milestone ? shownLateStart : lf[i]!;
      if (shownStart < start) (start = shownStart), (first = i);
      if (shownFinish > finish) finish = shownFinish;
      if (shownLateStart < lateStart) lateStart = shownLateStart;
      if (shownLateFinish > lateFinish) lateFinish = shownLateFinish;
      if (r.totalFloat[i]! < tf) tf = r.totalFloat[i]!;
      if (r.freeFloat[i]! < ff) ff = r.freeFloat[i]!;
      if (r.critical[i] === 1) crit = 1;
      if (!milestone) allMilestones = false;
      const d = milestone ? 0 : ef[i]! - es[i]! + 1;
      work += d;
      done += d * r.percentComplete[i]!;
      pctSum += r.percentComplete[i]!;
    }
    if (first < 0) continue;
    // Only milestones on one day: the summary is a milestone on that day.
    const milestone = allMilestones && start === finish;
    es[s] = start;
    ef[s] = milestone ? start - 1 : finish;
    ls[s] = lateStart;
    lf[s] = milestone ? lateStart - 1 : lateFinish;
    onF[s] = 0;
    r.totalFloat[s] = tf;
    r.freeFloat[s] = ff;
    r.critical[s] = crit;
    r.driverKind[s] = r.driverKind[first]!;
    r.driverLink[s] = r.driverLink[first]!;
    r.driverTask[s] = r.driverTask[first]!;
    r.violatedLink[s] = -1;
    r.progressIssue[s] = 0;
    r.percentComplete[s] = work > 0 ? done / work : pctSum / (to - from);
  }
}
