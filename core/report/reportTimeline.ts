/**
 * The report's small timeline: one row per task, the baseline as a thin grey
 * bar under the current one (critical red, else blue, the done part darker,
 * a late task outlined orange), month columns, the status date and the
 * deadline as vertical lines, and a one-line key.
 */
import { TIMELINE_COLOURS as C } from '../export/colours';
import { fitText, textWidth } from '../export/fontMetrics';
import { monthLabels } from '../export/texts';
import { addDays, toEpochDay, type IsoDate } from '../dates';
import type { Language } from '../language';
import type { ProgressReport } from './progressReport';
import { reportDate, reportText } from './reportTexts';
import { baselineOf, line, rect, text } from './svg';

export const BASELINE_GREY = '#9aa5b1';

export interface TimelineBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TimelineStyle {
  fontSize: number;
  /** Width of the STT and name column. */
  labelWidth: number;
  /** Tallest a row may be (short plans do not stretch). */
  maxRowHeight: number;
}

/** Height the timeline wants for `rows` rows of `rowHeight`. */
export function timelineHeight(rows: number, rowHeight: number, fontSize: number): number {
  return axisHeight(fontSize) + rows * rowHeight + fontSize * 1.6 + legendHeight(fontSize);
}

const axisHeight = (fs: number) => fs * 1.7;
const legendHeight = (fs: number) => fs * 1.9;

export function drawTimeline(report: ProgressReport, box: TimelineBox, style: TimelineStyle, lang: Language): string {
  const { rows, from, to } = report.timeline;
  const fs = style.fontSize;
  const out: string[] = [];
  const top = box.y + axisHeight(fs);
  const markLabels = fs * 1.6;
  const rowH = Math.min(style.maxRowHeight, (box.height - axisHeight(fs) - markLabels - legendHeight(fs)) / Math.max(1, rows.length));
  const bottom = top + rowH * rows.length;
  const x0 = box.x + style.labelWidth;
  const x1 = box.x + box.width;
  const day0 = toEpochDay(from);
  const days = toEpochDay(to) + 1 - day0;
  const xOf = (d: IsoDate) => x0 + ((toEpochDay(d) - day0) / days) * (x1 - x0);
  const xEnd = (d: IsoDate) => xOf(addDays(d, 1));

  // Row stripes and labels.
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    if (i % 2 === 1) out.push(rect(box.x, y, box.width, rowH, `fill="${C.headerBackground}"`));
    const base = baselineOf(y, fs, rowH);
    out.push(text(box.x + fs * 1.6, base, r.stt, { size: fs, anchor: 'end', fill: C.headerText }));
    out.push(text(box.x + fs * 2.1, base, fitText(r.name, style.labelWidth - fs * 2.6, fs), { size: fs }));
  });

  // Month columns and labels.
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  for (let y = fy, m = fm; ; m === 12 ? ((m = 1), y++) : m++) {
    const first = `${y}-${String(m).padStart(2, '0')}-01`;
    if (first > to) break;
    const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    const left = Math.max(x0, xOf(first));
    const right = Math.min(x1, xOf(next));
    if (first >= from) out.push(line(left, box.y, left, bottom, C.gridLine));
    const label = monthLabels(y, m, lang).find((l) => textWidth(l, fs * 0.92) <= right - left - 2);
    if (label) out.push(text((left + right) / 2, baselineOf(box.y, fs * 0.92, axisHeight(fs)), label, { size: fs * 0.92, anchor: 'middle', fill: C.headerMuted }));
  }
  out.push(line(box.x, top, x1, top, C.gridLineStrong), line(box.x, bottom, x1, bottom, C.gridLineStrong));

  // Bars: baseline (thin grey) under the current bar.
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    if (r.baseline) {
      const bx = xOf(r.baseline.start);
      out.push(rect(bx, y + rowH * 0.64, Math.max(1.5, xEnd(r.baseline.finish) - bx), Math.max(1.5, rowH * 0.18), `fill="${BASELINE_GREY}"`));
    }
    const colour = r.critical ? C.critical : C.normal;
    const done = r.critical ? C.criticalProgress : C.normalProgress;
    const by = y + rowH * 0.2;
    const bh = rowH * 0.4;
    if (r.milestone) {
      const cx = xOf(r.start);
      const s = bh * 0.65;
      out.push(`<path d="M${cx} ${by + bh / 2 - s}l${s} ${s}l${-s} ${s}l${-s} ${-s}z" fill="${C.milestone}"${r.late ? ` stroke="${C.late}" stroke-width="1.2"` : ''}/>`);
      return;
    }
    const bx = xOf(r.start);
    const bw = Math.max(2, xEnd(r.finish) - bx);
    out.push(rect(bx, by, bw, bh, `rx="1.5" fill="${colour}"${r.effort ? ' fill-opacity="0.55"' : ''}`));
    if (r.percent > 0) out.push(rect(bx, by, (bw * Math.min(100, r.percent)) / 100, bh, `rx="1.5" fill="${done}"`));
    if (r.late) out.push(rect(bx - 0.8, by - 0.8, bw + 1.6, bh + 1.6, `rx="2" fill="none" stroke="${C.late}" stroke-width="1.3"`));
  });

  // The status date and the deadline, labelled under the rows (the earlier one to its left).
  const marks = [
    { date: report.statusDate, colour: C.today, label: reportText(lang, 'statusLine', { date: reportDate(report.statusDate) }) },
    { date: report.deadline, colour: C.deadline, label: reportText(lang, 'deadlineLine', { date: reportDate(report.deadline) }) },
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
  // Labels: the earlier one ends at its line, the later starts at its own; kept inside the chart and apart.
  const size = fs * 0.9;
  const placed = marks.map((mark, k) => {
    const x = xEnd(mark.date); // the end of the day: work up to and including it
    const w = textWidth(mark.label, size, 600);
    const start = k === 0 ? x - 2 - w : x + 2;
    return { ...mark, x, w, start: Math.min(x1 - w, Math.max(x0, start)) };
  });
  const [a, b] = placed as [(typeof placed)[0], (typeof placed)[0]];
  if (a.start + a.w + 6 > b.start) a.start = Math.max(x0, b.start - 6 - a.w);
  for (const mark of placed) {
    if (mark.x < x0 || mark.x > x1) continue;
    out.push(line(mark.x, top, mark.x, bottom + fs * 0.4, mark.colour, 1.3, mark.colour === C.today ? ' stroke-dasharray="4 2"' : ''));
    out.push(text(mark.start, baselineOf(bottom, size, markLabels), mark.label, { size, fill: mark.colour, weight: 600 }));
  }

  out.push(legend(box.x, bottom + markLabels, box.width, fs, lang));
  return `<g class="report-timeline">${out.join('')}</g>`;
}

