/** The key at the foot of every exported page, laid out in lines that fit the page. */
import { textWidth } from './fontMetrics';

export type LegendKind = 'critical' | 'normal' | 'effort' | 'milestone' | 'window' | 'nonWorking' | 'marker' | 'late' | 'deadline' | 'link' | 'summary' | 'baseline';

export interface LegendItem {
  kind: LegendKind;
  label: string;
  /** Swatch left edge; the label starts after the swatch. Relative to the legend's box. */
  x: number;
  line: number;
}

export interface LegendLayout {
  items: LegendItem[];
  lines: number;
  swatchWidth: number;
  gap: number;
}

export function layoutLegend(entries: { kind: LegendKind; label: string }[], maxWidth: number, fontSize: number): LegendLayout {
  const swatchWidth = fontSize * 1.8;
  const gap = fontSize * 0.45;
  const spacing = fontSize * 1.5;
  const items: LegendItem[] = [];
  let x = 0;
  let line = 0;
  for (const { kind, label } of entries) {
    const width = swatchWidth + gap + textWidth(label, fontSize);
    if (x > 0 && x + width > maxWidth) {
      line += 1;
      x = 0;
    }
    items.push({ kind, label, x, line });
    x += width + spacing;
  }
  return { items, lines: line + 1, swatchWidth, gap };
}
