/**
 * The progress report as a Word document in the Vietnamese administrative
 * layout (Nghị định 30/2020/NĐ-CP): A4 portrait, Times New Roman 13, the
 * organisation and the national name and motto side by side in a borderless
 * table, the place and date in italics, the title bold and centred; then the
 * same figures and lists as the PDF page (core/report/reportPage.ts), as
 * bordered tables a secretary can edit.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { wrapText } from '../export/fontMetrics';
import { xmlSafe } from '../formats/xmlText';
import type { Language } from '../language';
import type { ProgressReport } from './progressReport';
import { keyLines } from './reportPage';
import { placeAndDateLine, reportDate, reportText, unitLabel } from './reportTexts';

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (v: number) => Math.round(v * TWIPS_PER_MM);
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
const TEXT_WIDTH = mm(210) - MARGIN.left - MARGIN.right;
const FONT = 'Times New Roman';
const SIZE = 26; // half-points: 13 pt
const TABLE_SIZE = 22; // 11 pt
/** The overview's sentences: 12 pt, so the lists keep room on the one page. */
const OVERVIEW_SIZE = 24;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

export async function progressReportDocx(report: ProgressReport, lang: Language): Promise<Uint8Array> {
  const t = (key: Parameters<typeof reportText>[1], p: Record<string, string | number> = {}) => reportText(lang, key, p);
  const children: (Paragraph | Table)[] = [
    header(report, lang),
    para([run(t('title'), { bold: true, size: 28 })], { centred: true, before: 240 }),
    para([run(report.title, { bold: true })], { centred: true }),
    para([run(t('asOf', { date: reportDate(report.statusDate) }), { italics: true })], { centred: true, after: 200 }),
  ];
  let n = 1;
  const heading = (label: string) => children.push(para([run(`${n++}. ${label}`, { bold: true })], { before: 120, after: 60 })); // HEADING_MM

  heading(t('overview'));
  const c = report.counts;
  children.push(para([run(t('countsSentence', { total: report.total, done: c.done, inProgress: c.inProgress, notStarted: c.notStarted, late: c.late }), { size: OVERVIEW_SIZE })], { indent: true }));
  for (const l of keyLines(report, lang)) children.push(para([run(`- ${l}`, { size: OVERVIEW_SIZE })], { indent: true }));

  // The page holds what fits: the unit table whole, the two task lists sharing the rest by length
  // (estimated in Times New Roman from the bundled font's metrics), each cut with "… và N công việc khác".
  let room = PAGE_TEXT_HEIGHT_MM - usedMm(report, lang);
  if (report.groups) {
    heading(t('unitHeading'));
    const rows = report.groups.map((g) => [unitLabel(g.unit, lang), g.total, g.counts.done, g.counts.inProgress, g.counts.notStarted, g.counts.late].map(String));
    rows.push([t('total'), report.total, c.done, c.inProgress, c.notStarted, c.late].map(String));
    const columns = [0, 20, 20, 20, 20, 20];
    children.push(table([t('unit'), t('total'), t('done'), t('inProgress'), t('notStarted'), t('late')], rows, columns, new Set([1, 2, 3, 4, 5]), rows.length - 1));
    room -= HEADING_MM + tableMm([t('unit'), t('total'), t('done'), t('inProgress'), t('notStarted'), t('late')], rows, columns);
  }

  const lateHeaders = [t('stt'), t('name'), t('lead'), t('percent'), t('projectedFinish'), t('daysLate')];
  const lateColumns = [10, 0, 34, 10, 22, 14];
  const lateRows = report.late.map((task) => [task.stt, twoLines(task.name, lateColumns), unitLabel(task.leadUnit, lang), String(task.percent), reportDate(task.finish), String(task.daysLate)]);
  const next = report.nextMonth;
  const nextHeaders = [t('stt'), t('name'), t('lead'), t('start'), t('finish'), t('percent')];
  const nextColumns = [10, 0, 34, 22, 22, 10];
  const nextRows = next.tasks.map((task) => [task.stt, twoLines(task.name, nextColumns), unitLabel(task.leadUnit, lang), reportDate(task.start), reportDate(task.finish), String(task.percent)]);
  room -= 2 * HEADING_MM;
  const [lateCount, nextCount] = rowsThatFit([
    { headers: lateHeaders, rows: lateRows, columns: lateColumns },
    { headers: nextHeaders, rows: nextRows, columns: nextColumns },
  ], room);

  heading(t('lateHeading', { n: report.late.length }));
  list(children, lateHeaders, lateRows, lateColumns, new Set([0, 3, 4, 5]), lateCount!, lang);
  heading(t('nextHeading', { from: reportDate(next.from), to: reportDate(next.to) }));
  list(children, nextHeaders, nextRows, nextColumns, new Set([0, 3, 4, 5]), nextCount!, lang);
  children.push(para([run(t('footer', { date: reportDate(report.madeOn) }), { italics: true, size: 20 })], { before: 120 }));

  const document = new Document({
    creator: 'Tiến Độ',
    title: xmlSafe(`${t('title')} – ${report.title}`).slice(0, 255),
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [{ properties: { page: { size: { width: mm(210), height: mm(297) }, margin: MARGIN } }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function run(text: string, style: { bold?: boolean; italics?: boolean; underline?: boolean; size?: number } = {}): TextRun {
  return new TextRun({
    text: xmlSafe(text),
    bold: style.bold === true,
    italics: style.italics === true,
    ...(style.underline ? { underline: {} } : {}),
    ...(style.size ? { size: style.size } : {}),
  });
}

function para(runs: TextRun[], o: { centred?: boolean; before?: number; after?: number; indent?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: o.centred ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { before: o.before ?? 0, after: o.after ?? 60 },
    ...(o.indent ? { indent: { firstLine: mm(10) } } : {}),
    children: runs,
  });
}

/** The organisation (left) and the national name and motto (right), the place and date under the motto. */
function header(report: ProgressReport, lang: Language): Table {
  const t = (key: Parameters<typeof reportText>[1]) => reportText(lang, key);
  const left = [para([run(report.organisation.toLocaleUpperCase('vi'), { bold: true, size: 24 })], { centred: true }), para([run('———', { size: 20 })], { centred: true })];
  const right = [
    para([run(t('nation'), { bold: true, size: 24 })], { centred: true, after: 0 }),
    para([run(t('motto'), { bold: true, underline: true })], { centred: true, after: 120 }),
    para([run(placeAndDateLine(report.placeAndDate, report.madeOn, lang), { italics: true })], { centred: true }),
  ];
  const widths = [Math.round(TEXT_WIDTH * 0.4), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.4)];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: [new TableRow({ children: [new TableCell({ children: left }), new TableCell({ children: right })] })],
  });
}

/** A bordered table, header row bold and repeated on each page; column widths in mm, 0 for the one taking the rest. */
function table(headers: string[], rows: string[][], columnsMm: number[], centred: Set<number>, boldRow = -1): Table {
  const widths = twipsOf(columnsMm);
  const cell = (text: string, i: number, bold: boolean, header: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: header || centred.has(i) ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [new TextRun({ text: xmlSafe(text), bold, size: TABLE_SIZE })],
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 20, bottom: 20 },
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, i, true, true)) }),
      ...rows.map((r, k) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, i, k === boldRow, false)) })),
    ],
  });
}