function legend(x: number, y: number, width: number, fs: number, lang: Language): string {
  const size = fs * 0.9;
  const h = legendHeight(fs);
  const sw = size * 2;
  const items: [string, (sx: number, cy: number) => string][] = [
    [reportText(lang, 'legendCritical'), (sx, cy) => rect(sx, cy - size * 0.3, sw, size * 0.6, `rx="1.5" fill="${C.critical}"`)],
    [reportText(lang, 'legendCurrent'), (sx, cy) => rect(sx, cy - size * 0.3, sw, size * 0.6, `rx="1.5" fill="${C.normal}"`)],
    [reportText(lang, 'legendDone'), (sx, cy) => rect(sx, cy - size * 0.3, sw, size * 0.6, `rx="1.5" fill="${C.criticalProgress}"`)],
    [reportText(lang, 'legendBaseline'), (sx, cy) => rect(sx, cy - size * 0.12, sw, size * 0.24, `fill="${BASELINE_GREY}"`)],
    [reportText(lang, 'legendLate'), (sx, cy) => rect(sx, cy - size * 0.3, sw, size * 0.6, `rx="2" fill="none" stroke="${C.late}" stroke-width="1.3"`)],
  ];
  const out: string[] = [];
  const cy = y + h / 2;
  const total = items.reduce((s, [label]) => s + sw + size * 0.4 + textWidth(label, size) + size * 1.4, 0) - size * 1.4;
  let sx = x + Math.max(0, (width - total) / 2);
  for (const [label, swatch] of items) {
    out.push(swatch(sx, cy), text(sx + sw + size * 0.4, baselineOf(y, size, h), label, { size, fill: C.headerText }));
    sx += sw + size * 0.4 + textWidth(label, size) + size * 1.4;
  }
  return out.join('');
}
