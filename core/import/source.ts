/**
 * One entry point for everything the user can import a plan table from: a
 * plan document or table as text (.txt, pasted from Word or Excel), a CSV
 * file, an Excel workbook or a Word document (.docx, its table). Each
 * comes back as the rows of the table with their problems, plus what a
 * whole plan document also tells (title, number, signer, recipients) when
 * the text is one.
 */
import { PlanError } from '../errors';
import { parsePlanDocument, yearIn } from '../planText';
import { matchHeader, type PlanTaskRow } from '../planTable';
import { parseCsv } from './csv';
import { documentLines, planTableMatrix, readDocxHtml } from './docxHtml';
import { layoutLines, readTaskMatrix, type MatrixTable } from './matrix';
import { notATable, sniffFormat } from './sniffFormat';
import { readTaskTable } from './textTable';
import { readXlsxMatrix } from './xlsx';

export const IMPORT_FILE_EXTENSIONS = ['txt', 'xlsx', 'docx', 'csv', 'tsv'] as const;
/** Plan tables are a few hundred rows; anything this large is not one (and would stall the window). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type ImportFormat = 'document' | 'text' | 'csv' | 'xlsx';

export interface DocumentInfo {
  title: string;
  number: string;
  placeAndDate: string;
  organisation: string | null;
  signer: string;
}

export interface ImportedTable {
  format: ImportFormat;
  /** Set when the source is a whole plan document (it has the "KẾ HOẠCH" heading). */
  document: DocumentInfo | null;
  /** "Danh sách các đơn vị gửi kế hoạch", when the document has one. */
  recipients: string[];
  rows: PlanTaskRow[];
  /** Problems of the table as a whole (rows carry their own). */
  problems: string[];
  /** Rows after the table that are not tasks (footnotes, "Nơi nhận", signature), as text: shown, not imported. */
  skipped: string[];
}

export type ImportContext = {
  /** Year for expressions written without one ("Tháng 4"): the open plan's. */
  year?: number;
  /**
   * A .docx file as HTML (mammoth: db/importing/docx.ts, main process only).
   * Without it a .docx is refused like a .doc.
   */
  docxToHtml?: (bytes: Uint8Array) => Promise<string>;
};

/** A file chosen by the user: what it really is (its first bytes), then its extension, says how it is read. */
export async function readImportFile(fileName: string, bytes: Uint8Array, context: ImportContext = {}): Promise<ImportedTable> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new PlanError('too-large', { reason: 'file', maxMb: MAX_IMPORT_BYTES / 1024 / 1024 });
  }
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const sniffed = sniffFormat(bytes);
  const kind = notATable(sniffed === 'zip' && extension !== 'xlsx' && extension !== 'docx' ? 'other-binary' : sniffed);
  if (kind !== null) throw new PlanError('unsupported-format', { kind });
  if (extension === 'xlsx') return gridTable('xlsx', await readXlsxMatrix(bytes), context);
  if (extension === 'docx' && context.docxToHtml) return readDocxTable(await context.docxToHtml(bytes), context);
  if (extension === 'xls' || extension === 'doc' || extension === 'docx') {
    throw new PlanError('unsupported-format', { extension });
  }
  const decoded = decodeText(bytes);
  const table = extension === 'csv' ? readCsvTable(decoded.text, context) : readImportText(decoded.text, context);
  if (decoded.problem) table.problems.unshift(decoded.problem);
  return table;
}

export function readCsvTable(text: string, context: ImportContext = {}): ImportedTable {
  return gridTable('csv', parseCsv(text), context);
}

/**
 * A spreadsheet or CSV grid: the title block above the table and the
 * signature below it give the document's fields when they hold a plan
 * heading ("KẾ HOẠCH" and its name), and the year ("năm 2027").
 */
function gridTable(format: 'csv' | 'xlsx', matrix: string[][], context: ImportContext): ImportedTable {
  const probe = readTaskMatrix(matrix);
  const doc = parsePlanDocument([...probe.above, ...layoutLines(probe.skipped)].join('\n'));
  const year = planYear(yearIn([doc.placeAndDate, ...probe.above]), probe.rows, context.year);
  const table = readTaskMatrix(matrix, { year: year.year });
  return { ...documentTable(doc.subtitle !== '' ? doc : null, table, year.problem), format };
}

