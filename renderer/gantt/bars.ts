/**
 * One bar as the chart shows it, over what frappe-gantt drew: its place
 * (milestones as diamonds), classes, tooltip and drag handles. The same code
 * decorates a freshly rendered bar and patches a bar whose row changed during
 * a drag, so the two can never disagree.
 *
 * Positions come from epoch days, like the overlays: x = (day − first day) ×
 * px per day, where frappe-gantt puts a bar starting that day.
 */
import type { FrappeBar } from 'frappe-gantt';
import { fromEpochDay, isIsoDate, type IsoDate } from '../../core/dates';
import type { BarBox } from '../../core/export/linkPath';
import { clampProgress, frappeDates } from './frappeChart';
import { GANTT_BAR_HEIGHT } from './layout';
import { dayX, svgEl, type ChartGeometry } from './overlays';
import type { GanttRow } from './types';
import { CHART_TEXT, formatChartDate, localOfIso, type GanttLanguage } from './viewModes';
import { dragModesOf } from './dragMath';

declare module 'frappe-gantt' {
  interface FrappeBar {
    /** Internal: the bar's date range highlighted in the header on hover. */
    $date_highlight?: HTMLElement;
    handle_group: SVGGElement;
  }
}

const DIAMOND_SIDE = (GANTT_BAR_HEIGHT - 2) / Math.SQRT2;
const HANDLE_WIDTH = 6;

export interface BarContext {
  geo: ChartGeometry;
  language: GanttLanguage;
  /** Fill of effort bars: url(#hatch). */
  hatchFill: string;
  editable: boolean;
  /** The date frappe got for a row without valid dates. */
  fallbackDate: string;
}

/** Classes, tooltip, hatch and geometry of a bar frappe just drew. */
export function decorateBar(bar: FrappeBar, row: GanttRow, ctx: BarContext): void {
  const group = bar.group;
  if (bar.task.invalid) group.classList.add('is-invalid');
  if (row.kind === 'effort' && !bar.task.invalid) bar.$bar.style.fill = ctx.hatchFill;
  group.insertBefore(svgEl('title', {}), group.firstChild);
  patchBar(bar, row, ctx);
}

/** Brings a drawn bar up to date with its row (same id, kind and validity). */
export function patchBar(bar: FrappeBar, row: GanttRow, ctx: BarContext): void {
  const group = bar.group;
  group.classList.toggle('is-critical', row.critical === true);
  group.classList.toggle('is-late', row.late === true);
  group.classList.toggle('is-manual', row.manual === true);
  group.classList.toggle('is-summary', row.summary === true);
  placeBar(bar, row, ctx);
  const title = group.querySelector(':scope > title');
  if (title) title.textContent = barTitle(row, bar.task.progress ?? 0, ctx.language);
  drawHandles(bar, row, ctx);
}

/** Moves and sizes the bar, its progress and its header highlight to the row's dates; keeps frappe's task in step. */
function placeBar(bar: FrappeBar, row: GanttRow, ctx: BarContext): void {
  const { geo } = ctx;
  const dates = frappeDates(row, ctx.fallbackDate);
  const task = bar.task;
  const progress = clampProgress(row.progress);
  // frappe's own task, for any later render (a view change re-renders from it): its end is exclusive.
  task.start = dates.start;
  task.end = dates.end;
  task._start = localOfIso(dates.start);
  task._end = localOfIso(fromEpochDay(dates.endDay + 1));
  task.progress = progress;

  const x = dayX(geo, dates.startDay);
  const width = (dates.endDay - dates.startDay + 1) * geo.pxPerDay;
  const y = bar.y;
  const height = GANTT_BAR_HEIGHT;
  bar.x = x;
  bar.width = width;
  const rect = bar.$bar;
  if (row.kind === 'milestone' && !dates.invalid) {
    // A diamond centred on the milestone's day: a square turned 45°.
    const cx = x + width / 2;
    const cy = y + height / 2;
    setAttrs(rect, { x: cx - DIAMOND_SIDE / 2, y: cy - DIAMOND_SIDE / 2, width: DIAMOND_SIDE, height: DIAMOND_SIDE, rx: 1.5, ry: 1.5, transform: `rotate(45 ${cx} ${cy})` });
  } else {
    setAttrs(rect, { x, y, width, height });
  }
  drawSummaryBracket(bar, row.summary === true && !dates.invalid, x, y, width, height);
  if (bar.$bar_progress) setAttrs(bar.$bar_progress, { x, width: (width * progress) / 100 });
  const highlight = bar.$date_highlight;
  if (highlight) {
    highlight.style.left = `${x}px`;
    highlight.style.width = `${width}px`;
  }
}

/**
 * A section's bar as MS Project draws a summary: a dark band with a downward
 * tip at each end (the same shape as in the exports). The bar's own rect stays,
 * transparent, so it is still what a drag grabs.
 */
function drawSummaryBracket(bar: FrappeBar, summary: boolean, x: number, y: number, width: number, height: number): void {
  let bracket = bar.group.querySelector<SVGPathElement>(':scope > path.tiendo-summary');
  if (!summary) {
    bracket?.remove();
    return;
  }
  bracket ??= svgEl('path', { class: 'tiendo-summary' }, bar.group);
  const band = height * 0.4;
  const tip = Math.min(height * 0.45, width / 2);
  const r = x + width;
  setAttrs(bracket, { d: `M${x} ${y}H${r}V${y + band + tip}L${r - tip} ${y + band}H${x + tip}L${x} ${y + band + tip}Z` });
}

