/**
 * Forward pass: early start/finish in topological order. A task's early
 * start is the largest lower bound from its constraints (prepared) and its
 * incoming links; the bound that sets it is recorded as its driver.
 *
 * Tie rule: a link wins a tie with any constraint, and among links the one
 * with the lowest index wins — so the UI can say "Bắt đầu sau khi STT n hoàn
 * thành" whenever the dependency alone would explain the date, and the
 * driver does not depend on task order. One exception, MS Project's: a
 * milestone reached by a finish (FS, FF) sits at the end of the day before
 * its start number and is shown on that day (`shownOnFinish`); a start-side
 * link or constraint on the same number is the later instant and wins.
 */
import { CODE, type Prepared } from './prepare';
import { LINK_CODE, type LinkGraph } from './topo';

const { FS, SS, FF } = LINK_CODE;
const { NONE, D_ACTUAL, D_LINK, D_MANUAL, D_STATUS, FINISHED, IN_PROGRESS, NOT_STARTED, MODE_EFFORT, MODE_MANUAL } = CODE;

export interface EarlyArrays {
  earlyStart: Int32Array;
  earlyFinish: Int32Array;
  driverKind: Uint8Array;
  driverLink: Int32Array;
  violatedLink: Int32Array;
  shownOnFinish: Uint8Array;
}

export function forwardPass(g: LinkGraph, p: Prepared, order: Int32Array, out: EarlyArrays): void {
  const { inStart, inLink, inFrom, inType, inLag } = g;
  const { earlyStart: es, earlyFinish: ef, driverKind, driverLink, violatedLink, shownOnFinish } = out;
  const { mode: modes, minStart, minStartKind, duration, progress, fixStart, fixFinish, percent, status, statusFinish } = p;
  for (let o = 0; o < order.length; o++) {
    const i = order[o]!;
    const mode = modes[i]!;
    let kind = minStartKind[i]!;
    let link = -1;
    let s: number;
    let f: number;
    let onFinish = 0;
    const prog = progress[i]!;
    if (mode === MODE_MANUAL) {
      s = fixStart[i]!;
      const mf = fixFinish[i]!;
      f = mf === NONE ? s - 1 : Math.max(mf, s - 1);
      kind = D_MANUAL;
    } else {
      const d = duration[i]!;
      const effort = mode === MODE_EFFORT;
      let linkStart: number = NONE;
      let finishSide: number = NONE;
      for (let e = inStart[i]!, end = inStart[i + 1]!; e < end; e++) {
        const q = inFrom[e]!;
        const t = inType[e]!;
        const L = inLag[e]!;
        let b: number;
        // FS and FF reach a milestone at the end of the day before b: the earlier instant on a tie.
        let byFinish = 0;
        if (t === FS) (b = ef[q]! + 1 + L), (byFinish = 1);
        else if (t === SS) b = es[q]! + L;
        else {
          const fb = t === FF ? ef[q]! + L : es[q]! + L - 1;
          // An effort task has no duration: finish-side links set its finish only.
          if (effort) {
            if (fb > finishSide) finishSide = fb;
            continue;
          }
          b = fb - d + 1;
          if (t === FF) byFinish = 1;
        }
        if (b > linkStart || (b === linkStart && d === 0 && onFinish === 1 && byFinish === 0)) {
          (linkStart = b), (link = inLink[e]!), (onFinish = byFinish);
        }
      }
      s = minStart[i]!;
      // A constraint holds from the start of its day: for a milestone it beats a finish on the day before.
      if (link >= 0 && (linkStart > s || (linkStart === s && !(d === 0 && onFinish === 1)))) (s = linkStart), (kind = D_LINK);
      else (link = -1), (onFinish = 0);
      if (d !== 0) onFinish = 0;
      f = effort ? Math.max(finishSide, s) : s + d - 1;

      if (prog === IN_PROGRESS || prog === FINISHED) {
        const d = f - s + 1; // effort: its span
        const aS = fixStart[i]!;
        const aF = fixFinish[i]!;
        if (aS !== NONE) (s = aS), (f = s + d - 1), (kind = D_ACTUAL), (link = -1), (onFinish = 0);
        if (prog === IN_PROGRESS) {
          const remaining = d - Math.round((d * percent[i]!) / 100);
          // The work done lies before the status date, the work not yet done after it.
          const latestStart = status - (d - remaining);
          if (aS === NONE && s > latestStart) (s = latestStart), (f = s + d - 1), (kind = D_STATUS), (link = -1);
          f = Math.max(f, status + remaining - 1);
        } else if (aF !== NONE) {
          f = aF;
          if (aS === NONE) (s = aF - d + 1), (kind = D_ACTUAL), (link = -1), (onFinish = 0);
        } else if (f > statusFinish && (aS === NONE || d > 0)) {
          // Finished without an actual finish (MS Project): frozen at the status date, never after it.
          if (aS === NONE) (s = statusFinish - d + 1), (kind = D_STATUS), (link = -1), (onFinish = d === 0 ? 1 : 0);
          f = statusFinish;
        }
        if (d > 0 && f < s) f = s; // inconsistent actual dates: keep one day
      }
    }
    es[i] = s;
    ef[i] = f;
    driverKind[i] = kind;
    driverLink[i] = link;
    shownOnFinish[i] = onFinish;
    // Only fixed dates (manual, actual, progress held by the status date) can break an incoming link.
    if (kind === D_MANUAL || kind === D_ACTUAL || (kind === D_STATUS && prog !== NOT_STARTED)) {
      violatedLink[i] = firstViolated(g, i, s, f, es, ef);
    }
  }
}

function firstViolated(g: LinkGraph, i: number, s: number, f: number, es: Int32Array, ef: Int32Array): number {
  for (let e = g.inStart[i]!, end = g.inStart[i + 1]!; e < end; e++) {
    const q = g.inFrom[e]!;
    const L = g.inLag[e]!;
    const t = g.inType[e]!;
    const ok =
      t === FS ? s >= ef[q]! + 1 + L : t === SS ? s >= es[q]! + L : t === FF ? f >= ef[q]! + L : f >= es[q]! + L - 1;
    if (!ok) return g.inLink[e]!;
  }
  return -1;
}
