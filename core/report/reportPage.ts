/**
 * The progress report on one A4 portrait page (SVG at 96 px per inch,
 * 794 × 1123), laid out as a Vietnamese administrative document: the
 * organisation and the national motto side by side, the place and date, the
 * title; then the figures, the late tasks, next month's tasks, the critical
 * path's remaining work and a small timeline. Everything is fitted to the
 * one page: long lists are cut with "… and N more", the timeline's rows shrink.
 */
import { TIMELINE_COLOURS as C } from '../export/colours';
import { textWidth, wrapText } from '../export/fontMetrics';
import type { Language } from '../language';
import type { ProgressReport, ReportTask } from './progressReport';
import { drawTable, measureTable, tableHeight, type Column, type TableRow, type TableStyle } from './reportTable';
import { drawTimeline, timelineHeight } from './reportTimeline';
import { numberList, placeAndDateLine, reportDate, reportText, unitLabel } from './reportTexts';
import { baselineOf, line, rect, svgDocument, text } from './svg';

/** A4 at 96 px per inch. */
export const A4_PAGE = { width: 794, height: 1123, mm: { width: 210, height: 297 } } as const;
const MARGIN = { left: 85, right: 57, top: 45, bottom: 40 };
const FS = 11;
const LH = 15;
const TABLE: TableStyle = { fontSize: 10, lineHeight: 13, padding: 4 };
const TIMELINE_FS = 9;

export interface ReportSvgOptions {
  language: Language;
  /** @font-face CSS to inline ('' to rely on the page's fonts). */
  fontCss?: string;
}

