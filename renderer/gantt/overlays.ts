/**
 * What the chart draws into frappe-gantt's SVG after each render: days off,
 * plan-window bands, the selected row and the today line. Each set is one
 * <g> built detached and inserted once; redrawing replaces the group.
 *
 * Positions come from epoch days (core/dates), never from Date objects, so no
 * time zone or DST can shift them: x = (day − first day) × px per day, which
 * is where frappe-gantt puts a bar starting that day.
 */
import { fromEpochDay, isIsoDate, isoWeekday, toEpochDay, type IsoDate } from '../../core/dates';
import { CHART_TEXT, formatChartDate, type GanttLanguage } from './viewModes';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ChartGeometry {
  /** Epoch day at x = 0. */
  firstDay: number;
  /** Days the columns cover. */
  dayCount: number;
  pxPerDay: number;
  /** y of the first row. */
  headerHeight: number;
  rowHeight: number;
  /** Bottom of the grid. */
  gridHeight: number;
}

export interface WindowedRow {
  id: string;
  windowStart: IsoDate | null;
  windowEnd: IsoDate | null;
}

export const SHADING_CLASS = 'tiendo-shading';
export const OVERLAY_CLASS = 'tiendo-overlays';
export const SELECTION_CLASS = 'tiendo-selection';

export function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  parent?: Element,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  if (parent) parent.appendChild(el);
  return el;
}

export function dayX(geo: ChartGeometry, day: number): number {
  return (day - geo.firstDay) * geo.pxPerDay;
}

export function chartWidth(geo: ChartGeometry): number {
  return geo.dayCount * geo.pxPerDay;
}

/** Epoch days of the valid dates in a list. */
export function epochDaySet(dates: readonly IsoDate[]): Set<number> {
  const out = new Set<number>();
  for (const d of dates) if (isIsoDate(d)) out.add(toEpochDay(d));
  return out;
}

export interface NonWorkingRun {
  /** Epoch day of the first day off. */
  start: number;
  /** Consecutive days off. */
  length: number;
  /** True when a weekday holiday is in the run. */
  holiday: boolean;
}

/**
 * Runs of consecutive days off in [firstDay, firstDay + dayCount): weekends
 * unless listed as extra working days, and every listed non-working day.
 */
export function nonWorkingRuns(
  firstDay: number,
  dayCount: number,
  nonWorkingDays: ReadonlySet<number>,
  extraWorkingDays: ReadonlySet<number>,
): NonWorkingRun[] {
  const runs: NonWorkingRun[] = [];
  let current: NonWorkingRun | null = null;
  for (let day = firstDay; day < firstDay + dayCount; day++) {
    const holiday = nonWorkingDays.has(day);
    const off = holiday || (isoWeekday(day) >= 6 && !extraWorkingDays.has(day));
    if (!off) {
      current = null;
      continue;
    }
    if (current) {
      current.length++;
      current.holiday ||= holiday && isoWeekday(day) < 6;
    } else {
      current = { start: day, length: 1, holiday: holiday && isoWeekday(day) < 6 };
      runs.push(current);
    }
  }
  return runs;
}

/** g.tiendo-shading: one rect.non-working-day per run of days off, full grid height. */
export function buildShading(geo: ChartGeometry, runs: readonly NonWorkingRun[]): SVGGElement {
  const g = svgEl('g', { class: SHADING_CLASS, 'aria-hidden': 'true' });
  for (const run of runs) {
    svgEl(
      'rect',
      {
        class: run.holiday ? 'non-working-day is-holiday' : 'non-working-day',
        x: dayX(geo, run.start),
        y: geo.headerHeight,
        width: run.length * geo.pxPerDay,
        height: Math.max(0, geo.gridHeight - geo.headerHeight),
        'data-start': fromEpochDay(run.start),
        'data-end': fromEpochDay(run.start + run.length - 1),
      },
      g,
    );
  }
  return g;
}

/**
 * g.tiendo-overlays: the plan window of each row (rect.window-band from its
 * first to the end of its last day, or a marker when only one end is known)
 * and the today line.
 */
