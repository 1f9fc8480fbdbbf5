/**
 * Which rows the chart draws. frappe-gantt draws every task it is given
 * (about 28 s for 10,000 in Chromium), so a large plan gives it only the rows
 * in view plus a margin, like the task table beside it; the grid stays as
 * tall as all rows, so the scrollbar and the scroll position are the same.
 *
 * The window moves in steps: while the rows in view, with a small margin,
 * are inside the drawn window nothing happens; when they reach its edge, a
 * new window is centred on the view with a wide margin, so a scroll adds and
 * removes bars every few dozen rows, not on every frame.
 */

/** Below this many rows every row is drawn (as the task table renders all rows below 150). */
export const WINDOW_FROM = 150;
/** Rows drawn above and below the rows in view when the window moves. */
export const WINDOW_MARGIN = 50;
/** The window moves when fewer than this many drawn rows remain beyond the view. */
const MIN_MARGIN = 15;
/** Viewport height assumed before the chart is laid out. */
export const DEFAULT_VIEW_HEIGHT = 1200;

export interface RowSpan {
  first: number;
  /** Exclusive. */
  last: number;
}

export interface ViewRows {
  scrollTop: number;
  viewHeight: number;
  headerHeight: number;
  rowHeight: number;
}

/** The rows in view (not clamped below at 0 rows of margin). */
function inView(count: number, view: ViewRows): RowSpan {
  const height = view.viewHeight > 0 ? view.viewHeight : DEFAULT_VIEW_HEIGHT;
  const top = Math.max(0, view.scrollTop - view.headerHeight);
  const first = Math.min(count, Math.floor(top / view.rowHeight));
  const last = Math.min(count, Math.ceil((view.scrollTop + height - view.headerHeight) / view.rowHeight));
  return { first, last: Math.max(first, last) };
}

/**
 * The rows to draw for this view: all of a small plan; otherwise `current`
 * while the view (± MIN_MARGIN rows) is inside it, else the view ± WINDOW_MARGIN.
 */
export function rowWindow(count: number, view: ViewRows, current: RowSpan | null): RowSpan {
  if (count < WINDOW_FROM) return { first: 0, last: count };
  const seen = inView(count, view);
  const want = { first: Math.max(0, seen.first - MIN_MARGIN), last: Math.min(count, seen.last + MIN_MARGIN) };
  if (current && current.last <= count && current.first <= want.first && current.last >= want.last) return current;
  return { first: Math.max(0, seen.first - WINDOW_MARGIN), last: Math.min(count, seen.last + WINDOW_MARGIN) };
}

export function inSpan(index: number, span: RowSpan): boolean {
  return index >= span.first && index < span.last;
}

/** Whether rows `a`..`b` (either order, inclusive) reach into the span: an arrow between them crosses it. */
export function crossesSpan(a: number, b: number, span: RowSpan): boolean {
  return Math.max(a, b) >= span.first && Math.min(a, b) < span.last;
}