interface ListTable {
  headers: string[];
  rows: string[][];
  columns: number[];
}

/** Height of a list showing `count` rows (a "… và N" line under it when some are left out; "Không có." when empty). */
function listMm(l: ListTable, count: number): number {
  if (l.rows.length === 0) return BODY_LINE_MM;
  return tableMm(l.headers, l.rows.slice(0, count), l.columns) + (count < l.rows.length ? BODY_LINE_MM : 0);
}

/**
 * How many rows of each list fit in `roomMm`: a row at a time to the list
 * showing the smallest share of its rows, at least one row each.
 */
function rowsThatFit(lists: ListTable[], roomMm: number): number[] {
  const counts = lists.map((l) => Math.min(1, l.rows.length));
  const full = lists.map((l, i) => counts[i]! >= l.rows.length);
  const total = () => lists.reduce((s, l, i) => s + listMm(l, counts[i]!), 0);
  for (;;) {
    let pick = -1;
    lists.forEach((l, i) => {
      if (full[i]) return;
      if (pick < 0 || counts[i]! / l.rows.length < counts[pick]! / lists[pick]!.rows.length) pick = i;
    });
    if (pick < 0) return counts;
    counts[pick]!++;
    if (total() > roomMm) {
      counts[pick]!--;
      full[pick] = true;
    } else if (counts[pick]! >= lists[pick]!.rows.length) full[pick] = true;
  }
}

