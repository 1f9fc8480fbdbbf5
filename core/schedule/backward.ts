/**
 * Backward pass in reverse topological order. Every task's duration here is
 * its effective span on early dates (EF − ES + 1): an effort task's span, a
 * manual task's fixed length, work stretched by the status date.
 *
 * Late finish = min(projectFinishCap, own deadline, bounds from successors);
 * late start = late finish − span + 1; total float = LS − ES.
 *
 * Free float = max(0, min(total float, slack of each outgoing link on early
 * dates)): how far the task can slip without moving any successor's early
 * dates and without eating into its total float. A task without successors
 * gets its total float (≤ projectFinishCap − EF).
 *
 * A level-of-effort task follows its links and constrains nothing
 * (Primavera): its start can slide up to its late finish, so start-side
 * links into it bound their predecessors by its late finish, not its late start.
 */
import { CODE, type Prepared } from './prepare';
import { LINK_CODE, type LinkGraph } from './topo';

const { FS, SS, FF } = LINK_CODE;
const { NO_DEADLINE, MODE_EFFORT } = CODE;

export interface LateArrays {
  lateStart: Int32Array;
  lateFinish: Int32Array;
  totalFloat: Int32Array;
  freeFloat: Int32Array;
  critical: Uint8Array;
}

export function backwardPass(
  g: LinkGraph,
  p: Prepared,
  order: Int32Array,
  es: Int32Array,
  ef: Int32Array,
  cap: number,
  out: LateArrays,
): void {
  const { outStart, outTo, outType, outLag } = g;
  const { lateStart: ls, lateFinish: lf, totalFloat, freeFloat, critical } = out;
  const { deadline, mode } = p;
  for (let o = order.length - 1; o >= 0; o--) {
    const i = order[o]!;
    const d = ef[i]! - es[i]! + 1;
    let late = Math.min(cap, deadline[i]!);
    let slack: number = NO_DEADLINE;
    for (let e = outStart[i]!, end = outStart[i + 1]!; e < end; e++) {
      const j = outTo[e]!;
      const L = outLag[e]!;
      const t = outType[e]!;
      let b: number;
      let sl: number;
      const latestStart = mode[j] === MODE_EFFORT ? lf[j]! : ls[j]!;
      if (t === FS) (b = latestStart - 1 - L), (sl = es[j]! - ef[i]! - 1 - L);
      else if (t === SS) (b = latestStart - L + d - 1), (sl = es[j]! - es[i]! - L);
      else if (t === FF) (b = lf[j]! - L), (sl = ef[j]! - ef[i]! - L);
      else (b = lf[j]! - L + d), (sl = ef[j]! - es[i]! - L + 1);
      if (b < late) late = b;
      if (sl < slack) slack = sl;
    }
    const tf = late - d + 1 - es[i]!;
    lf[i] = late;
    ls[i] = late - d + 1;
    totalFloat[i] = tf;
    freeFloat[i] = Math.max(0, Math.min(tf, slack));
    critical[i] = tf <= 0 ? 1 : 0;
  }
}
