/**
 * A full frappe render (new rows, view mode, language or range) keeps the
 * view where it was: the same scrollTop, and the same scrollLeft, or, when
 * the scale or range changed, the date that was in the middle of the view
 * back in the middle.
 */
import { dayX, type ChartGeometry } from './overlays';
import type { TienDoGantt } from './frappeChart';

/**
 * Runs `render` (which redraws the chart and its geometry) and restores the
 * scroll position. `geo` is read before and after the render.
 */
export function renderKeepingView(
  chart: TienDoGantt,
  geo: () => ChartGeometry | null,
  keepCentre: boolean,
  render: () => void,
): void {
  const container = chart.$container;
  const { scrollTop, scrollLeft } = container;
  // The date in the middle of the view stays there when the scale changes.
  const centreDay = keepCentre ? dayAtX(geo(), scrollLeft + container.clientWidth / 2) : null;
  render();
  const after = geo();
  container.scrollLeft =
    centreDay !== null && after ? Math.max(0, dayX(after, centreDay) - container.clientWidth / 2) : scrollLeft;
  container.scrollTop = scrollTop;
}

function dayAtX(geo: ChartGeometry | null, x: number): number | null {
  if (!geo) return null;
  return Math.floor(geo.firstDay + x / geo.pxPerDay);
}
