/**
 * Bordered tables for the report page: each cell wrapped to its column (at
 * most a few lines), rows taken while they fit the room left on the page, the
 * rest counted in a "… and N more" line.
 */
import { TIMELINE_COLOURS as C } from '../export/colours';
import { wrapText } from '../export/fontMetrics';
import { baselineOf, line, rect, text } from './svg';

export interface Column {
  header: string;
  /** Fixed px, or 0 for the one column that takes what is left. */
  width: number;
  align?: 'start' | 'middle' | 'end';
  maxLines?: number;
}

/** A body row: cells, or a group heading across the whole row. */
export type TableRow = { cells: string[]; emphasis?: boolean } | { heading: string };

export interface TableStyle {
  fontSize: number;
  lineHeight: number;
  padding: number;
}

export interface MeasuredTable {
  widths: number[];
  headerLines: string[][];
  rows: { row: TableRow; lines: string[][]; height: number }[];
  headerHeight: number;
}

export function measureTable(columns: readonly Column[], rows: readonly TableRow[], width: number, style: TableStyle): MeasuredTable {
  const fixed = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width > 0 ? c.width : Math.max(40, width - fixed)));
  const wrap = (t: string, w: number, weight: 400 | 600, max: number) => {
    const lines = wrapText(t, w - 2 * style.padding, style.fontSize, weight, max);
    return lines.length === 0 ? [''] : lines;
  };
  const headerLines = columns.map((c, i) => wrap(c.header, widths[i]!, 600, 2));
  const headerHeight = Math.max(...headerLines.map((l) => l.length)) * style.lineHeight + style.padding;
  const measured = rows.map((row) => {
    const lines = 'heading' in row ? [wrap(row.heading, width, 600, 2)] : row.cells.map((t, i) => wrap(t, widths[i]!, row.emphasis ? 600 : 400, columns[i]!.maxLines ?? 2));
    return { row, lines, height: Math.max(...lines.map((l) => l.length)) * style.lineHeight + style.padding };
  });
  return { widths, headerLines, rows: measured, headerHeight };
}

export function tableHeight(table: MeasuredTable, count: number): number {
  return table.headerHeight + table.rows.slice(0, count).reduce((s, r) => s + r.height, 0);
}

/** Draws the header and the first `count` rows at (x, y); returns the SVG. */
export function drawTable(table: MeasuredTable, columns: readonly Column[], count: number, x: number, y: number, style: TableStyle): string {
  const out: string[] = [];
  const width = table.widths.reduce((a, b) => a + b, 0);
  const lines = (cellLines: string[], cx: number, w: number, top: number, align: Column['align'], weight: 400 | 600) => {
    const ax = align === 'middle' ? cx + w / 2 : align === 'end' ? cx + w - style.padding : cx + style.padding;
    cellLines.forEach((t, k) => {
      out.push(text(ax, baselineOf(top + style.padding / 2 + k * style.lineHeight, style.fontSize, style.lineHeight), t, { size: style.fontSize, weight, anchor: align ?? 'start' }));
    });
  };
  out.push(rect(x, y, width, table.headerHeight, `fill="${C.headerBackground}"`));
  let cx = x;
  table.headerLines.forEach((h, i) => {
    lines(h, cx, table.widths[i]!, y, 'middle', 600);
    cx += table.widths[i]!;
  });
  let top = y + table.headerHeight;
  const rules: string[] = [line(x, y, x + width, y, C.text, 0.8), line(x, top, x + width, top, C.text, 0.8)];
  const inner = (from: number, to: number) => {
    let vx = x;
    for (const w of table.widths.slice(0, -1)) rules.push(line((vx += w), from, vx, to, C.text, 0.6));
  };
  inner(y, top);
  for (const r of table.rows.slice(0, count)) {
    if ('heading' in r.row) {
      out.push(rect(x, top, width, r.height, `fill="#f1f4f8"`));
      lines(r.lines[0]!, x, width, top, 'start', 600);
    } else {
      let left = x;
      r.lines.forEach((l, i) => {
        lines(l, left, table.widths[i]!, top, columns[i]!.align, 'cells' in r.row && r.row.emphasis ? 600 : 400);
        left += table.widths[i]!;
      });
      inner(top, top + r.height); // a group heading runs across the row
    }
    top += r.height;
    rules.push(line(x, top, x + width, top, C.text, 0.6));
  }
  rules.push(line(x, y, x, top, C.text, 0.8), line(x + width, y, x + width, top, C.text, 0.8));
  return out.join('') + rules.join('');
}