export function reportPageSvg(report: ProgressReport, options: ReportSvgOptions): string {
  const lang = options.language;
  const t = (key: Parameters<typeof reportText>[1], p: Record<string, string | number> = {}) => reportText(lang, key, p);
  const width = A4_PAGE.width - MARGIN.left - MARGIN.right;
  const x = MARGIN.left;
  const out: string[] = [];
  let y = MARGIN.top;

  // Header: organisation (left) and the national name and motto (right), then the date line.
  const leftW = width * 0.42;
  const rightW = width * 0.58;
  const orgLines = wrapText(report.organisation.toLocaleUpperCase('vi'), leftW, FS, 600, 2);
  orgLines.forEach((l, i) => out.push(text(x + leftW / 2, baselineOf(y + i * LH, FS, LH), l, { size: FS, weight: 600, anchor: 'middle' })));
  const orgRule = Math.min(leftW * 0.4, textWidth(orgLines.at(-1) ?? '', FS, 600));
  const ruleY = y + orgLines.length * LH + 4;
  if (orgLines.length > 0) out.push(line(x + leftW / 2 - orgRule / 2, ruleY, x + leftW / 2 + orgRule / 2, ruleY, C.text, 0.8));
  const rx = x + leftW + rightW / 2;
  const nationSize = fitSize(t('nation'), rightW, FS, 600);
  out.push(text(rx, baselineOf(y, nationSize, LH), t('nation'), { size: nationSize, weight: 600, anchor: 'middle' }));
  out.push(text(rx, baselineOf(y + LH, FS, LH), t('motto'), { size: FS, weight: 600, anchor: 'middle' }));
  const motto = textWidth(t('motto'), FS, 600);
  out.push(line(rx - motto / 2, y + 2 * LH + 4, rx + motto / 2, y + 2 * LH + 4, C.text, 0.8));
  y += 2 * LH + 10;
  out.push(text(rx, baselineOf(y, FS, LH), placeAndDateLine(report.placeAndDate, report.madeOn, lang), { size: FS, italic: true, anchor: 'middle' }));
  y += LH + 12;

  // Title.
  out.push(text(x + width / 2, baselineOf(y, 15, 20), t('title'), { size: 15, weight: 600, anchor: 'middle' }));
  y += 21;
  for (const l of wrapText(report.title, width - 30, FS, 600, 3)) {
    out.push(text(x + width / 2, baselineOf(y, FS, LH), l, { size: FS, weight: 600, anchor: 'middle' }));
    y += LH;
  }
  out.push(text(x + width / 2, baselineOf(y, FS, LH), t('asOf', { date: reportDate(report.statusDate) }), { size: FS, italic: true, anchor: 'middle' }));
  y += LH + 10;

  // Figures.
  y = cards(out, report, x, y, width, lang) + 10;
  const bullets = keyLines(report, lang);
  for (const b of bullets) {
    const lines = wrapText(b, width - 12, FS, 400, 3);
    lines.forEach((l, i) => {
      if (i === 0) out.push(text(x, baselineOf(y, FS, LH), '–', { size: FS }));
      out.push(text(x + 12, baselineOf(y, FS, LH), l, { size: FS }));
      y += LH;
    });
  }
  y += 6;

  // The lists, then the timeline in what is left of the page.
  const footerTop = A4_PAGE.height - MARGIN.bottom - 12;
  const heading = (n: number, label: string) => {
    out.push(text(x, baselineOf(y, 12, 18), `${n}. ${label}`, { size: 12, weight: 600 }));
    y += 19;
  };
  const moreH = LH;
  const timelineRows = report.timeline.rows.length;
  // The timeline keeps room for 12 rows; a longer one shows as many as fit at 11 px and counts the rest.
  const timelineLeast = 19 + timelineHeight(Math.min(timelineRows, 12), 12, TIMELINE_FS);
  const sections = listSections(report, lang, width);
  const headings = sections.length * 19 + sections.length * 6;
  const room = footerTop - y - timelineLeast - headings;
  const counts = allocateRows(sections, room, moreH);
  let n = 1;
  sections.forEach((s, i) => {
    heading(n++, s.title);
    const count = counts[i]!;
    if (s.table.rows.length === 0) {
      out.push(text(x + 12, baselineOf(y, FS, LH), t('none'), { size: FS, italic: true }));
      y += LH;
    } else {
      out.push(drawTable(s.table, s.columns, count, x, y, TABLE));
      y += tableHeight(s.table, count);
      const hidden = hiddenTasks(s.table.rows.slice(count).map((r) => r.row));
      if (hidden > 0) {
        out.push(text(x + 4, baselineOf(y, 10, moreH), t('more', { n: hidden }), { size: 10, italic: true, fill: C.headerText }));
        y += moreH;
      }
    }
    y += 6;
  });
  heading(n, t('timelineHeading'));
  const least = timelineHeight(0, 0, TIMELINE_FS);
  const fitting = Math.max(1, Math.floor((footerTop - y - 13 - least) / 11));
  const cut = Math.max(0, timelineRows - fitting);
  const timeline = cut > 0 ? { ...report.timeline, rows: report.timeline.rows.slice(0, fitting), hidden: report.timeline.hidden + cut } : report.timeline;
  const tlHeight = Math.min(footerTop - y - (timeline.hidden > 0 ? 13 : 0), timelineHeight(timeline.rows.length, 18, TIMELINE_FS));
  out.push(drawTimeline({ ...report, timeline }, { x, y, width, height: tlHeight }, { fontSize: TIMELINE_FS, labelWidth: 190, maxRowHeight: 18 }, lang));
  if (timeline.hidden > 0) {
    out.push(text(x, baselineOf(y + tlHeight, 9, 12), t('more', { n: timeline.hidden }), { size: 9, italic: true, fill: C.headerText }));
  }

  out.push(line(x, footerTop, x + width, footerTop, C.gridLineStrong, 0.6));
  out.push(text(x, footerTop + 11, t('footer', { date: reportDate(report.madeOn) }), { size: 8.5, fill: C.headerMuted }));
  return svgDocument(A4_PAGE.width, A4_PAGE.height, out.join(''), options.fontCss ?? '', `${t('title')} – ${report.title}`);
}

/** The largest size ≤ `size` at which `s` fits `width` (the national name is long in English). */
function fitSize(s: string, width: number, size: number, weight: 400 | 600): number {
  const w = textWidth(s, size, weight);
  return w <= width - 6 ? size : (size * (width - 6)) / w;
}

