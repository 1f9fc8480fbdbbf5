/**
 * One page of a timeline layout as a standalone SVG document (string).
 * Pure: the caller passes the font CSS (an @font-face with the bundled font
 * as data: URLs, so the file renders the same anywhere, offline). All plan
 * text is XML-escaped.
 */
import { formatViDate } from '../dates';
import { TIMELINE_COLOURS as C } from './colours';
import type { LegendItem } from './legend';
import { linkPath, type BarBox } from './linkPath';
import { exportText } from './texts';
import type { Box, LayoutRow, TimelineLayout } from './timelineLayout';
import { INDENT_EM } from './timelineRows';
import { textWidth } from './fontMetrics';
import { escapeXml, num } from './xml';

export const EXPORT_FONT_FAMILY = "'Noto Sans', 'Segoe UI', Arial, sans-serif";

export interface SvgOptions {
  /** CSS placed in the SVG's <style> (the @font-face rules); '' to rely on the page's fonts. */
  fontCss?: string;
  /** Prefix for ids (pattern), unique per page when several SVGs share one HTML document. */
  idPrefix?: string;
}

// Noto Sans: ascender 1.069 em, descender 0.293 em. Baseline of a line box of height `lh`.
const baseline = (top: number, size: number, lh: number) => top + (lh - 1.362 * size) / 2 + 1.069 * size;

interface TextAttrs {
  size: number;
  weight?: 400 | 600;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
}

function text(x: number, y: number, content: string, a: TextAttrs): string {
  const anchor = a.anchor && a.anchor !== 'start' ? ` text-anchor="${a.anchor}"` : '';
  const weight = a.weight === 600 ? ' font-weight="600"' : '';
  return `<text x="${num(x)}" y="${num(y)}" font-size="${num(a.size)}"${weight}${anchor} fill="${a.fill ?? C.text}">${escapeXml(content)}</text>`;
}

function rect(x: number, y: number, w: number, h: number, attrs: string): string {
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(Math.max(0, w))}" height="${num(Math.max(0, h))}" ${attrs}/>`;
}

function line(x1: number, y1: number, x2: number, y2: number, stroke: string, width = 1, extra = ''): string {
  return `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${stroke}" stroke-width="${num(width)}"${extra}/>`;
}

/** Many vertical or horizontal rules as one <path> (a page holds hundreds: one element prints and rasterises far faster). */
function rules(segments: [x1: number, y1: number, x2: number, y2: number][], stroke: string): string {
  if (segments.length === 0) return '';
  const d = segments.map(([x1, y1, x2, y2]) => `M${num(x1)} ${num(y1)}${x1 === x2 ? `V${num(y2)}` : `H${num(x2)}`}`).join('');
  return `<path d="${d}" stroke="${stroke}" stroke-width="1" fill="none"/>`;
}

/** Many filled rectangles of one colour as one <path>. */
function boxes(list: [x: number, y: number, w: number, h: number][], fill: string): string {
  const d = list.filter(([, , w, h]) => w > 0 && h > 0).map(([x, y, w, h]) => `M${num(x)} ${num(y)}h${num(w)}v${num(h)}h${num(-w)}z`).join('');
  return d === '' ? '' : `<path d="${d}" fill="${fill}"/>`;
}

function diamond(cx: number, cy: number, r: number, fill: string, extra = ''): string {
  const pts = [[cx, cy - r], [cx + r, cy], [cx, cy + r], [cx - r, cy]].map(([x, y]) => `${num(x!)},${num(y!)}`).join(' ');
  return `<polygon points="${pts}" fill="${fill}"${extra}/>`;
}

