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
import Gantt, { type FrappeOptions, type FrappeTask } from 'frappe-gantt';
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

export class TienDoGantt extends Gantt {
  declare options: TienDoOptions;

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
  const taken = new Set<string>();
  for (const row of rows) if (SAFE_ID.test(row.id)) taken.add(row.id);
  const used = new Set<string>();
  const frappeIds = rows.map((row, index) => {
    if (SAFE_ID.test(row.id) && !used.has(row.id)) {
      used.add(row.id);
      return row.id;
    }
    let id = `tiendo-row-${index}`;
    while (taken.has(id) || used.has(id)) id = `_${id}`;
    used.add(id);
    return id;
  });

  const tasks = rows.map((row, i): FrappeTask => {
    const { start, end, invalid } = frappeDates(row, fallbackDate);
    const kind = (TASK_KINDS as readonly string[]).includes(row.kind) ? row.kind : 'task';
    return {
      id: frappeIds[i]!,
      name: escapeHtml(barLabel(row.stt, String(row.name ?? ''))),
      start,
      end,
      progress: clampProgress(row.progress),
      dependencies: [],
      custom_class: `is-${kind}`,
      invalid,
    };
  });
  return { tasks, frappeIds };
}
