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
import { xmlSafe } from '../formats/xmlText';
import type { Language } from '../language';
import type { ProgressReport, ReportTask } from './progressReport';
import { keyLines } from './reportPage';
import { placeAndDateLine, reportDate, reportText, unitLabel } from './reportTexts';

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (v: number) => Math.round(v * TWIPS_PER_MM);
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
const TEXT_WIDTH = mm(210) - MARGIN.left - MARGIN.right;
const FONT = 'Times New Roman';
const SIZE = 26; // half-points: 13 pt
const TABLE_SIZE = 24; // 12 pt
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
  const heading = (label: string) => children.push(para([run(`${n++}. ${label}`, { bold: true })], { before: 160, after: 80 }));

  heading(t('overview'));
  const c = report.counts;
  children.push(para([run(t('countsSentence', { total: report.total, done: c.done, inProgress: c.inProgress, notStarted: c.notStarted, late: c.late }))], { indent: true }));
  for (const l of keyLines(report, lang)) children.push(para([run(`- ${l}`)], { indent: true }));

  if (report.groups) {
    heading(t('unitHeading'));
    const rows = report.groups.map((g) => [unitLabel(g.unit, lang), g.total, g.counts.done, g.counts.inProgress, g.counts.notStarted, g.counts.late].map(String));
    rows.push([t('total'), report.total, c.done, c.inProgress, c.notStarted, c.late].map(String));
    children.push(table([t('unit'), t('total'), t('done'), t('inProgress'), t('notStarted'), t('late')], rows, [40, 12, 12, 12, 12, 12], new Set([1, 2, 3, 4, 5]), rows.length - 1));
  }

  heading(t('lateHeading', { n: report.late.length }));
  const lateRow = (task: ReportTask) => [task.stt, task.name, unitLabel(task.leadUnit, lang), String(task.percent), reportDate(task.finish), String(task.daysLate)];
  if (report.late.length === 0) children.push(para([run(t('none'), { italics: true })], { indent: true }));
  else children.push(table([t('stt'), t('name'), t('lead'), t('percent'), t('projectedFinish'), t('daysLate')], report.late.map(lateRow), [7, 43, 20, 7, 13, 10], new Set([0, 3, 4, 5])));

  const next = report.nextMonth;
  heading(t('nextHeading', { from: reportDate(next.from), to: reportDate(next.to) }));
  const nextRow = (task: ReportTask) => [task.stt, task.name, unitLabel(task.leadUnit, lang), reportDate(task.start), reportDate(task.finish), String(task.percent)];
  if (next.tasks.length === 0) children.push(para([run(t('none'), { italics: true })], { indent: true }));
  else children.push(table([t('stt'), t('name'), t('lead'), t('start'), t('finish'), t('percent')], next.tasks.map(nextRow), [7, 40, 20, 13, 13, 7], new Set([0, 3, 4, 5])));

  heading(t('criticalHeading'));
  const critRow = (task: ReportTask) => [task.stt, task.name, reportDate(task.finish), task.baseline ? reportDate(task.baseline.finish) : '', String(task.remainingDays)];
  if (report.critical.tasks.length === 0) children.push(para([run(t('criticalDone'), { italics: true })], { indent: true }));
  else {
    children.push(
      table([t('stt'), t('name'), t('projectedFinish'), `${t('finish')} (${t('legendBaseline').toLocaleLowerCase(lang)})`, t('remaining')], report.critical.tasks.map(critRow), [7, 49, 15, 15, 14], new Set([0, 2, 3, 4])),
    );
  }
  children.push(para([run(t('footer', { date: reportDate(report.madeOn) }), { italics: true, size: 22 })], { before: 200 }));

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

/** A bordered table, header row bold and repeated on each page; `weights` share the text width. */
function table(headers: string[], rows: string[][], weights: number[], centred: Set<number>, boldRow = -1): Table {
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
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
    margins: { left: 80, right: 80, top: 30, bottom: 30 },
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, i, true, true)) }),
      ...rows.map((r, k) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, i, k === boldRow, false)) })),
    ],
  });
}
