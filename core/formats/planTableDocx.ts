/**
 * The plan table as a Word document laid out like the appendix of a
 * Vietnamese administrative plan (Nghị định 30/2020/NĐ-CP conventions):
 * Times New Roman 13, A4 landscape, the heading "PHỤ LỤC NHIỆM VỤ CỤ THỂ"
 * bold and centred, the "(Kèm theo Kế hoạch số …)" line in italics, then a
 * bordered table whose bold header row repeats on every page.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { textWidth } from '../export/fontMetrics';
import type { Plan } from '../model';
import { COLUMN_WEIGHTS } from './columns';
import { cellText, planTableRows, spansRow, type PlanTableCell, type PlanTableOptions } from './planTableRows';
import { xmlSafe } from './xmlText';

const TWIPS_PER_MM = 1440 / 25.4;
const A4 = { width: mm(210), height: mm(297) };
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
/** Usable width of an A4 landscape page between the margins. */
export const DOCX_TEXT_WIDTH = A4.height - MARGIN.left - MARGIN.right;
const FONT = 'Times New Roman';
const SIZE = 26; // half-points: 13 pt
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

export async function planTableDocx(plan: Plan, options: PlanTableOptions = {}): Promise<Uint8Array> {
  const table = planTableRows(plan, options);
  const widths = columnWidths(table.header, table.rows.map((cells) => cells.map(cellText)));
  const centred = new Set([0, ...table.dateColumns, table.header.indexOf('Găng'), table.header.indexOf('% hoàn thành')]);

  const headerRow = new TableRow({
    tableHeader: true, // repeated at the top of each page
    cantSplit: true,
    children: table.header.map((text) => cell([text], { bold: true, centred: true, header: true })),
  });
  const bodyRows = table.rows.map((cells, r) => {
    const bold = table.sections[r] === true;
    // A section heading ("I. NHIỆM VỤ CHUNG") with nothing else runs across the row.
    const shown = bold && spansRow(cells) ? cells.slice(0, 2) : cells;
    return new TableRow({
      cantSplit: true, // a task is read as one: its row moves whole to the next page
      children: shown.map((value, c) =>
        cell(lines(value), {
          bold,
          centred: centred.has(c),
          span: shown.length < cells.length && c === 1 ? cells.length - 1 : 1,
          indent: c === 1 ? (table.depths[r] ?? 0) : 0,
        }),
      ),
    });
  });

  const document = new Document({
    creator: 'Tiến Độ',
    title: xmlSafe(plan.info.title).slice(0, 255),
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height for a landscape page.
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
            margin: MARGIN,
          },
        },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: table.heading, bold: true })] }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ text: xmlSafe(table.caption), italics: true })],
          }),
          new Table({
            width: { size: DOCX_TEXT_WIDTH, type: WidthType.DXA },
            columnWidths: widths,
            layout: TableLayoutType.FIXED,
            margins: { left: 80, right: 80, top: 40, bottom: 40 }, // once for the table, not per cell: large tables pack faster
            borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
            rows: [headerRow, ...bodyRows],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** Narrowest width of any column: "STT" on one line in 13 pt with the cell margins. */
const MIN_WIDTH_MM = 13;
/** Left + right cell margins (80 twips each, see the table) and a little room for Word's rounding. */
const CELL_PADDING = 180;
const TWIPS_PER_PT = 20;
/**
 * Times New Roman runs about 12–15 % narrower than the bundled Noto Sans
 * whose metrics we have; 0.92 keeps a safety margin.
 */
const TIMES_PER_NOTO = 0.92;

/**
 * The width (twips) a column needs so that none of its words breaks: the
 * longest word of its header (bold) and of its cells. Word may break a line
 * after a hyphen ("6/2026-|9/2026"), so the parts count as words.
 */
function longestWord(header: string, cells: readonly string[]): number {
  const words = (text: string) => text.split(/\s+|(?<=-)/);
  const widest = (text: string, weight: 400 | 600) => Math.max(0, ...words(text).map((w) => textWidth(w, SIZE / 2, weight) * TIMES_PER_NOTO));
  let width = widest(header, 600);
  for (const text of cells) width = Math.max(width, widest(text, 400));
  return Math.ceil(width * TWIPS_PER_PT) + CELL_PADDING;
}

/**
 * Column widths in twips, proportional to the column weights, none narrower
 * than its minimum — a readable floor, and with `rows` (the cells' text) its
 * longest word, so "10/2026" or "Găng" never breaks — the wider columns
 * giving up the difference, summing to the text width.
 */
export function columnWidths(header: readonly string[], rows: readonly (readonly string[])[] = []): number[] {
  const weights = header.map((h) => COLUMN_WEIGHTS[h] ?? 12);
  const total = weights.reduce((a, b) => a + b, 0);
  const ideal = weights.map((w) => (DOCX_TEXT_WIDTH * w) / total);
  // Without rows (a blank table) the dates still need "30/12/2026".
  const sample = (h: string) => (h === 'Bắt đầu' || h === 'Kết thúc' ? ['30/12/2026'] : []);
  const least = header.map((h, c) => Math.max(mm(MIN_WIDTH_MM), longestWord(h, [...sample(h), ...rows.map((r) => r[c] ?? '')])));
  // Columns held at their minimum; the others share what is left by weight. Holding one may push another under its minimum: repeat.
  const held = ideal.map((w, i) => w < least[i]!);
  let shares = ideal;
  for (let changed = true; changed; ) {
    const left = DOCX_TEXT_WIDTH - least.reduce((sum, w, i) => sum + (held[i] ? w : 0), 0);
    const freeWeight = weights.reduce((sum, w, i) => sum + (held[i] ? 0 : w), 0);
    shares = weights.map((w, i) => (held[i] ? least[i]! : (left * w) / freeWeight));
    changed = false;
    shares.forEach((w, i) => {
      if (!held[i] && w < least[i]!) held[i] = changed = true;
    });
    if (held.every(Boolean)) break;
  }
  const widths = shares.map(Math.floor);
  widths[1] = (widths[1] ?? 0) + DOCX_TEXT_WIDTH - widths.reduce((a, b) => a + b, 0); // rounding goes to the task name
  return widths;
}

/** A cell's text as paragraphs: line breaks inside a cell stay line breaks. */
function lines(value: PlanTableCell): string[] {
  return xmlSafe(cellText(value)).split(/\r\n|\r|\n/);
}

/** A cell without a width of its own: docx gives it its grid column's width (tcW), so Word's fixed layout holds. */
function cell(paragraphs: string[], style: { bold?: boolean; centred?: boolean; header?: boolean; span?: number; indent?: number }): TableCell {
  return new TableCell({
    verticalAlign: style.header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    ...(style.span && style.span > 1 ? { columnSpan: style.span } : {}),
    children: paragraphs.map(
      (text) =>
        new Paragraph({
          alignment: style.centred ? AlignmentType.CENTER : AlignmentType.LEFT,
          // A task inside a section is indented by its depth (0.4 cm a level).
          ...(style.indent ? { indent: { left: style.indent * INDENT_PER_LEVEL } } : {}),
          children: [new TextRun({ text, bold: style.bold === true })],
        }),
    ),
  });
}

const INDENT_PER_LEVEL = 227;

function mm(value: number): number {
  return Math.round(value * TWIPS_PER_MM);
}