export function renderTimelineSvg(layout: TimelineLayout, pageIndex: number, options: SvgOptions = {}): string {
  const page = layout.pages[pageIndex];
  if (!page) throw new RangeError(`Không có trang ${pageIndex + 1}`);
  const id = `${options.idPrefix ?? 'tl'}-hatch`;
  const clipId = `${options.idPrefix ?? 'tl'}-chart`;
  const { width: W, height: H } = layout;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(W)}" height="${num(H)}" viewBox="0 0 ${num(W)} ${num(H)}" font-family="${escapeXml(EXPORT_FONT_FAMILY)}" xml:lang="${layout.language}">`,
    `<title>${escapeXml(layout.title.lines.join(' '))}</title>`,
    '<defs>',
    options.fontCss ? `<style><![CDATA[${options.fontCss.replaceAll(']]>', '')}]]></style>` : '',
    hatchPattern(id, layout.fonts.base * 0.4),
    `<clipPath id="${clipId}">${rect(layout.columns.chart.x, 0, layout.columns.chart.width, H, '')}</clipPath>`,
    '</defs>',
    rect(0, 0, W, H, `fill="${C.background}"`),
  );
  out.push(...titleBlock(layout));
  out.push(...headerBlock(layout));
  out.push(...bodyBlock(layout, page.rows, id, clipId));
  out.push(...legendBlock(layout, id));
  const pageLabel = exportText(layout.language, 'page', { n: page.number, of: layout.pages.length });
  const lastLegendTop = layout.legend.top + (layout.legend.lines - 1) * layout.legend.lineHeight;
  out.push(text(W - layout.margin, baseline(lastLegendTop, layout.fonts.small, layout.legend.lineHeight), pageLabel, { size: layout.fonts.small, anchor: 'end', fill: C.headerText }));
  out.push('</svg>');
  return out.filter((s) => s !== '').join('\n');
}

function hatchPattern(id: string, size: number): string {
  return (
    `<pattern id="${id}" width="${num(size * 2)}" height="${num(size * 2)}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="${num(size * 2)}" height="${num(size * 2)}" fill="${C.effortLight}"/><rect width="${num(size)}" height="${num(size * 2)}" fill="${C.effort}"/></pattern>`
  );
}

function titleBlock(l: TimelineLayout): string[] {
  const out = l.title.lines.map((s, i) => text(l.margin, baseline(l.title.top + i * l.title.lineHeight, l.fonts.title, l.title.lineHeight), s, { size: l.fonts.title, weight: 600 }));
  out.push(text(l.margin, baseline(l.subtitle.top, l.fonts.subtitle, l.fonts.subtitle * 1.3), l.subtitle.text, { size: l.fonts.subtitle, fill: C.headerText }));
  return out;
}

function headerBlock(l: TimelineLayout): string[] {
  const { header: h, columns: c, fonts } = l;
  const top = h.top;
  const full = h.upperHeight + h.lowerHeight;
  const right = l.width - l.margin;
  const names: [Box, string][] = [
    [c.stt, exportText(l.language, 'stt')],
    [c.name, exportText(l.language, 'name')],
    [c.lead, exportText(l.language, 'lead')],
  ];
  if (c.start) names.push([c.start, exportText(l.language, 'start')]);
  if (c.finish) names.push([c.finish, exportText(l.language, 'finish')]);
  const out = [rect(l.margin, top, right - l.margin, full, `fill="${C.headerBackground}"`)];
  for (const [box, label] of names) {
    out.push(text(box.x + box.width / 2, baseline(top, fonts.header, full), label, { size: fonts.header, weight: 600, anchor: 'middle', fill: C.headerText }));
  }
  const rowText = (labels: TimelineLayout['axis']['upper'], size: number, rowTop: number, rowHeight: number, weight: 400 | 600) =>
    labels
      .filter((a) => a.text !== '')
      .map((a) => {
        const x = a.anchor === 'middle' ? a.x + a.width / 2 : a.x + size * 0.25;
        return text(x, baseline(rowTop, size, rowHeight), a.text, { size, weight, anchor: a.anchor, fill: C.headerText });
      });
  out.push(...rowText(l.axis.upper, l.axis.upperFontSize, top, h.upperHeight, 600));
  out.push(...rowText(l.axis.lower, l.axis.lowerFontSize, top + h.upperHeight, h.lowerHeight, 400));
  out.push(rules([[c.chart.x, top + h.upperHeight, right, top + h.upperHeight], ...l.axis.upper.slice(1).map((a) => [a.x, top, a.x, top + h.upperHeight] as [number, number, number, number])], C.gridLineStrong));
  out.push(rules(l.axis.lower.slice(1).map((a) => [a.x, top + h.upperHeight, a.x, top + full]), C.gridLine));
  return out;
}

