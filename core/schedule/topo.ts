/**
 * The link graph in compressed sparse rows (CSR). Task i's incoming links
 * occupy slots inStart[i] … inStart[i+1] of the in* arrays, its outgoing
 * links slots outStart[i] … outStart[i+1] of the out* arrays, each in
 * ascending link index (the engine's tie-break among links relies on it).
 * Endpoint, type and lag are copied into slot order so that the passes read
 * edges sequentially instead of jumping to scattered link indices.
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
  inStart: Int32Array;
  /** Link index of each incoming slot. */
  inLink: Int32Array;
  inFrom: Int32Array;
  inType: Uint8Array;
  inLag: Int32Array;
  outStart: Int32Array;
  outTo: Int32Array;
  outType: Uint8Array;
  outLag: Int32Array;
}

export function buildGraph(n: number, links: readonly ScheduleLink[]): LinkGraph {
  const m = links.length;
  // The link objects are read once, into link-indexed scratch arrays.
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
  const g: LinkGraph = {
    n,
    inStart,
    inLink: new Int32Array(m),
    inFrom: new Int32Array(m),
    inType: new Uint8Array(m),
    inLag: new Int32Array(m),
    outStart,
    outTo: new Int32Array(m),
    outType: new Uint8Array(m),
    outLag: new Int32Array(m),
  };
  const { inLink, inFrom, inType, inLag, outTo, outType, outLag } = g;
  const inFill = inStart.slice(0, n);
  const outFill = outStart.slice(0, n);
  for (let k = 0; k < m; k++) {
    const f = from[k]!;
    const t = to[k]!;
    const e = inFill[t]!++;
    inLink[e] = k;
    inFrom[e] = f;
    inType[e] = type[k]!;
    inLag[e] = lag[k]!;
    const o = outFill[f]!++;
    outTo[o] = t;
    outType[o] = type[k]!;
    outLag[o] = lag[k]!;
  }
  return g;
}

/**
 * Kahn's algorithm. Returns the task indices in an order where every
 * predecessor comes before its successors, or, when the links contain a
 * cycle, `{ cycle }` with one real cycle in link order.
 */
export function topoOrder(g: LinkGraph): { order: Int32Array } | { cycle: number[] } {
  const { n, inStart, outStart, outTo } = g;
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
      const j = outTo[e]!;
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
  const { n, inStart, inFrom } = g;
  const stepOf = new Int32Array(n).fill(-1);
  const path: number[] = [];
  let v = pending.findIndex((p) => p > 0);
  while (stepOf[v]! < 0) {
    stepOf[v] = path.length;
    path.push(v);
    for (let e = inStart[v]!, end = inStart[v + 1]!; e < end; e++) {
      const u = inFrom[e]!;
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