export function buildRowOverlays(
  geo: ChartGeometry,
  rows: readonly WindowedRow[],
  today: IsoDate,
  lang: GanttLanguage,
  deadline: IsoDate | null = null,
  span: { first: number; last: number } = { first: 0, last: rows.length },
  statusDate: IsoDate | null = null,
): SVGGElement {
  const g = svgEl('g', { class: OVERLAY_CLASS });
  const width = chartWidth(geo);
  const inset = 2;
  // Only the drawn window's rows (rowWindow.ts): bands elsewhere are never seen.
  const last = Math.min(span.last, rows.length);
  for (let index = Math.max(0, span.first); index < last; index++) {
    const row = rows[index]!;
    const top = geo.headerHeight + index * geo.rowHeight + inset;
    const height = geo.rowHeight - 2 * inset;
    const start = row.windowStart && isIsoDate(row.windowStart) ? toEpochDay(row.windowStart) : null;
    const end = row.windowEnd && isIsoDate(row.windowEnd) ? toEpochDay(row.windowEnd) : null;
    if (start !== null && end !== null && end >= start) {
      const x1 = Math.max(0, dayX(geo, start));
      const x2 = Math.min(width, dayX(geo, end + 1));
      if (x2 <= x1) continue;
      const band = svgEl('rect', { class: 'window-band', 'data-id': row.id, x: x1, y: top, width: x2 - x1, height, rx: 2 }, g);
      svgEl('title', {}, band).textContent =
        `${CHART_TEXT[lang].window}: ${formatChartDate(row.windowStart!, lang)} – ${formatChartDate(row.windowEnd!, lang)}`;
    } else if (start !== null || end !== null) {
      // Only a start ("not before") or only a deadline: a bracket at that edge.
      const isEnd = end !== null;
      const x = isEnd ? dayX(geo, end + 1) : dayX(geo, start!);
      if (x < 0 || x > width) continue;
      const arm = isEnd ? -5 : 5;
      const marker = svgEl(
        'path',
        {
          class: `window-marker ${isEnd ? 'window-deadline' : 'window-start'}`,
          'data-id': row.id,
          d: `M ${x + arm} ${top} H ${x} V ${top + height} H ${x + arm}`,
        },
        g,
      );
      svgEl('title', {}, marker).textContent =
        `${CHART_TEXT[lang].window}: ${isEnd ? `… – ${formatChartDate(row.windowEnd!, lang)}` : `${formatChartDate(row.windowStart!, lang)} – …`}`;
    }
  }
  const x = todayX(geo, today);
  if (x !== null) {
    svgEl('line', { class: 'today-line', x1: x, x2: x, y1: geo.headerHeight, y2: geo.gridHeight, 'data-date': today }, g);
  }
  // The plan's deadline: at the end of its day, as in the exports.
  const deadlineDay = deadline && isIsoDate(deadline) ? toEpochDay(deadline) : null;
  if (deadlineDay !== null && deadlineDay >= geo.firstDay && deadlineDay < geo.firstDay + geo.dayCount) {
    const dx = dayX(geo, deadlineDay + 1);
    const line = svgEl('line', { class: 'deadline-line', x1: dx, x2: dx, y1: geo.headerHeight, y2: geo.gridHeight, 'data-date': deadline! }, g);
    svgEl('title', {}, line).textContent = `${CHART_TEXT[lang].deadline}: ${formatChartDate(deadline!, lang)}`;
    const label = svgEl('text', { class: 'deadline-label', x: dx - 4, y: geo.headerHeight + 12, 'text-anchor': 'end' }, g);
    label.textContent = CHART_TEXT[lang].deadline;
  }
  // The status date: at the start of its day, where the engine puts the work not yet done (core/schedule/forward.ts).
  const statusDay = statusDate && isIsoDate(statusDate) ? toEpochDay(statusDate) : null;
  if (statusDay !== null && statusDay >= geo.firstDay && statusDay < geo.firstDay + geo.dayCount) {
    const sx = dayX(geo, statusDay);
    const line = svgEl('line', { class: 'status-date-line', x1: sx, x2: sx, y1: geo.headerHeight, y2: geo.gridHeight, 'data-date': statusDate! }, g);
    svgEl('title', {}, line).textContent = `${CHART_TEXT[lang].statusDate}: ${formatChartDate(statusDate!, lang)}`;
    const label = svgEl('text', { class: 'status-date-label', x: sx + 4, y: geo.headerHeight + 12 }, g);
    label.textContent = CHART_TEXT[lang].statusDate;
  }
  return g;
}

/** x of the today line (the middle of today's day), or null when today is outside the chart. */
export function todayX(geo: ChartGeometry, today: IsoDate): number | null {
  if (!isIsoDate(today)) return null;
  const day = toEpochDay(today);
  if (day < geo.firstDay || day >= geo.firstDay + geo.dayCount) return null;
  return dayX(geo, day) + geo.pxPerDay / 2;
}

/** g.tiendo-selection: a tint across the selected row (empty when nothing is selected). */
export function buildSelection(geo: ChartGeometry, rowIndex: number | null): SVGGElement {
  const g = svgEl('g', { class: SELECTION_CLASS, 'aria-hidden': 'true' });
  if (rowIndex !== null && rowIndex >= 0) {
    svgEl(
      'rect',
      { class: 'selected-row', x: 0, y: geo.headerHeight + rowIndex * geo.rowHeight, width: chartWidth(geo), height: geo.rowHeight },
      g,
    );
  }
  return g;
}

/** Puts `group` in place of the existing group of the same class under `parent`, or before `before`. */
export function replaceGroup(parent: Element, group: SVGGElement, before: Node | null): void {
  const old = parent.querySelector(`:scope > g.${group.getAttribute('class')!.split(' ')[0]}`);
  if (old) old.replaceWith(group);
  else parent.insertBefore(group, before);
}