/** Five figure cards in a row: total, finished, in progress, not started, late. Returns the y under them. */
function cards(out: string[], report: ProgressReport, x: number, y: number, width: number, lang: Language): number {
  const items: [string, number, string][] = [
    [reportText(lang, 'total'), report.total, C.text],
    [reportText(lang, 'done'), report.counts.done, '#2b8a3e'],
    [reportText(lang, 'inProgress'), report.counts.inProgress, C.normalProgress],
    [reportText(lang, 'notStarted'), report.counts.notStarted, C.headerText],
    [reportText(lang, 'late'), report.counts.late, report.counts.late > 0 ? C.critical : C.text],
  ];
  const gap = 8;
  const w = (width - gap * (items.length - 1)) / items.length;
  const h = 50;
  items.forEach(([label, value, colour], i) => {
    const cx = x + i * (w + gap);
    out.push(rect(cx, y, w, h, `rx="4" fill="${C.headerBackground}" stroke="${C.gridLineStrong}" stroke-width="0.8"`));
    out.push(text(cx + w / 2, y + 25, String(value), { size: 21, weight: 600, anchor: 'middle', fill: colour }));
    out.push(text(cx + w / 2, y + 42, label, { size: 10, anchor: 'middle', fill: C.headerText }));
  });
  return y + h;
}

/** The sentences under the figures: projected finish, baseline, critical path, overall %, who is done. */
export function keyLines(report: ProgressReport, lang: Language): string[] {
  const t = (key: Parameters<typeof reportText>[1], p: Record<string, string | number> = {}) => reportText(lang, key, p);
  const p = report.projected;
  const dates = { date: reportDate(p.finish), deadline: reportDate(report.deadline) };
  const lines = [
    p.daysLate > 0 ? t('projectedLate', { ...dates, n: p.daysLate }) : p.daysEarly > 0 ? t('projectedEarly', { ...dates, n: p.daysEarly }) : t('projectedOnTime', dates),
  ];
  const b = report.baseline;
  if (b) {
    const variance = b.variance > 0 ? t('varianceLate', { n: b.variance }) : b.variance < 0 ? t('varianceEarly', { n: -b.variance }) : t('varianceNone');
    lines.push(t('baselineLine', { name: b.name, saved: reportDate(b.savedOn), finish: reportDate(b.finish), variance }));
  } else {
    lines.push(t('noBaseline'));
  }
  const critical = report.critical.tasks;
  lines.push(
    critical.length > 0
      ? t('criticalLine', { n: report.critical.remainingDays, count: critical.length, list: t('sttPrefix') + numberList(critical.map((c) => c.stt)) })
      : t('criticalDone'),
  );
  lines.push(t('overall', { p: report.percentComplete }));
  if (report.done.length > 0) lines.push(t('doneList', { list: t('sttPrefix') + numberList(report.done.map((d) => d.stt)) }));
  if (report.inProgress.length > 0) {
    const shown = report.inProgress.slice(0, 10).map((d) => `${d.stt} (${d.percent} %)`);
    if (report.inProgress.length > shown.length) shown.push(t('moreInline', { n: report.inProgress.length - shown.length }));
    lines.push(t('inProgressList', { list: t('sttPrefix') + shown.join(', ') }));
  }
  return lines;
}

interface ListSection {
  title: string;
  /** Never cut (the unit table). */
  whole?: boolean;
  columns: Column[];
  table: ReturnType<typeof measureTable>;
}

/**
 * The page's tables: by lead unit (on request), late tasks, next month's.
 * The critical path's remaining work is a line above (its tasks are the late
 * and next month's ones, with their dates in the timeline).
 */
