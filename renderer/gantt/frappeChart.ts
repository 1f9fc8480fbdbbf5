/**
 * frappe-gantt, adapted to Tiến Độ: a subclass that draws exactly the plan's
 * range, leaves scrolling and "today" to the wrapper, binds none of frappe's
 * drag handlers (the chart has its own), and calls back after every render so the
 * wrapper can decorate bars and draw its overlays. Plus the conversion of
 * chart rows into frappe tasks.
 *
 * Overridden internals of the pinned frappe-gantt 1.2.2 (see node_modules/frappe-gantt/src/index.js):
 * - setup_gantt_dates: frappe pads the tasks' span (by a view-mode padding or,
 *   with infinite_padding, 30 columns each side); we use the given range.
 * - render: + the after-render hook (every redraw path goes through render()).
 * - set_scroll_position: frappe scrolls on every render (smoothly, and it
 *   looks up header texts that may be missing); the wrapper keeps the position.
 * - highlight_current: frappe marks the clock's today; the wrapper marks the `today` prop.
 * - bind_bar_events: frappe's drag, resize and progress handlers (a
 *   document-level mouseup listener that is never removed, a scroll handler
 *   that measures every bar on each scroll event, no working-day snapping, and
 *   moves that pull dependants along). The chart drags bars itself (drag.ts).
 */
import Gantt, { type FrappeBar, type FrappeOptions, type FrappeTask } from 'frappe-gantt';
import { parseEpochDay } from '../../core/calendar';
import { fromEpochDay, type IsoDate } from '../../core/dates';
import { TASK_KINDS } from '../../core/model';
import { barLabel, escapeHtml } from './escape';
import { GANTT_BAR_HEIGHT, GANTT_LOWER_HEADER_HEIGHT, GANTT_ROW_PADDING, GANTT_UPPER_HEADER_HEIGHT } from './layout';
import type { GanttRow } from './types';
import { buildViewModes, GANTT_VIEW_MODES, isoOfLocal, type GanttLanguage, type GanttViewMode } from './viewModes';

export interface TienDoHooks {
  /** First and last column start (local midnights) for a view mode. */
  columns(viewMode: string): { first: Date; last: Date };
  /** Called at the end of every render, with the chart (also during the constructor). */
  afterRender(chart: TienDoGantt): void;
  /** Rows in the chart: the grid is this tall even when frappe gets only a window of them. */
  rowCount(): number;
}

export interface TienDoOptions extends FrappeOptions {
  tiendo: TienDoHooks;
}

/** frappe-gantt's options for the chart: read-only to frappe (the chart drags bars itself), our sizes, no popup or padding. */
export function frappeOptions(viewMode: GanttViewMode, language: GanttLanguage, hooks: TienDoHooks): TienDoOptions {
  const modes = buildViewModes();
  // frappe-gantt starts in the first of options.view_modes (setup_options overrides options.view_mode).
  const order = [viewMode, ...GANTT_VIEW_MODES.filter((m) => m !== viewMode)];
  return {
    view_modes: order.map((m) => modes[m]),
    language,
    bar_height: GANTT_BAR_HEIGHT,
    padding: GANTT_ROW_PADDING,
    upper_header_height: GANTT_UPPER_HEADER_HEIGHT,
    lower_header_height: GANTT_LOWER_HEADER_HEIGHT,
    container_height: 'auto',
    column_width: null,
    bar_corner_radius: 3,
    arrow_curve: 4,
    infinite_padding: false,
    holidays: null, // days off are drawn by the overlays (frappe writes style="" attributes and cannot unshade a working Saturday)
    ignore: [],
    lines: 'both',
    readonly: true,
    readonly_dates: true,
    readonly_progress: true,
    move_dependencies: false,
    popup: false, // details are shown in the app's own panel
    today_button: false,
    view_mode_select: false,
    scroll_to: null,
    show_expected_progress: false,
    auto_move_label: false,
    tiendo: hooks,
  };
}

/** The range to draw: the given one, or when it is bad the rows' span (or today). */
export function drawnRange(rangeStart: IsoDate, rangeEnd: IsoDate, rows: readonly GanttRow[], today: IsoDate): { start: IsoDate; end: IsoDate } {
  const start = epochDayOrNull(rangeStart);
  const end = epochDayOrNull(rangeEnd);
  if (start !== null && end !== null && end >= start) return { start: rangeStart, end: rangeEnd };
  let lo = Infinity;
  let hi = -Infinity;
  for (const row of rows) {
    const s = epochDayOrNull(row.start);
    const f = epochDayOrNull(row.finish);
    if (s !== null) lo = Math.min(lo, s);
    if (f !== null) hi = Math.max(hi, f);
  }
  if (lo > hi) {
    const day = epochDayOrNull(today) !== null ? today : isoOfLocal(new Date());
    return { start: day, end: day };
  }
  return { start: fromEpochDay(lo), end: fromEpochDay(hi) };
}

