/**
 * The selected row (its bar's class and the row highlight) and which row a
 * click in the chart selects.
 */
import type { TienDoGantt } from './frappeChart';
import { buildSelection, OVERLAY_CLASS, replaceGroup, type ChartGeometry } from './overlays';
import type { GanttRow } from './types';

/** Marks the bar at `index` (or none) as selected and highlights its row. */
export function applySelection(chart: TienDoGantt, geo: ChartGeometry, index: number | undefined): void {
  for (const el of Array.from(chart.layers.bar.querySelectorAll('.bar-wrapper.is-selected'))) el.classList.remove('is-selected');
  const bar = index === undefined ? undefined : chart.rowBars[index];
  bar?.group.classList.add('is-selected');
  // Under the windows and the today line.
  replaceGroup(chart.$svg, buildSelection(geo, index ?? null), chart.$svg.querySelector(`:scope > g.${OVERLAY_CLASS}`));
}

/** The id of the row a click selects, or null. */
export function clickedRowId(
  event: MouseEvent,
  chart: TienDoGantt,
  geo: ChartGeometry | null,
  rows: readonly GanttRow[],
): string | null {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return null;
  const bar = target.closest('.bar-wrapper');
  let id = bar?.getAttribute('data-id') ?? null;
  if (id === null && target.closest('svg') === chart.$svg && geo) {
    // A click anywhere in a row selects its task (a one-day bar is 4 px wide in the Month view).
    const y = event.clientY - chart.$svg.getBoundingClientRect().top;
    const index = Math.floor((y - geo.headerHeight) / geo.rowHeight);
    id = y >= geo.headerHeight ? (rows[index]?.id ?? null) : null;
  }
  return id;
}
