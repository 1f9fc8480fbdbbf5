/**
 * The dependency arrows, drawn by the chart in frappe-gantt's g.arrow layer
 * (frappe gets no dependencies): one path per link between shown rows,
 * attached by link type, critical when both ends are. Each arrow is indexed
 * by the rows it joins, so moving bars redraws only their arrows.
 */
import type { FrappeBar } from 'frappe-gantt';
import type { LinkType } from '../../core/model';
import { LINK_TYPES } from '../../core/model';
import { linkPath } from '../../core/export/linkPath';
import { barBox } from './bars';
import { svgEl, type ChartGeometry } from './overlays';
import type { GanttRow } from './types';

export interface Arrow {
  /** Row indexes of the predecessor and the successor. */
  from: number;
  to: number;
  type: LinkType;
  el: SVGPathElement;
}

export class LinkArrows {
  private arrows: Arrow[] = [];
  /** Row index → the arrows that start or end there. */
  private byRow = new Map<number, Arrow[]>();

  /** Draws every arrow afresh into `layer` (after a frappe render). */
  build(layer: SVGGElement, rows: readonly GanttRow[], indexById: ReadonlyMap<string, number>, bars: readonly FrappeBar[], geo: ChartGeometry): void {
    this.arrows = [];
    this.byRow.clear();
    const fragment = document.createDocumentFragment();
    rows.forEach((row, to) => {
      const seen = new Set<string>();
      for (const link of row.links) {
        const from = indexById.get(link.from);
        const type = (LINK_TYPES as readonly string[]).includes(link.type) ? link.type : 'FS';
        const key = `${link.from}\u0000${type}`;
        if (from === undefined || from === to || seen.has(key)) continue;
        seen.add(key);
        const el = svgEl('path', { 'data-from': rows[from]!.id, 'data-to': row.id, 'data-type': type, class: `link-${type}` });
        fragment.appendChild(el);
        const arrow: Arrow = { from, to, type, el };
        this.arrows.push(arrow);
        this.index(from, arrow);
        this.index(to, arrow);
      }
    });
    for (const arrow of this.arrows) this.draw(arrow, rows, bars, geo);
    layer.appendChild(fragment);
  }

  /** The arrows that start or end at any of `rows`. */
  touching(rows: Iterable<number>): Set<Arrow> {
    const found = new Set<Arrow>();
    for (const index of rows) for (const arrow of this.byRow.get(index) ?? []) found.add(arrow);
    return found;
  }

  /** Redraws the given arrows from the bars as drawn now. */
  redraw(arrows: Iterable<Arrow>, rows: readonly GanttRow[], bars: readonly FrappeBar[], geo: ChartGeometry): void {
    for (const arrow of arrows) this.draw(arrow, rows, bars, geo);
  }

  get count(): number {
    return this.arrows.length;
  }

  private index(row: number, arrow: Arrow): void {
    const list = this.byRow.get(row);
    if (list) list.push(arrow);
    else this.byRow.set(row, [arrow]);
  }

  private draw(arrow: Arrow, rows: readonly GanttRow[], bars: readonly FrappeBar[], geo: ChartGeometry): void {
    const from = bars[arrow.from];
    const to = bars[arrow.to];
    if (!from || !to) return;
    const d = linkPath(barBox(from, geo), barBox(to, geo), arrow.type);
    if (arrow.el.getAttribute('d') !== d) arrow.el.setAttribute('d', d);
    arrow.el.classList.toggle('is-critical', rows[arrow.from]!.critical && rows[arrow.to]!.critical);
  }
}