type BarClass = new (gantt: Gantt, task: FrappeTask) => FrappeBar;
let frappeBarClass: BarClass | null = null;
const SVG_NS = 'http://www.w3.org/2000/svg';

export class TienDoGantt extends Gantt {
  declare options: TienDoOptions;
  /** The drawn bars by row index: holes for rows outside the window. Set by make_bars (declared: frappe's constructor renders before field initialisers would run). */
  declare rowBars: (FrappeBar | undefined)[];

  override setup_tasks(tasks: FrappeTask[]): void {
    super.setup_tasks(tasks);
    for (const task of this.tasks) task._index = task._row ?? task._index;
  }

  /** frappe's, with the grid as tall as every row (frappe counts the tasks it got). */
  override make_grid_background(): void {
    const rows = Math.max(this.options.tiendo.rowCount(), this.tasks.length);
    const grid_width = this.dates.length * this.config.column_width;
    const grid_height = this.config.header_height + GANTT_ROW_PADDING + (GANTT_BAR_HEIGHT + GANTT_ROW_PADDING) * rows - 10;
    const rect = document.createElementNS(SVG_NS, 'rect');
    for (const [name, value] of Object.entries({ x: 0, y: 0, width: grid_width, height: grid_height, class: 'grid-background' })) rect.setAttribute(name, String(value));
    this.$svg.appendChild(rect);
    this.$svg.setAttribute('height', String(grid_height));
    this.$svg.setAttribute('width', '100%');
    this.grid_height = grid_height;
    if (this.options.container_height === 'auto') this.$container.style.height = `${grid_height}px`;
  }

  /** Windowed: one row background for all rows (frappe draws one rect per row, all alike). */
  override make_grid_rows(): void {
    if (!this.windowed()) return super.make_grid_rows();
    const layer = this.layers.grid.appendChild(document.createElementNS(SVG_NS, 'g'));
    const rect = layer.appendChild(document.createElementNS(SVG_NS, 'rect'));
    const { header_height } = this.config;
    for (const [name, value] of Object.entries({ x: 0, y: header_height, width: this.dates.length * this.config.column_width, height: this.grid_height - header_height, class: 'grid-row' })) {
      rect.setAttribute(name, String(value));
    }
  }

  /** Windowed: frappe's column ticks, and the row lines as one rect filled with a one-row pattern. */
  override make_grid_ticks(): void {
    const lines = this.options.lines;
    if (!this.windowed() || (lines !== 'both' && lines !== 'horizontal')) return super.make_grid_ticks();
    this.options.lines = lines === 'both' ? 'vertical' : 'none';
    super.make_grid_ticks();
    this.options.lines = lines;
    const rowHeight = GANTT_BAR_HEIGHT + GANTT_ROW_PADDING;
    const width = this.dates.length * this.config.column_width;
    const { header_height } = this.config;
    const defs = this.layers.grid.appendChild(document.createElementNS(SVG_NS, 'defs'));
    const pattern = defs.appendChild(document.createElementNS(SVG_NS, 'pattern'));
    const id = `tiendo-row-lines-${++patterns}`;
    setAll(pattern, { id, patternUnits: 'userSpaceOnUse', x: 0, y: header_height, width, height: rowHeight });
    const line = pattern.appendChild(document.createElementNS(SVG_NS, 'line'));
    setAll(line, { x1: 0, x2: width, y1: rowHeight - 0.5, y2: rowHeight - 0.5, class: 'row-line' });
    const rect = this.layers.grid.appendChild(document.createElementNS(SVG_NS, 'rect'));
    setAll(rect, { x: 0, y: header_height, width, height: this.grid_height - header_height, fill: `url(#${id})`, class: 'row-lines' });
  }

  override make_bars(): void {
    super.make_bars();
    frappeBarClass ??= (this.bars[0]?.constructor as BarClass | undefined) ?? null;
    this.rowBars = [];
    for (const bar of this.bars) this.rowBars[bar.task._index!] = bar;
  }

  /** Draws one more bar (a row entering the window); `task._row` is its row. */
  addBar(task: FrappeTask): FrappeBar | null {
    if (!frappeBarClass) return null;
    task._start = undefined;
    task._end = undefined;
    this.setupOne(task);
    const bar = new frappeBarClass(this, task);
    this.layers.bar.appendChild(bar.group);
    this.bars.push(bar);
    this.rowBars[task._index!] = bar;
    return bar;
  }

  /** Removes the bar of row `index` (it left the window), with its header highlight. */
  removeBar(index: number): void {
    const bar = this.rowBars[index];
    if (!bar) return;
    // frappe's hover timer looks the highlight up 200 ms after mouseenter: its mouseleave clears it.
    bar.group.dispatchEvent(new MouseEvent('mouseleave'));
    bar.group.remove();
    bar.$date_highlight?.remove();
    delete this.rowBars[index];
    const at = this.bars.indexOf(bar);
    if (at >= 0) this.bars.splice(at, 1);
    const t = this.tasks.indexOf(bar.task);
    if (t >= 0) this.tasks.splice(t, 1);
  }