function listSections(report: ProgressReport, lang: Language, width: number): ListSection[] {
  const t = (key: Parameters<typeof reportText>[1], p: Record<string, string | number> = {}) => reportText(lang, key, p);
  const sections: ListSection[] = [];
  const add = (title: string, columns: Column[], rows: TableRow[], whole = false) =>
    sections.push({ title, columns, table: measureTable(columns, rows, width, TABLE), whole });
  const stt: Column = { header: t('stt'), width: 34, align: 'middle' };
  const name: Column = { header: t('name'), width: 0 };
  const lead: Column = { header: t('lead'), width: 130 };
  const date = (header: string): Column => ({ header, width: 72, align: 'middle' });
  const number = (header: string, w = 50): Column => ({ header, width: w, align: 'middle' });

  if (report.groups) {
    const rows: TableRow[] = report.groups.map((g) => ({
      cells: [unitLabel(g.unit, lang), String(g.total), String(g.counts.done), String(g.counts.inProgress), String(g.counts.notStarted), String(g.counts.late)],
    }));
    rows.push({ cells: [t('total'), String(report.total), String(report.counts.done), String(report.counts.inProgress), String(report.counts.notStarted), String(report.counts.late)], emphasis: true });
    add(t('unitHeading'), [{ header: t('unit'), width: 0 }, number(t('total'), 62), number(t('done'), 62), number(t('inProgress'), 62), number(t('notStarted'), 62), number(t('late'), 62)], rows, true);
  }

  const lateRow = (task: ReportTask): TableRow => ({
    cells: [task.stt, task.name, unitLabel(task.leadUnit, lang), `${task.percent}`, reportDate(task.finish), String(task.daysLate)],
  });
  const lateRows: TableRow[] = report.groups
    ? report.groups.filter((g) => g.late.length > 0).flatMap((g) => [{ heading: `${unitLabel(g.unit, lang)} (${g.late.length})` }, ...g.late.map(lateRow)])
    : report.late.map(lateRow);
  add(t('lateHeading', { n: report.late.length }), [stt, name, lead, number(t('percent'), 34), date(t('projectedFinish')), number(t('daysLate'))], lateRows);

  const next = report.nextMonth;
  add(
    t('nextHeading', { from: reportDate(next.from), to: reportDate(next.to) }),
    [stt, { ...name, maxLines: 1 }, lead, date(t('start')), date(t('finish')), number(t('percent'), 34)],
    next.tasks.map((task) => ({ cells: [task.stt, task.name, unitLabel(task.leadUnit, lang), reportDate(task.start), reportDate(task.finish), `${task.percent}`] })),
  );

  return sections;
}

/**
 * Rows shown of each list: the unit table whole when it takes at most 60 % of
 * the room; then a row at a time to the list showing the smallest share of its
 * rows, while all fit (each shows at least its first task). A group heading
 * is never left last, without its tasks.
 */
function allocateRows(sections: readonly ListSection[], room: number, moreH: number): number[] {
  const rows = sections.map((s) => s.table.rows.length);
  const heightOf = (i: number, c: number) => (rows[i] === 0 ? LH : tableHeight(sections[i]!.table, c) + (c < rows[i]! ? moreH : 0));
  const least = (i: number) => Math.min(rows[i]!, 'heading' in (sections[i]!.table.rows[0]?.row ?? {}) ? 2 : 1);
  const counts = sections.map((s, i) => (s.whole && tableHeight(s.table, rows[i]!) <= room * 0.6 ? rows[i]! : least(i)));
  const open = counts.map((c, i) => c < rows[i]!);
  const total = () => counts.reduce((sum, c, i) => sum + heightOf(i, c), 0);
  for (;;) {
    let pick = -1;
    open.forEach((o, i) => {
      if (o && (pick < 0 || counts[i]! / rows[i]! < counts[pick]! / rows[pick]!)) pick = i;
    });
    if (pick < 0) break;
    counts[pick]!++;
    if (total() > room) {
      counts[pick]!--;
      open[pick] = false;
    } else if (counts[pick]! >= rows[pick]!) open[pick] = false;
  }
  return counts.map((c, i) => {
    let shown = c;
    while (shown > 1 && shown < rows[i]! && 'heading' in sections[i]!.table.rows[shown - 1]!.row) shown--;
    return shown;
  });
}

function hiddenTasks(rows: readonly TableRow[]): number {
  return rows.filter((r) => 'cells' in r && r.emphasis !== true).length;
}