/** A task list as a table of its first `count` rows, then "… và N công việc khác". */
function list(children: (Paragraph | Table)[], headers: string[], rows: string[][], columnsMm: number[], centred: Set<number>, count: number, lang: Language): void {
  if (rows.length === 0) {
    children.push(para([run(reportText(lang, 'none'), { italics: true })], { indent: true }));
    return;
  }
  children.push(table(headers, rows.slice(0, count), columnsMm, centred));
  if (count < rows.length) children.push(para([run(reportText(lang, 'more', { n: rows.length - count }), { italics: true, size: TABLE_SIZE })], { after: 0 }));
}

function twipsOf(columnsMm: number[]): number[] {
  const fixed = columnsMm.reduce((a, b) => a + mm(b), 0);
  return columnsMm.map((w) => (w > 0 ? mm(w) : TEXT_WIDTH - fixed));
}

// Estimates of the height Word gives text (single spacing, Times New Roman, 3 pt after a paragraph): enough to keep the report on one page.
const PAGE_TEXT_HEIGHT_MM = 297 - 20 - 20 - 2; // a little kept for Word's rounding
const PT_MM = 25.4 / 72;
const lineMm = (pt: number) => pt * 1.15 * PT_MM;
const AFTER_MM = 3 * PT_MM;
const BODY_LINE_MM = lineMm(13) + AFTER_MM;
const HEADING_MM = lineMm(13) + 6 * PT_MM;
const CELL_MARGIN = 70;
/** Times New Roman runs about 12–15 % narrower than the bundled Noto Sans, whose metrics we have (0.87: a little margin). */
const TIMES_PER_NOTO = 0.87;

/** Lines `text` takes at `pt` in a box `widthMm` wide. */
function linesOf(text: string, pt: number, widthMm: number, weight: 400 | 600 = 400): number {
  return Math.max(1, wrapText(text, widthMm / PT_MM / TIMES_PER_NOTO, pt, weight, 50).length);
}

/** Text widths of a table's columns in mm (cell margins taken off). */
function cellWidthsMm(columnsMm: number[]): number[] {
  return twipsOf(columnsMm).map((tw) => (tw - 2 * CELL_MARGIN) / TWIPS_PER_MM);
}

/** A task name cut to two lines of its column (the full name is in the plan table). */
function twoLines(name: string, columnsMm: number[]): string {
  // Measured as if Times were as wide as Noto Sans: Word must not need a third line.
  return wrapText(name, cellWidthsMm(columnsMm)[1]! / PT_MM, 11, 400, 2).join(' ');
}

function tableMm(headers: string[], rows: string[][], columnsMm: number[]): number {
  const widths = cellWidthsMm(columnsMm);
  const rowMm = (cells: string[], weight: 400 | 600) => Math.max(...cells.map((c, i) => linesOf(c, 11, widths[i]!, weight))) * lineMm(11) + 0.8;
  return rowMm(headers, 600) + rows.reduce((sum, r) => sum + rowMm(r, 400), 0);
}

/** The header, the title and the overview paragraphs, estimated. */
function usedMm(report: ProgressReport, lang: Language): number {
  const width = TEXT_WIDTH / TWIPS_PER_MM;
  const overview = (text: string) => linesOf(text, 12, width - 10) * lineMm(12) + AFTER_MM;
  const headerMm = 3 * lineMm(13) + 6 * PT_MM + 2 * AFTER_MM;
  const titleMm = 12 * PT_MM + lineMm(14) + linesOf(report.title, 13, width, 600) * lineMm(13) + lineMm(13) + 10 * PT_MM + 3 * AFTER_MM;
  const sentences = [reportText(lang, 'countsSentence', { total: 99, done: 99, inProgress: 99, notStarted: 99, late: 99 }), ...keyLines(report, lang).map((l) => `- ${l}`)];
  const footer = 6 * PT_MM + lineMm(10);
  return headerMm + titleMm + HEADING_MM + sentences.reduce((s, l) => s + overview(l), 0) + footer;
}
