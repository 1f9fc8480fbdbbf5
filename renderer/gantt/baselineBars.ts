/**
 * The approved baseline (kế hoạch gốc 0) on the chart: a thin grey bar in the
 * lower part of each row, under the task's current bar (MS Project's Tracking
 * Gantt), a small grey diamond for a milestone. One <g> for the drawn rows
 * (rowWindow.ts), rebuilt with the other overlays; positions from epoch days.
 */
import { isIsoDate, toEpochDay } from '../../core/dates';
import { GANTT_BAR_HEIGHT, GANTT_ROW_PADDING } from './layout';
import { chartWidth, dayX, svgEl, type ChartGeometry } from './overlays';
import type { RowSpan } from './rowWindow';
import type { GanttRow } from './types';
import { CHART_TEXT, formatChartDate, type GanttLanguage } from './viewModes';

export const BASELINE_CLASS = 'tiendo-baselines';
/** The bar's height and its gap below the current bar (which ends GANTT_ROW_PADDING / 2 above the row's bottom). */
const HEIGHT = 4;
const GAP = 0.5;

export function buildBaselineBars(geo: ChartGeometry, rows: readonly GanttRow[], span: RowSpan, lang: GanttLanguage, show: boolean): SVGGElement {
  const g = svgEl('g', { class: BASELINE_CLASS, 'aria-hidden': 'true' });
  if (!show) return g;
  const width = chartWidth(geo);
  for (let index = Math.max(0, span.first); index < Math.min(span.last, rows.length); index++) {
    const row = rows[index]!;
    const base = row.baseline;
    if (!base || !isIsoDate(base.start) || !isIsoDate(base.finish) || base.finish < base.start) continue;
    const y = geo.headerHeight + index * geo.rowHeight + GANTT_ROW_PADDING / 2 + GANTT_BAR_HEIGHT + GAP;
    const x1 = Math.max(0, dayX(geo, toEpochDay(base.start)));
    const x2 = Math.min(width, dayX(geo, toEpochDay(base.finish) + 1));
    if (x2 <= x1) continue;
    const label = `${CHART_TEXT[lang].baseline}: ${formatChartDate(base.start, lang)} – ${formatChartDate(base.finish, lang)}`;
    let mark: SVGElement;
    if (row.kind === 'milestone' && base.start === base.finish) {
      const cx = (x1 + x2) / 2;
      const r = HEIGHT;
      mark = svgEl('path', { class: 'baseline-bar is-milestone', 'data-id': row.id, d: `M ${cx} ${y - r / 2} l ${r} ${r} l ${-r} ${r} l ${-r} ${-r} Z` }, g);
    } else {
      mark = svgEl('rect', { class: 'baseline-bar', 'data-id': row.id, 'data-start': base.start, 'data-finish': base.finish, x: x1, y, width: x2 - x1, height: HEIGHT, rx: 1 }, g);
    }
    svgEl('title', {}, mark).textContent = label;
  }
  return g;
}
