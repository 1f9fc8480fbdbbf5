/**
 * The dependency arrows, drawn by the chart in frappe-gantt's g.arrow layer
 * (frappe gets no dependencies): one path per link between shown rows,
 * attached by link type, critical when both ends are. Each arrow is indexed
 * by the rows it joins, so moving bars redraws only their arrows.
 *
 * With a window of rows drawn (rowWindow.ts), only the arrows that cross it
 * have a path; an end outside it is placed from its row's dates (rowBox), so
 * the arrow runs correctly to the edge and beyond.
 */
import type { FrappeBar } from 'frappe-gantt';
import type { IsoDate } from '../../core/dates';
import type { LinkType } from '../../core/model';
import { LINK_TYPES } from '../../core/model';
import { linkPath } from '../../core/export/linkPath';
import { barBox, rowBox } from './bars';
import { svgEl, type ChartGeometry } from './overlays';
import { crossesSpan, type RowSpan } from './rowWindow';
import type { GanttRow } from './types';

export interface Arrow {
  /** Row indexes of the predecessor and the successor. */
  from: number;
  to: number;
  type: LinkType;
  /** Its path while it crosses the drawn window. */
  el: SVGPathElement | null;
}

/** What an arrow is drawn from: the rows, their drawn bars by index (holes outside the window). */
export interface ArrowSource {
  rows: readonly GanttRow[];
  bars: readonly (FrappeBar | undefined)[];
  geo: ChartGeometry;
  fallbackDate: IsoDate;
}

export class LinkArrows {
  private arrows: Arrow[] = [];
  /** Row index → the arrows that start or end there. */
  private byRow = new Map<number, Arrow[]>();
  private layer: SVGGElement | null = null;

  /** Indexes every link afresh and draws those crossing `span` into `layer` (after a frappe render). */
  build(layer: SVGGElement, indexById: ReadonlyMap<string, number>, source: ArrowSource, span: RowSpan): void {
    this.arrows = [];
    this.byRow.clear();
    this.layer = layer;
    const { rows } = source;
    rows.forEach((row, to) => {
      const seen = new Set<string>();
      for (const link of row.links) {
        const from = indexById.get(link.from);
        const type = (LINK_TYPES as readonly string[]).includes(link.type) ? link.type : 'FS';
        const key = `${link.from}\u0000${type}`;
        if (from === undefined || from === to || seen.has(key)) continue;
        seen.add(key);
        const arrow: Arrow = { from, to, type, el: null };
        this.arrows.push(arrow);
        this.index(from, arrow);
        this.index(to, arrow);
      }
    });
    this.sync(source, span);
  }

  /** Draws the arrows that now cross `span` and removes those that no longer do. */
  sync(source: ArrowSource, span: RowSpan): void {
    const fragment = document.createDocumentFragment();
    for (const arrow of this.arrows) {
      const crosses = crossesSpan(arrow.from, arrow.to, span);
      if (crosses && !arrow.el) {
        const { rows } = source;
        arrow.el = svgEl('path', { 'data-from': rows[arrow.from]!.id, 'data-to': rows[arrow.to]!.id, 'data-type': arrow.type, class: `link-${arrow.type}` });
        this.draw(arrow, source);
        fragment.appendChild(arrow.el);
      } else if (!crosses && arrow.el) {
        arrow.el.remove();
        arrow.el = null;
      }
    }
    this.layer?.appendChild(fragment);
  }

  /** The drawn arrows that start or end at any of `rows`. */
  touching(rows: Iterable<number>): Set<Arrow> {
    const found = new Set<Arrow>();
    for (const index of rows) for (const arrow of this.byRow.get(index) ?? []) if (arrow.el) found.add(arrow);
    return found;
  }

  /** Redraws the given arrows from the bars as drawn now (and the rows outside the window). */
  redraw(arrows: Iterable<Arrow>, source: ArrowSource): void {
    for (const arrow of arrows) this.draw(arrow, source);
  }

  /** Arrows with a path. */
  get count(): number {
    return this.arrows.reduce((n, a) => n + (a.el ? 1 : 0), 0);
  }

  private index(row: number, arrow: Arrow): void {
    const list = this.byRow.get(row);
    if (list) list.push(arrow);
    else this.byRow.set(row, [arrow]);
  }

  private draw(arrow: Arrow, { rows, bars, geo, fallbackDate }: ArrowSource): void {
    if (!arrow.el) return;
    const box = (index: number) => {
      const bar = bars[index];
      return bar ? barBox(bar, geo) : rowBox(rows[index]!, index, geo, fallbackDate);
    };
    const d = linkPath(box(arrow.from), box(arrow.to), arrow.type);
    if (arrow.el.getAttribute('d') !== d) arrow.el.setAttribute('d', d);
    arrow.el.classList.toggle('is-critical', rows[arrow.from]!.critical && rows[arrow.to]!.critical);
  }
}