function bodyBlock(l: TimelineLayout, rows: LayoutRow[], hatchId: string, clipId: string): string[] {
  const { columns: c, header: h } = l;
  const right = l.width - l.margin;
  const bottom = rows.length > 0 ? rows[rows.length - 1]!.y + rows[rows.length - 1]!.height : l.bodyTop;
  const out: string[] = [];
  out.push(boxes(rows.filter((_, i) => i % 2 === 1).map((r) => [l.margin, r.y, right - l.margin, r.height]), '#f9fafb'));
  out.push(boxes(l.axis.nonWorking.map((run) => [run.x, l.bodyTop, run.width, bottom - l.bodyTop]), C.nonWorking));
  const grid = (strong: boolean) => l.axis.lines.filter((g) => g.strong === strong).map((g) => [g.x, l.bodyTop, g.x, bottom] as [number, number, number, number]);
  out.push(rules(grid(false), C.gridLine), rules(grid(true), C.gridLineStrong));
  out.push(rules(rows.map((r) => [l.margin, r.y + r.height, right, r.y + r.height]), C.gridLine));
  for (const r of rows) out.push(...rowTexts(l, r));
  for (const r of rows) if (r.window) out.push(rect(r.window.x, r.y + l.padY * 0.5, r.window.width, r.height - l.padY, `fill="${C.window}" stroke="${C.windowBorder}" stroke-width="0.75"`));
  // Lines start below the time scale, so its labels stay readable.
  const dash = ` stroke-dasharray="${num(l.fonts.base * 0.4)} ${num(l.fonts.base * 0.25)}"`;
  if (l.deadline) out.push(line(l.deadline.x, l.bodyTop, l.deadline.x, bottom, C.deadline, Math.max(1.5, l.fonts.base * 0.12)));
  // Arrows and bar labels may reach past the range: they are clipped to the chart.
  out.push(`<g clip-path="url(#${clipId})">`, ...rows.flatMap((r) => baselineShape(l, r)), ...arrowsOf(l, rows), ...rows.flatMap((r) => barShapes(l, r, hatchId)), '</g>');
  if (l.marker) out.push(line(l.marker.x, l.bodyTop, l.marker.x, bottom, C.today, Math.max(1.5, l.fonts.base * 0.1), dash));
  // Column rules and the frame around header and body.
  const top = h.top;
  const columnEdges = [c.name.x, c.lead.x, c.start?.x, c.finish?.x, c.chart.x].filter((x): x is number => x !== undefined);
  out.push(rules([...columnEdges.map((x) => [x, top, x, bottom] as [number, number, number, number]), [l.margin, l.bodyTop, right, l.bodyTop]], C.gridLineStrong));
  out.push(rect(l.margin, top, right - l.margin, bottom - top, `fill="none" stroke="${C.gridLineStrong}"`));
  return out;
}

function rowTexts(l: TimelineLayout, r: LayoutRow): string[] {
  const { columns: c, fonts, lineHeight } = l;
  const f = fonts.base;
  const block = (lines: string[], box: Box, anchor: 'start' | 'middle', weight: 400 | 600 = 400) => {
    const top = r.y + (r.height - lines.length * lineHeight) / 2;
    const x = anchor === 'middle' ? box.x + box.width / 2 : box.x + f * 0.4;
    return lines.map((s, i) => text(x, baseline(top + i * lineHeight, f, lineHeight), s, { size: f, anchor, weight }));
  };
  const weight = r.summary ? 600 : 400;
  const indent = r.depth * INDENT_EM * f;
  const out = [...block([String(r.stt)], c.stt, 'middle', weight), ...block(r.nameLines, { x: c.name.x + indent, width: c.name.width - indent }, 'start', weight), ...block(r.leadLines, c.lead, 'start')];
  if (c.start) out.push(...block([formatViDate(r.start)], c.start, 'middle'));
  if (c.finish) out.push(...block([formatViDate(r.finish)], c.finish, 'middle'));
  return out;
}

/** Bar height and centre line of a row. */
function barGeometry(l: TimelineLayout, r: LayoutRow): { barH: number; cy: number } {
  return { barH: Math.min(l.fonts.base * 1.05, r.height - 2 * l.padY), cy: r.y + r.height / 2 };
}

