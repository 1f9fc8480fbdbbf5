/**
 * Choosing the header labels of one time-scale row. One form for the whole
 * row ("Tháng 10/2026" beside "T11/2026" reads as a mistake): the longest
 * form every whole period can hold, first at the header size, then a little
 * smaller; failing that, the shortest form on every k-th period, written
 * from the period's start (week start dates: "6", "20", "4"…), so no label
 * ever overlaps a neighbour. A period cut by the range edge gets the chosen
 * form if it fits, else nothing.
 */
import { textWidth, type FontWeight } from './fontMetrics';

export interface AxisColumn {
  /** Label forms, longest first ("Tháng 4/2026", "T4/2026", "T4"). */
  labels: string[];
  x: number;
  width: number;
  /** Not cut by the edge of the range. */
  whole: boolean;
}

export interface AxisLabel {
  /** What is printed (possibly a short form, or '' for none). */
  text: string;
  /** The full label ("Tháng 4/2026"), for tests and accessibility. */
  full: string;
  /** The column x … x + width. */
  x: number;
  width: number;
  /** Centred in the column, or from its start when only every k-th period is labelled. */
  anchor: 'middle' | 'start';
}

export interface LabelRow {
  labels: AxisLabel[];
  fontSize: number;
}

/** The header may shrink this much before labels are shortened. */
const SMALLEST = 0.88;

export function labelRow(cols: AxisColumn[], fontSize: number, weight: FontWeight): LabelRow {
  const forms = Math.max(1, ...cols.map((c) => c.labels.length));
  const form = (c: AxisColumn, level: number) => c.labels[Math.min(level, c.labels.length - 1)] ?? '';
  const fits = (label: string, width: number, size: number) => textWidth(label, size, weight) + size * 0.6 <= width; // breathing room either side
  const wholes = cols.filter((c) => c.whole);

  for (let level = 0; level < forms; level++) {
    for (const size of [fontSize, fontSize * SMALLEST]) {
      if (!wholes.every((c) => fits(form(c, level), c.width, size))) continue;
      const labels = cols.map((c) => {
        const text = form(c, level);
        return { text: fits(text, c.width, size) ? text : '', full: c.labels[0] ?? '', x: c.x, width: c.width, anchor: 'middle' as const };
      });
      return { labels, fontSize: size };
    }
  }

  // Even the shortest form is too wide: label every k-th whole period.
  const size = fontSize * SMALLEST;
  const level = forms - 1;
  const narrowest = Math.min(...wholes.map((c) => c.width));
  const widest = Math.max(...wholes.map((c) => textWidth(form(c, level), size, weight))) + size * 0.6;
  const stride = Math.max(2, Math.ceil(widest / narrowest));
  const firstWhole = cols.findIndex((c) => c.whole);
  const labels = cols.map((c, i) => {
    const shown = c.whole && (i - firstWhole) % stride === 0 && c.x + widest <= (cols.at(-1)!.x + cols.at(-1)!.width);
    return { text: shown ? form(c, level) : '', full: c.labels[0] ?? '', x: c.x, width: c.width, anchor: 'start' as const };
  });
  return { labels, fontSize: size };
}
