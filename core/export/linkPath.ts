/**
 * Dependency arrow paths, shared by the chart on screen and the timeline
 * exports (pure, in screen px; an export scales them to its font size).
 * The chart draws the arrows itself (one path per
 * link, in frappe-gantt's g.arrow layer): frappe's routing assumes its default
 * 18 px row padding (with our 10 px rows a successor starting right under its
 * predecessor gets a backwards hook) and knows only finish-to-start links.
 *
 * FS goes in frappe's style — down from the predecessor, into the successor's
 * start from the left — with corners that fit our rows, and around the
 * successor when there is no room in between. The other types attach at the
 * ends they link: SS start→start (both on the left), FF finish→finish (both
 * on the right, the head pointing left), SF start→finish.
 */
import type { LinkType } from '../model';

/** A bar as drawn: its visible left and right ends and its vertical extent. */
export interface BarBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** y of the row's centre line. */
  middle: number;
  /** Row boundaries. */
  rowTop: number;
  rowBottom: number;
  /** A milestone leaves from its diamond's tip. */
  milestone: boolean;
}

const CORNER = 4;
/** Clear space left of a successor for the arrow's last leg and head. */
const LEAD = 12;
/** Gap between the arrow's head and the successor. */
const TIP_GAP = 2;

export function arrowPath(from: BarBox, to: BarBox): string {
  const down = to.middle > from.middle;
  const dir = down ? 1 : -1;
  const r = CORNER;
  const ex = to.left - TIP_GAP;
  const ey = to.middle;
  const sx = from.milestone
    ? (from.left + from.right) / 2
    : Math.max(from.left + Math.min(6, (from.right - from.left) / 2), Math.min((from.left + from.right) / 2, to.left - LEAD - r));
  const sy = down ? from.bottom : from.top;
  const head = 'm -5 -4 l 5 4 l -5 4';

  if (ex - sx >= r + 6) {
    // Straight down (or up), one corner, into the successor.
    return `M ${sx} ${sy} V ${ey - dir * r} Q ${sx} ${ey} ${sx + r} ${ey} H ${ex} ${head}`;
  }
  // No room: along the boundary under (over) the predecessor's row, back left of the successor, then in.
  const yb = down ? from.rowBottom : from.rowTop;
  const lx = Math.min(to.left - LEAD, sx - 2 * r);
  return [
    `M ${sx} ${sy}`,
    `V ${yb - dir * r}`,
    `Q ${sx} ${yb} ${sx - r} ${yb}`,
    `H ${lx + r}`,
    `Q ${lx} ${yb} ${lx} ${yb + dir * r}`,
    `V ${ey - dir * r}`,
    `Q ${lx} ${ey} ${lx + r} ${ey}`,
    `H ${ex}`,
    head,
  ].join(' ');
}

/** Clear space outside a bar end for the first and last legs of SS/FF/SF arrows. */
const STUB = 8;
const HEAD_RIGHT = 'm -5 -4 l 5 4 l -5 4';
const HEAD_LEFT = 'm 5 -4 l -5 4 l 5 4';

/** The path of a link of any type from the predecessor's bar to the successor's. */
export function linkPath(from: BarBox, to: BarBox, type: LinkType): string {
  if (type === 'FS') return arrowPath(from, to);
  const dir = to.middle >= from.middle ? 1 : -1;
  const yb = dir > 0 ? from.rowBottom : from.rowTop;
  const sy = from.middle;
  const ey = to.middle;
  let points: [number, number][];
  let head: string;
  if (type === 'SS') {
    // Out of the predecessor's start to the left, into the successor's start from the left.
    const x = Math.min(from.left - STUB, to.left - LEAD);
    const ex = to.left - TIP_GAP;
    points = [[from.left, sy], [x, sy], [x, ey], [ex, ey]];
    head = HEAD_RIGHT;
  } else if (type === 'FF') {
    // Out of the predecessor's finish to the right, into the successor's finish from the right.
    const x = Math.max(from.right + STUB, to.right + LEAD);
    const ex = to.right + TIP_GAP;
    points = [[from.right, sy], [x, sy], [x, ey], [ex, ey]];
    head = HEAD_LEFT;
  } else {
    // SF: out of the predecessor's start to the left, into the successor's finish from the right.
    const ex = to.right + TIP_GAP;
    const xl = from.left - STUB;
    const xr = to.right + LEAD;
    points =
      xr <= xl
        ? [[from.left, sy], [xr, sy], [xr, ey], [ex, ey]]
        : [[from.left, sy], [xl, sy], [xl, yb], [xr, yb], [xr, ey], [ex, ey]];
    head = HEAD_LEFT;
  }
  return `${roundedPolyline(points, CORNER)} ${head}`;
}

/** An orthogonal polyline with rounded corners (each radius at most half the shorter leg beside it). */
export function roundedPolyline(points: readonly [number, number][], radius: number): string {
  const pts = points.filter((p, i) => i === 0 || p[0] !== points[i - 1]![0] || p[1] !== points[i - 1]![1]);
  const [x0, y0] = pts[0]!;
  const parts = [`M ${x0} ${y0}`];
  for (let i = 1; i < pts.length; i++) {
    const [px, py] = pts[i - 1]!;
    const [x, y] = pts[i]!;
    const next = pts[i + 1];
    if (!next) {
      parts.push(x === px ? `V ${y}` : `H ${x}`);
      break;
    }
    const inLen = Math.abs(x - px) + Math.abs(y - py);
    const outLen = Math.abs(next[0] - x) + Math.abs(next[1] - y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    const ix = x - Math.sign(x - px) * r;
    const iy = y - Math.sign(y - py) * r;
    const ox = x + Math.sign(next[0] - x) * r;
    const oy = y + Math.sign(next[1] - y) * r;
    parts.push(x === px ? `V ${iy}` : `H ${ix}`, `Q ${x} ${y} ${ox} ${oy}`);
  }
  return parts.join(' ');
}