function barShapes(l: TimelineLayout, r: LayoutRow, hatchId: string): string[] {
  const b = r.bar;
  if (!b) return [];
  const { barH, cy } = barGeometry(l, r);
  const out: string[] = [];
  const radius = num(Math.min(barH * 0.2, b.width / 2));
  if (b.summary) {
    out.push(summaryBracket(b.x, b.width, cy, barH));
  } else if (b.kind === 'milestone') {
    // One colour for milestones, as in the legend; a critical one is outlined in the critical colour.
    const stroke = b.critical ? ` stroke="${C.critical}" stroke-width="${num(Math.max(1.5, barH * 0.1))}"` : '';
    out.push(diamond(b.x + b.width / 2, cy, barH * 0.62, C.milestone, stroke));
  } else if (b.kind === 'effort') {
    out.push(rect(b.x, cy - barH / 2, b.width, barH, `rx="${radius}" fill="url(#${hatchId})" stroke="${b.critical ? C.critical : C.effort}" stroke-width="1.2"`));
  } else {
    const [fill, done] = b.critical ? [C.critical, C.criticalProgress] : [C.normal, C.normalProgress];
    out.push(rect(b.x, cy - barH / 2, b.width, barH, `rx="${radius}" fill="${fill}"`));
    if (b.progressWidth > 0) out.push(rect(b.x, cy - barH / 2, b.progressWidth, barH, `rx="${radius}" fill="${done}"`));
  }
  if (b.late && b.kind !== 'milestone' && !b.summary) out.push(rect(b.x, cy - barH / 2, b.width, barH, `rx="${radius}" fill="none" stroke="${C.late}" stroke-width="2"`));
  if (l.barLabels) out.push(barLabel(l, r, barH, cy));
  return out;
}

/** The approved baseline: a thin grey bar just under the current one (as on the screen's chart). */
function baselineShape(l: TimelineLayout, r: LayoutRow): string[] {
  if (!r.baseline) return [];
  const { barH, cy } = barGeometry(l, r);
  const h = Math.max(1.5, barH * 0.22);
  return [rect(r.baseline.x, cy + barH / 2 + Math.max(0.5, barH * 0.04), r.baseline.width, h, `rx="${num(h * 0.3)}" fill="${C.baseline}" data-baseline="${escapeXml(r.taskId)}"`)];
}

/** A section's span as MS Project draws a summary: a dark band with a downward tip at each end. */
function summaryBracket(x: number, width: number, cy: number, barH: number): string {
  const top = cy - barH / 2;
  const band = barH * 0.4;
  const tip = Math.min(barH * 0.45, width / 2);
  const r = x + width;
  const d = `M${num(x)} ${num(top)}H${num(r)}V${num(top + band + tip)}L${num(r - tip)} ${num(top + band)}H${num(x + tip)}L${num(x)} ${num(top + band + tip)}Z`;
  return `<path d="${d}" fill="${C.summary}"/>`;
}

/** "01/04 – 07/04 · 40 %" right of the bar, or left of it where the chart ends first. */
function barLabel(l: TimelineLayout, r: LayoutRow, barH: number, cy: number): string {
  const b = r.bar!;
  const size = l.fonts.small;
  const short = (iso: string) => formatViDate(iso).slice(0, 5);
  const dates = b.kind === 'milestone' || r.start === r.finish ? short(r.start) : `${short(r.start)} – ${short(r.finish)}`;
  const label = b.kind === 'effort' ? dates : `${dates} · ${Math.round(r.percent)} %`;
  const gap = size * 0.4 + (b.kind === 'milestone' ? barH * 0.62 - b.width / 2 : 0);
  const chartRight = l.columns.chart.x + l.columns.chart.width;
  const width = textWidth(label, size);
  const y = cy + size * 0.35;
  if (b.x + b.width + gap + width <= chartRight) return text(b.x + b.width + gap, y, label, { size, fill: C.headerText });
  return text(Math.max(l.columns.chart.x + size * 0.2, b.x - gap - width), y, label, { size, fill: C.headerText });
}