function setAttrs(el: Element, attrs: Record<string, number | string>): void {
  for (const name in attrs) {
    const value = String(attrs[name]);
    if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
}

/** "6. name", the dates, then progress and status: the tooltip of a bar. */
export function barTitle(row: GanttRow, progress: number, language: GanttLanguage): string {
  const text = CHART_TEXT[language];
  const lines = [`${row.stt}. ${row.name}`];
  if (isIsoDate(row.start) && isIsoDate(row.finish)) {
    lines.push(
      row.kind === 'milestone'
        ? `${text.milestone}: ${formatChartDate(row.finish, language)}`
        : `${formatChartDate(row.start, language)} – ${formatChartDate(row.finish, language)}`,
    );
  }
  const status = [`${text.progress} ${progress}%`];
  if (row.kind === 'effort') status.push(text.effort);
  if (row.manual) status.push(text.manual);
  if (row.critical) status.push(text.critical);
  if (row.late) status.push(row.lateAgainst === 'status' ? text.lateStatus : text.late);
  lines.push(status.join(' · '));
  return lines.join('\n');
}

/**
 * Drag handles on an editable chart: the right end (resize) and a knob at the
 * end of the progress. Shown on hover by gantt.css; the bar body moves.
 */
function drawHandles(bar: FrappeBar, row: GanttRow, ctx: BarContext): void {
  const group = bar.handle_group;
  const modes = ctx.editable && !bar.task.invalid ? dragModesOf(row) : { move: false, resize: false, progress: false };
  bar.group.classList.toggle('is-draggable', modes.move);
  let resize = group.querySelector<SVGRectElement>('.tiendo-handle-resize');
  let knob = group.querySelector<SVGCircleElement>('.tiendo-handle-progress');
  if (!modes.resize) resize?.remove();
  if (!modes.progress) knob?.remove();
  if (!modes.resize && !modes.progress) return;
  const y = bar.y;
  const right = bar.x + bar.width;
  if (modes.resize) {
    resize ??= svgEl('rect', { class: 'tiendo-handle tiendo-handle-resize', rx: 2, ry: 2, 'data-drag': 'resize' }, group);
    // Inside the right end, or just outside it when the bar is too short to also be moved.
    const x = bar.width >= 3 * HANDLE_WIDTH ? right - HANDLE_WIDTH - 1 : right + 1;
    setAttrs(resize, { x, y: y + 3, width: HANDLE_WIDTH, height: GANTT_BAR_HEIGHT - 6 });
  }
  if (modes.progress) {
    knob ??= svgEl('circle', { class: 'tiendo-handle tiendo-handle-progress', r: 4.5, 'data-drag': 'progress' }, group);
    setAttrs(knob, { cx: bar.x + (bar.width * clampProgress(row.progress)) / 100, cy: y + GANTT_BAR_HEIGHT });
  }
}

/** Where a bar is drawn (a milestone: its diamond), for arrow routing. */
export function barBox(bar: FrappeBar, geo: ChartGeometry): BarBox {
  const rect = bar.$bar;
  const x = Number(rect.getAttribute('x'));
  const y = Number(rect.getAttribute('y'));
  const w = Number(rect.getAttribute('width'));
  const h = Number(rect.getAttribute('height'));
  const index = bar.task._index ?? 0;
  const rowTop = geo.headerHeight + index * geo.rowHeight;
  const milestone = rect.hasAttribute('transform');
  const reach = milestone ? (w * Math.SQRT2 - w) / 2 : 0;
  return {
    left: x - reach,
    right: x + w + reach,
    top: y - reach,
    bottom: y + h + reach,
    middle: rowTop + geo.rowHeight / 2,
    rowTop,
    rowBottom: rowTop + geo.rowHeight,
    milestone,
  };
}

/**
 * Where the bar of row `index` is, or would be, drawn: the same box barBox
 * reads from a drawn bar, computed from the row, for an arrow to a row
 * outside the drawn window.
 */
export function rowBox(row: GanttRow, index: number, geo: ChartGeometry, fallbackDate: IsoDate): BarBox {
  const dates = frappeDates(row, fallbackDate);
  const rowTop = geo.headerHeight + index * geo.rowHeight;
  let x = dayX(geo, dates.startDay);
  let w = (dates.endDay - dates.startDay + 1) * geo.pxPerDay;
  let y = rowTop + (geo.rowHeight - GANTT_BAR_HEIGHT) / 2;
  let h = GANTT_BAR_HEIGHT;
  const milestone = row.kind === 'milestone' && !dates.invalid;
  let reach = 0;
  if (milestone) {
    const cx = x + w / 2;
    const cy = y + h / 2;
    x = cx - DIAMOND_SIDE / 2;
    y = cy - DIAMOND_SIDE / 2;
    w = h = DIAMOND_SIDE;
    reach = (w * Math.SQRT2 - w) / 2;
  }
  return {
    left: x - reach,
    right: x + w + reach,
    top: y - reach,
    bottom: y + h + reach,
    middle: rowTop + geo.rowHeight / 2,
    rowTop,
    rowBottom: rowTop + geo.rowHeight,
    milestone,
  };
}
