/**
 * The link graph in compressed sparse rows (CSR): for task i, its incoming
 * link indices are inList[inStart[i] … inStart[i+1]) and its outgoing ones
 * outList[outStart[i] … outStart[i+1]), each in ascending link index (the
 * engine's tie-break among links relies on that order).
 */
import type { ScheduleLink } from './types';

/**
 * Link type codes. Consumers destructure this object once at module level:
 * imported bindings can compile to getter calls (tsx, vitest), too slow for
 * the passes' inner loops.
 */
export const LINK_CODE = { FS: 0, SS: 1, FF: 2, SF: 3 } as const;
const { FS, SS, FF, SF } = LINK_CODE;

export interface LinkGraph {
  n: number;
  from: Int32Array;
  to: Int32Array;
  type: Uint8Array;
  lag: Int32Array;
  inStart: Int32Array;
  inList: Int32Array;
  outStart: Int32Array;
  outList: Int32Array;
}

export function buildGraph(n: number, links: readonly ScheduleLink[]): LinkGraph {
  const m = links.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const type = new Uint8Array(m);
  const lag = new Int32Array(m);
  const inStart = new Int32Array(n + 1);
  const outStart = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) {
    const l = links[k]!;
    if (!(l.from >= 0 && l.from < n && l.to >= 0 && l.to < n) || !Number.isInteger(l.from + l.to)) {
      throw new RangeError(`Liên kết số ${k} trỏ tới công việc không tồn tại (${l.from} → ${l.to})`);
    }
    const t = l.type;
    const code = t === 'FS' ? FS : t === 'SS' ? SS : t === 'FF' ? FF : t === 'SF' ? SF : -1;
    if (code < 0) throw new RangeError(`Liên kết số ${k} có loại không hợp lệ: ${String(t)}`);
    from[k] = l.from;
    to[k] = l.to;
    type[k] = code;
    lag[k] = l.lag;
    inStart[l.to + 1]!++;
    outStart[l.from + 1]!++;
  }
  for (let i = 0; i < n; i++) {
    inStart[i + 1]! += inStart[i]!;
    outStart[i + 1]! += outStart[i]!;
  }
  const inList = new Int32Array(m);
  const outList = new Int32Array(m);
  const inFill = inStart.slice(0, n);
  const outFill = outStart.slice(0, n);
  for (let k = 0; k < m; k++) {
    inList[inFill[to[k]!]!++] = k;
    outList[outFill[from[k]!]!++] = k;
  }
  return { n, from, to, type, lag, inStart, inList, outStart, outList };
}

/**
 * Kahn's algorithm. Returns the task indices in an order where every
 * predecessor comes before its successors, or, when the links contain a
 * cycle, `{ cycle }` with one real cycle in link order.
 */
export function topoOrder(g: LinkGraph): { order: Int32Array } | { cycle: number[] } {
  const { n, inStart, outStart, outList, to } = g;
  const pending = new Int32Array(n);
  const order = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) {
    pending[i] = inStart[i + 1]! - inStart[i]!;
    if (pending[i] === 0) order[tail++] = i;
  }
  for (let head = 0; head < tail; head++) {
    const i = order[head]!;
    for (let e = outStart[i]!, end = outStart[i + 1]!; e < end; e++) {
      const j = to[outList[e]!]!;
      if (--pending[j]! === 0) order[tail++] = j;
    }
  }
  if (tail === n) return { order };
  return { cycle: findCycle(g, pending) };
}

/**
 * Every task Kahn could not order still has an unordered predecessor
 * (pending > 0 counts exactly those), so walking backwards from one of them
 * must revisit a task: the walk between the two visits is a cycle.
 */
function findCycle(g: LinkGraph, pending: Int32Array): number[] {
  const { n, inStart, inList, from } = g;
  const stepOf = new Int32Array(n).fill(-1);
  const path: number[] = [];
  let v = pending.findIndex((p) => p > 0);
  while (stepOf[v]! < 0) {
    stepOf[v] = path.length;
    path.push(v);
    for (let e = inStart[v]!, end = inStart[v + 1]!; e < end; e++) {
      const u = from[inList[e]!]!;
      if (pending[u]! > 0) {
        v = u;
        break;
      }
    }
  }
  // path runs against the links; reverse the loop part to get link order,
  // then start at the lowest index so the same cycle always reads the same.
  const cycle = path.slice(stepOf[v]!).reverse();
  let first = 0;
  for (let k = 1; k < cycle.length; k++) if (cycle[k]! < cycle[first]!) first = k;
  return [...cycle.slice(first), ...cycle.slice(0, first)];
}