/** The page's dependency arrows, routed as on screen and scaled to the export's text size. */
function arrowsOf(l: TimelineLayout, rows: LayoutRow[]): string[] {
  const byId = new Map(rows.map((r) => [r.taskId, r]));
  // Screen routing is in px for a 13 px font: draw it in a scaled frame so corners and heads keep their proportions.
  const k = l.fonts.base / 13;
  const normal: string[] = [];
  const critical: string[] = [];
  for (const link of l.links) {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    if (!from?.bar || !to?.bar) continue;
    const d = linkPath(boxOf(l, from, k), boxOf(l, to, k), link.type);
    (from.bar.critical && to.bar.critical ? critical : normal).push(d);
  }
  const group = (paths: string[], stroke: string) =>
    paths.length === 0 ? '' : `<path transform="scale(${k.toFixed(6)})" d="${paths.join(' ')}" fill="none" stroke="${stroke}" stroke-width="1.4" stroke-linejoin="round"/>`;
  return [group(normal, C.link), group(critical, C.critical)];
}

function boxOf(l: TimelineLayout, r: LayoutRow, k: number): BarBox {
  const b = r.bar!;
  const { barH, cy } = barGeometry(l, r);
  const milestone = b.kind === 'milestone';
  const half = milestone ? barH * 0.62 : 0;
  const mid = b.x + b.width / 2;
  return {
    left: (milestone ? mid - half : b.x) / k,
    right: (milestone ? mid + half : b.x + b.width) / k,
    top: (cy - (milestone ? half : barH / 2)) / k,
    bottom: (cy + (milestone ? half : barH / 2)) / k,
    middle: cy / k,
    rowTop: r.y / k,
    rowBottom: (r.y + r.height) / k,
    milestone,
  };
}

function legendBlock(l: TimelineLayout, hatchId: string): string[] {
  const { legend: g, fonts } = l;
  const s = fonts.small;
  const out: string[] = [];
  for (const item of g.items) {
    const top = g.top + item.line * g.lineHeight;
    const x = l.margin + item.x;
    out.push(swatch(item, x, top + g.lineHeight / 2, g.swatchWidth, s, hatchId));
    out.push(text(x + g.swatchWidth + g.gap, baseline(top, s, g.lineHeight), item.label, { size: s, fill: C.headerText }));
  }
  return out;
}

function swatch(item: LegendItem, x: number, cy: number, w: number, size: number, hatchId: string): string {
  const h = size * 0.9;
  const box = (attrs: string) => rect(x, cy - h / 2, w, h, `rx="${num(h * 0.2)}" ${attrs}`);
  switch (item.kind) {
    case 'critical':
      return box(`fill="${C.critical}"`);
    case 'normal':
      return box(`fill="${C.normal}"`);
    case 'effort':
      return box(`fill="url(#${hatchId})" stroke="${C.effort}"`);
    case 'milestone':
      return diamond(x + w / 2, cy, h * 0.62, C.milestone);
    case 'window':
      return box(`fill="${C.window}" stroke="${C.windowBorder}"`);
    case 'late':
      return box(`fill="none" stroke="${C.late}" stroke-width="2"`);
    case 'nonWorking':
      return box(`fill="${C.nonWorking}" stroke="${C.gridLineStrong}" stroke-width="0.5"`);
    case 'marker':
      return line(x + w / 2, cy - h * 0.7, x + w / 2, cy + h * 0.7, C.today, 2, ` stroke-dasharray="${num(size * 0.3)} ${num(size * 0.2)}"`);
    case 'deadline':
      return line(x + w / 2, cy - h * 0.7, x + w / 2, cy + h * 0.7, C.deadline, 2);
    case 'baseline':
      return rect(x, cy - h * 0.15, w, h * 0.3, `rx="${num(h * 0.1)}" fill="${C.baseline}"`);
    case 'summary':
      return summaryBracket(x, w, cy, h);
    case 'link':
      return `<path d="M${num(x)} ${num(cy - h * 0.45)}H${num(x + w * 0.45)}V${num(cy + h * 0.3)}H${num(x + w - 1)}m-4 -3.5l4 3.5l-4 3.5" fill="none" stroke="${C.link}" stroke-width="1.4"/>`;
  }
}
