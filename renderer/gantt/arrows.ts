/**
 * Dependency arrow paths. frappe-gantt draws the arrows (one path per link,
 * in g.arrow) but its routing assumes its default 18 px row padding: with our
 * 10 px rows, a successor starting right under its predecessor (a milestone
 * and the next day's task, most links in the Month view) gets a backwards
 * hook. So the chart recomputes each path in frappe's style — down from the
 * predecessor, into the successor's start from the left — with corners that
 * fit our rows, and around the successor when there is no room in between.
 */

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
