/**
 * Applies row changes to drawn bars, visible rows first.
 *
 * Moving a task early in a 1,000-task chain changes every bar, and most of
 * the cost is the browser laying out what changed (bar labels are SVG text,
 * re-laid out whenever they move). Only ~30 rows are on screen, so bars in
 * and near the viewport, and arrows crossing it, are patched at once; the
 * others are marked stale and patched when idle, or as soon as scrolling
 * brings them near. A full render starts afresh (reset).
 *
 * Positions on screen come from cached numbers (the last scrollTop and the
 * viewport height from a ResizeObserver): reading them from the layout while
 * React has just changed the table would force a layout of the whole page.
 */
import type { FrappeBar } from 'frappe-gantt';
import { patchBar, type BarContext } from './bars';
import type { LabelPlacer } from './labels';
import type { Arrow, LinkArrows } from './linkArrows';
import type { ChartGeometry } from './overlays';
import type { GanttRow } from './types';

/** Rows above and below the viewport patched at once too (a short scroll shows no stale bars). */
const MARGIN_ROWS = 15;
/** Stale bars patched per idle slice where requestIdleCallback is missing. */
const CHUNK = 100;

export interface PatchTarget {
  /** Drawn bars by row index (holes for rows outside the drawn window). */
  bars(): readonly (FrappeBar | undefined)[] | null;
  rows(): readonly GanttRow[];
  geo(): ChartGeometry | null;
  barContext(): BarContext;
}

interface RowRange {
  first: number;
  last: number;
}

export class BarPatcher {
  private readonly staleRows = new Set<number>();
  private readonly staleArrows = new Set<Arrow>();
  private scrollTop = 0;
  private viewportHeight = 0;
  private idleHandle = 0;

  constructor(
    private readonly target: PatchTarget,
    private readonly labels: LabelPlacer,
    private readonly arrows: LinkArrows,
  ) {}

  /** After a full render: everything drawn is current. */
  reset(): void {
    this.staleRows.clear();
    this.staleArrows.clear();
    this.cancelIdle();
  }

  destroy(): void {
    this.reset();
  }

  get pending(): number {
    return this.staleRows.size + this.staleArrows.size;
  }

  /** The viewport moved or was resized: patch what came near it. */
  setViewport(scrollTop: number, height = this.viewportHeight): void {
    this.scrollTop = scrollTop;
    this.viewportHeight = height;
    if (this.pending > 0) this.apply([], new Set(this.arrowsNear()));
  }

  /** Rows whose dates, progress or flags changed. */
  patch(changed: readonly number[]): void {
    this.apply(changed, this.arrows.touching(changed));
  }

  /** Patches every stale bar and arrow now. */
  flushAll(): void {
    this.cancelIdle();
    this.draw([...this.staleRows], [...this.staleArrows]);
  }

  private apply(changed: readonly number[], arrows: Iterable<Arrow>): void {
    const range = this.visibleRows();
    const rowsNow: number[] = [];
    for (const index of changed) {
      if (inRange(index, index, range)) rowsNow.push(index);
      else this.staleRows.add(index);
    }
    // Stale bars that scrolled into view.
    if (range) for (const index of this.staleRows) if (inRange(index, index, range)) rowsNow.push(index);
    const arrowsNow: Arrow[] = [];
    for (const arrow of arrows) {
      if (inRange(Math.min(arrow.from, arrow.to), Math.max(arrow.from, arrow.to), range)) arrowsNow.push(arrow);
      else this.staleArrows.add(arrow);
    }
    this.draw(rowsNow, arrowsNow);
    if (this.pending > 0) this.scheduleIdle();
  }

  private draw(rowIndexes: Iterable<number>, arrows: readonly Arrow[]): void {
    const bars = this.target.bars();
    const geo = this.target.geo();
    if (!bars || !geo) return;
    const rows = this.target.rows();
    const ctx = this.target.barContext();
    const patchRow = (index: number) => {
      this.staleRows.delete(index);
      const bar = bars[index];
      const row = rows[index];
      if (!bar || !row) return; // outside the drawn window: drawn from its row when it enters
      patchBar(bar, row, ctx);
      this.labels.placeOne(bar, geo);
    };
    for (const index of rowIndexes) patchRow(index);
    // An arrow is routed from its two bars as drawn: neither may be stale.
    for (const arrow of arrows) {
      if (this.staleRows.has(arrow.from)) patchRow(arrow.from);
      if (this.staleRows.has(arrow.to)) patchRow(arrow.to);
      this.staleArrows.delete(arrow);
    }
    this.arrows.redraw(arrows, { rows, bars, geo, fallbackDate: ctx.fallbackDate });
  }

  /** Rows in and near the viewport; null when the viewport is unknown (not laid out): then all rows. */
  private visibleRows(): RowRange | null {
    const geo = this.target.geo();
    if (!geo || this.viewportHeight <= 0) return null;
    const first = Math.floor((this.scrollTop - geo.headerHeight) / geo.rowHeight) - MARGIN_ROWS;
    const last = Math.ceil((this.scrollTop + this.viewportHeight - geo.headerHeight) / geo.rowHeight) + MARGIN_ROWS;
    return { first, last };
  }

  private arrowsNear(): Arrow[] {
    const range = this.visibleRows();
    return [...this.staleArrows].filter((a) => inRange(Math.min(a.from, a.to), Math.max(a.from, a.to), range));
  }

  private scheduleIdle(): void {
    if (this.idleHandle) return;
    const run = (deadline?: IdleDeadline) => {
      this.idleHandle = 0;
      const slice = deadline ? 20 : CHUNK;
      // At least one slice, more while the browser has time (bars first: arrows are routed from them).
      do {
        if (this.staleRows.size > 0) this.draw(take(this.staleRows, slice), []);
        else this.draw([], take(this.staleArrows, slice));
      } while (this.pending > 0 && deadline !== undefined && deadline.timeRemaining() > 2);
      if (this.pending > 0) this.scheduleIdle();
    };
    this.idleHandle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(run, { timeout: 1000 })
        : (setTimeout(run, 16) as unknown as number);
  }

  private cancelIdle(): void {
    if (!this.idleHandle) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(this.idleHandle);
    else clearTimeout(this.idleHandle);
    this.idleHandle = 0;
  }
}

function take<T>(set: ReadonlySet<T>, count: number): T[] {
  const out: T[] = [];
  for (const item of set) {
    if (out.length === count) break;
    out.push(item);
  }
  return out;
}

function inRange(first: number, last: number, range: RowRange | null): boolean {
  return range === null || (last >= range.first && first <= range.last);
}