  /** frappe's per-task setup (dates, index) for a task added after the render. */
  private setupOne(task: FrappeTask): void {
    const kept = this.tasks;
    super.setup_tasks([task]);
    this.tasks = kept;
    this.tasks.push(task);
    task._index = task._row ?? task._index;
  }

  private windowed(): boolean {
    return this.options.tiendo.rowCount() > this.tasks.length;
  }

  override setup_gantt_dates(): void {
    const { first, last } = this.options.tiendo.columns(this.config.view_mode.name);
    this.gantt_start = first;
    this.gantt_end = last;
    this.config.date_format = this.config.view_mode.date_format ?? this.options.date_format ?? 'YYYY-MM-DD';
  }

  override render(): void {
    super.render();
    this.options.tiendo.afterRender(this);
  }

  override set_scroll_position(): void {}

  override highlight_current(): void {}

  override bind_bar_events(): void {}
}

let patterns = 0;

function setAll(el: Element, attrs: Record<string, string | number>): void {
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
}

/** Ids frappe-gantt handles safely: it rewrites spaces and builds CSS selectors (`.highlight-<id>`) from them. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Longest span kept: frappe-gantt drops a task longer than ten years, which would shift every later row. */
const MAX_SPAN_DAYS = 3_000;

export interface FrappeTaskSet {
  tasks: FrappeTask[];
  /** frappe id of each row, in row order (the row's own id when safe). */
  frappeIds: string[];
}

export interface DrawnDates {
  start: IsoDate;
  /** Inclusive. */
  end: IsoDate;
  /** Epoch days of start and end. */
  startDay: number;
  endDay: number;
  invalid: boolean;
}

/** Epoch day of a valid `YYYY-MM-DD`, else null (the engine's fast parser: this runs for every row on every drag frame). */
function epochDayOrNull(iso: unknown): number | null {
  if (typeof iso !== 'string') return null;
  try {
    return parseEpochDay(iso);
  } catch {
    return null;
  }
}

/** The dates frappe draws for a row: bad dates become an `invalid` one-day bar, an absurd span is cut. */
export function frappeDates(row: GanttRow, fallbackDate: IsoDate): DrawnDates {
  const s = epochDayOrNull(row.start);
  const f = epochDayOrNull(row.finish);
  if (s === null || f === null || f < s) {
    const [day, epoch] = s !== null ? [row.start, s] : f !== null ? [row.finish, f] : [fallbackDate, epochDayOrNull(fallbackDate) ?? 0];
    return { start: day, end: day, startDay: epoch, endDay: epoch, invalid: true };
  }
  if (f - s > MAX_SPAN_DAYS) {
    return { start: row.start, end: fromEpochDay(s + MAX_SPAN_DAYS), startDay: s, endDay: s + MAX_SPAN_DAYS, invalid: false };
  }
  return { start: row.start, end: row.finish, startDay: s, endDay: f, invalid: false };
}

export function clampProgress(progress: number): number {
  return Number.isFinite(progress) ? Math.min(100, Math.max(0, progress)) : 0;
}

/**
 * Rows → frappe tasks, one per row in order, whatever the data: frappe-gantt
 * silently drops a task without valid dates (and draws every later task one
 * row too high), so bad dates become an `invalid` (dashed) one-day bar.
 * No dependencies: the chart draws typed arrows itself (arrows.ts).
 */
export function toFrappeTasks(rows: readonly GanttRow[], fallbackDate: IsoDate): FrappeTaskSet {
  const frappeIds = frappeIdsOf(rows);
  return { tasks: rows.map((row, i) => frappeTaskOf(row, i, frappeIds[i]!, fallbackDate)), frappeIds };
}

/** frappe id of each row, in row order: the row's own id when safe and unique, else a substitute. */
export function frappeIdsOf(rows: readonly GanttRow[]): string[] {
  const taken = new Set<string>();
  for (const row of rows) if (SAFE_ID.test(row.id)) taken.add(row.id);
  const used = new Set<string>();
  return rows.map((row, index) => {
    if (SAFE_ID.test(row.id) && !used.has(row.id)) {
      used.add(row.id);
      return row.id;
    }
    let id = `tiendo-row-${index}`;
    while (taken.has(id) || used.has(id)) id = `_${id}`;
    used.add(id);
    return id;
  });
}

/** The frappe task of row `index` (its `_row`). */
export function frappeTaskOf(row: GanttRow, index: number, frappeId: string, fallbackDate: IsoDate): FrappeTask {
  const { start, end, invalid } = frappeDates(row, fallbackDate);
  const kind = (TASK_KINDS as readonly string[]).includes(row.kind) ? row.kind : 'task';
  return {
    id: frappeId,
    name: escapeHtml(barLabel(row.stt, String(row.name ?? ''))),
    start,
    end,
    progress: clampProgress(row.progress),
    dependencies: [],
    custom_class: `is-${kind}`,
    invalid,
    _row: index,
  };
}
