/**
 * Bar labels: inside the bar from its left end when they fit (a centred label
 * of a long bar is often off screen), otherwise after the bar, or before it
 * when they would run past the chart's right edge. Milestone labels clear the
 * diamond.
 *
 * A label's width is measured once (getBBox forces a layout) and cached: a
 * drag moves bars, never changes their text, so placing the labels of the
 * bars it moved reads nothing from the layout.
 */
import type { FrappeBar } from 'frappe-gantt';
import { chartWidth, type ChartGeometry } from './overlays';

const PAD = 6;

export class LabelPlacer {
  private widths = new WeakMap<SVGTextElement, number>();

  /** Forgets measured widths (the font loaded, the language changed). */
  reset(): void {
    this.widths = new WeakMap();
  }

  /** Measures every label first, then writes: one layout for the lot. */
  placeAll(bars: readonly FrappeBar[], geo: ChartGeometry): void {
    const labels = bars.map((bar) => labelOf(bar));
    for (const label of labels) if (label) this.width(label);
    bars.forEach((bar, i) => this.place(bar, labels[i] ?? null, geo));
  }

  placeOne(bar: FrappeBar, geo: ChartGeometry): void {
    this.place(bar, labelOf(bar), geo);
  }

  private width(label: SVGTextElement): number {
    let w = this.widths.get(label);
    if (w === undefined) {
      w = typeof label.getBBox === 'function' ? label.getBBox().width : 0;
      this.widths.set(label, w);
    }
    return w;
  }

  private place(bar: FrappeBar, label: SVGTextElement | null, geo: ChartGeometry): void {
    if (!label) return;
    const width = chartWidth(geo);
    const rect = bar.$bar;
    const x = Number(rect.getAttribute('x'));
    const w = Number(rect.getAttribute('width'));
    const milestone = rect.hasAttribute('transform');
    const reach = milestone ? (w * Math.SQRT2 - w) / 2 : 0; // the diamond sticks out of its square
    const labelWidth = this.width(label);
    // Only the part of the bar inside the chart can hold a label.
    const visibleLeft = Math.max(x, 0);
    const visibleWidth = Math.min(x + w, width) - visibleLeft;
    const outside = milestone || labelWidth + 2 * PAD > visibleWidth;
    let lx = visibleLeft + PAD;
    let before = false;
    if (outside) {
      lx = x + w + reach + 5;
      if (lx + labelWidth > width - 2 && x - reach - 5 - labelWidth >= 0) {
        lx = x - reach - 5 - labelWidth;
        before = true;
      }
    }
    label.classList.toggle('big', outside);
    label.classList.toggle('is-before', before);
    const value = String(lx);
    if (label.getAttribute('x') !== value) label.setAttribute('x', value);
  }
}

function labelOf(bar: FrappeBar): SVGTextElement | null {
  return bar.bar_group.querySelector<SVGTextElement>('.bar-label');
}