/**
 * A Word document's plan table (see docxHtml.ts) read like a spreadsheet's.
 * The lines above it (paragraphs and the Decree 30 heading table) are a
 * plan document's heading when they have "KẾ HOẠCH" and the plan's name
 * under it: then the document gives title, number, date (its year for
 * dates without one), organisation, signer and recipients. The format is
 * then 'document', else 'text' (a table from Word, as if pasted).
 */
export function readDocxTable(html: string, context: ImportContext = {}): ImportedTable {
  const content = readDocxHtml(html);
  const { matrix, used } = planTableMatrix(content.tables);
  const { lines, before } = documentLines(content, used);
  const isDocument = parsePlanDocument(lines.slice(0, before).join('\n')).subtitle !== '';
  const doc = parsePlanDocument(lines.join('\n'));
  const probe = readTaskMatrix(matrix);
  const year = planYear(yearIn([doc.placeAndDate, doc.subtitle, ...probe.above]), probe.rows, context.year);
  const table = readTaskMatrix(matrix, { year: year.year });
  if (content.tables.length === 0) table.problems.unshift('Văn bản Word không có bảng nào: hãy chọn tệp có bảng nhiệm vụ.');
  return documentTable(isDocument ? doc : null, table, year.problem);
}

/**
 * Text: a whole plan document (its appendix is found inside, the repeated
 * header skipped, the title read) or a bare table copied from Word or Excel.
 */
export function readImportText(text: string, context: ImportContext = {}): ImportedTable {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const doc = parsePlanDocument(source);
  const isDocument = doc.subtitle !== '';
  const hasHeader = source.split(/\r\n|\r|\n/).some((line) => matchHeader(line.split('\t')) !== null);
  // With a header the table ends at the first paragraph after it; without one, every line is a row.
  const mode = hasHeader ? 'document' : 'bare';
  const probe = readTaskTable(source, { mode });
  const year = planYear(yearIn([doc.placeAndDate, doc.subtitle, ...probe.above]), probe.rows, context.year);
  return documentTable(isDocument ? doc : null, readTaskTable(source, { mode, year: year.year }), year.problem);
}

/**
 * The year for windows written without one: the document's (heading date or
 * title), else the one most windows write, else the open plan's. A year
 * other than the open plan's is said, so appending a 2027 plan to a 2026
 * one is not silent.
 */
export function planYear(documentYear: number | undefined, rows: readonly PlanTaskRow[], openYear: number | undefined): { year?: number; problem?: string } {
  const year = documentYear ?? commonWindowYear(rows) ?? openYear;
  if (year === undefined || openYear === undefined || year === openYear) return { year };
  return {
    year,
    problem: `Văn bản là kế hoạch năm ${year}, còn kế hoạch đang mở là năm ${openYear}: thời gian không ghi năm được hiểu là năm ${year}. Hãy kiểm tra trước khi thêm vào kế hoạch đang mở.`,
  };
}

function commonWindowYear(rows: readonly PlanTaskRow[]): number | undefined {
  const counts = new Map<number, number>();
  for (const row of rows) {
    for (const m of row.windowText.slice(0, 300).matchAll(/(?<!\d)(19\d\d|2[01]\d\d)(?!\d)/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [year, n] of counts) if (best === undefined || n > counts.get(best)!) best = year;
  return best;
}

/** An imported table, with the plan document's header fields when it came from a whole plan document. */
function documentTable(doc: ReturnType<typeof parsePlanDocument> | null, table: MatrixTable, yearProblem?: string): ImportedTable {
  return {
    format: doc ? 'document' : 'text',
    document: doc
      ? { title: doc.title, number: doc.number, placeAndDate: doc.placeAndDate, organisation: doc.organisation, signer: doc.signer }
      : null,
    recipients: doc ? doc.recipients : [],
    rows: table.rows,
    problems: yearProblem ? [yearProblem, ...table.problems] : table.problems,
    skipped: table.skipped.map((cells) => cells.join(' | ')),
  };
}

/** UTF-8 (with or without BOM) or UTF-16 with BOM (Notepad's "Unicode"); anything else is read as UTF-8 and flagged. */
export function decodeText(bytes: Uint8Array): { text: string; problem: string | null } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), problem: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), problem: null };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), problem: null };
  } catch {
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      problem: 'Tệp không được lưu bằng mã UTF-8: một số chữ có thể hiện sai. Hãy lưu lại tệp với mã UTF-8 rồi nhập lại.',
    };
  }
}
