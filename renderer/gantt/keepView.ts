/**
 * A full frappe render (new rows, view mode, language or range) keeps the
 * view where it was: the same scrollTop, and the same scrollLeft, or, when
 * the scale or range changed, the date that was in the middle of the view
 * back in the middle (or, for a Ctrl+wheel zoom, the date under the pointer
 * back under the pointer).
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
  /** x in the view (px from its left edge) whose date stays put, instead of the middle. */
  anchorX?: number,
): void {
  const container = chart.$container;
  const { scrollTop, scrollLeft } = container;
  const before = geo();
  // The date in the middle of the view (or under the pointer) stays there when the scale changes.
  const at = anchorX ?? container.clientWidth / 2;
  const keptDay = !keepCentre || !before ? null : anchorX === undefined ? dayAtX(before, scrollLeft + at) : before.firstDay + (scrollLeft + at) / before.pxPerDay;
  render();
  const after = geo();
  container.scrollLeft = keptDay !== null && after ? Math.max(0, dayX(after, keptDay) - at) : scrollLeft;
  container.scrollTop = scrollTop;
}

function dayAtX(geo: ChartGeometry | null, x: number): number | null {
  if (!geo) return null;
  return Math.floor(geo.firstDay + x / geo.pxPerDay);
}
