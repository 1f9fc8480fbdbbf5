/**
 * What changed between two sets of chart rows, to redraw only that.
 *
 * frappe-gantt's refresh() rebuilds every bar, arrow and header cell (about
 * 300 ms for 200 tasks in Chromium), far too slow for a drag that reschedules
 * the plan on every frame. When the rows keep their ids, order, names, kinds
 * and links, only bars move, stretch or change colour: the chart patches
 * those bars and the arrows touching them. Anything else is "structural" and
 * costs a full refresh.
 */
import type { GanttLink, GanttRow } from './types';

export type RowDiff =
  | { kind: 'same' }
  | { kind: 'structural' }
  | {
      kind: 'patch';
      /** Indexes of rows whose dates, progress or flags changed. */
      changed: number[];
      /** Some plan window changed: the window bands are redrawn. */
      windowsChanged: boolean;
    };

/** Rows compared field by field: a parent that rebuilds equal rows costs nothing. */
export function diffRows(prev: readonly GanttRow[], next: readonly GanttRow[]): RowDiff {
  if (prev === next) return { kind: 'same' };
  if (prev.length !== next.length) return { kind: 'structural' };
  const changed: number[] = [];
  let windowsChanged = false;
  for (let i = 0; i < next.length; i++) {
    const a = prev[i]!;
    const b = next[i]!;
    if (a === b) continue;
    if (a.id !== b.id || a.stt !== b.stt || a.name !== b.name || a.kind !== b.kind || !sameLinks(a.links, b.links)) {
      return { kind: 'structural' };
    }
    // Baselines are drawn with the window bands (overlays): a changed one redraws them.
    const windows = a.windowStart !== b.windowStart || a.windowEnd !== b.windowEnd || a.baseline?.start !== b.baseline?.start || a.baseline?.finish !== b.baseline?.finish;
    windowsChanged ||= windows;
    if (
      windows ||
      a.start !== b.start ||
      a.finish !== b.finish ||
      a.progress !== b.progress ||
      a.critical !== b.critical ||
      a.late !== b.late ||
      a.lateAgainst !== b.lateAgainst ||
      a.manual !== b.manual ||
      (a.summary === true) !== (b.summary === true)
    ) {
      changed.push(i);
    }
  }
  return changed.length === 0 ? { kind: 'same' } : { kind: 'patch', changed, windowsChanged };
}

function sameLinks(a: readonly GanttLink[], b: readonly GanttLink[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.from !== b[i]!.from || a[i]!.type !== b[i]!.type) return false;
  return true;
}
