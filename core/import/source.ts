/**
 * One entry point for everything the user can import a plan table from: a
 * plan document or table as text (.txt, pasted from Word or Excel), a CSV
 * file, an Excel workbook or a Word document (.docx, its table). Each
 * comes back as the rows of the table with their problems, plus what a
 * whole plan document also tells (title, number, signer, recipients) when
 * the text is one.
 */
import { PlanError } from '../errors';
import { parsePlanDocument } from '../planText';
import { matchHeader, readTaskTable, type PlanTaskRow } from '../planTable';
import { foldVietnamese } from '../text';
import { parseCsv } from './csv';
import { planTableMatrix, readDocxHtml } from './docxHtml';
import { readTaskMatrix } from './matrix';
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

/** A file chosen by the user: the format comes from its extension. */
export async function readImportFile(fileName: string, bytes: Uint8Array, context: ImportContext = {}): Promise<ImportedTable> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new PlanError('too-large', `Tệp quá lớn để là một bảng nhiệm vụ (giới hạn ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`);
  }
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (extension === 'xlsx') {
    const table = readTaskMatrix(await readXlsxMatrix(bytes), context);
    return { format: 'xlsx', document: null, recipients: [], ...table };
  }
  if (extension === 'docx' && context.docxToHtml) return readDocxTable(await context.docxToHtml(bytes), context);
  if (extension === 'xls' || extension === 'doc' || extension === 'docx') {
    throw new PlanError(
      'unsupported-format',
      `Chưa đọc được tệp .${extension}. Hãy lưu thành .xlsx (Excel) hoặc sao chép bảng rồi dán vào ô nhập.`,
    );
  }
  const decoded = decodeText(bytes);
  const table = extension === 'csv' ? readCsvTable(decoded.text, context) : readImportText(decoded.text, context);
  if (decoded.problem) table.problems.unshift(decoded.problem);
  return table;
}

export function readCsvTable(text: string, context: ImportContext = {}): ImportedTable {
  return { format: 'csv', document: null, recipients: [], ...readTaskMatrix(parseCsv(text), context) };
}

/**
 * A Word document's plan table (see docxHtml.ts) read like a spreadsheet's.
 * The paragraphs above it are a plan document's heading when they have
 * "KẾ HOẠCH" and the plan's name under it: then the paragraphs outside
 * tables give title, number, date (its year for dates without one),
 * organisation, signer and recipients. The format is then 'document',
 * else 'text' (a table from Word, as if pasted).
 */
export function readDocxTable(html: string, context: ImportContext = {}): ImportedTable {
  const content = readDocxHtml(html);
  const { matrix, index } = planTableMatrix(content.tables);
  const above = content.paragraphs.slice(0, index < 0 ? content.paragraphs.length : content.paragraphsBefore[index]);
  const isDocument = parsePlanDocument(above.join('\n')).subtitle !== '';
  // Number and date sit above the table; "Nơi nhận" and the signer below it.
  const doc = parsePlanDocument(content.paragraphs.join('\n'));
  const docYear = /\bnam (\d{4})\b/.exec(foldVietnamese(doc.placeAndDate))?.[1];
  const table = readTaskMatrix(matrix, { year: isDocument && docYear !== undefined ? Number(docYear) : context.year });
  if (content.tables.length === 0) table.problems.unshift('Văn bản Word không có bảng nào: hãy chọn tệp có bảng nhiệm vụ.');
  return documentTable(isDocument ? doc : null, table);
}

/**
 * Text: a whole plan document (its appendix is found inside, the repeated
 * header skipped, the title read) or a bare table copied from Word or Excel.
 */
export function readImportText(text: string, context: ImportContext = {}): ImportedTable {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const doc = parsePlanDocument(source);
  const isDocument = doc.subtitle !== '';
  const docYear = /\bnam (\d{4})\b/.exec(foldVietnamese(doc.placeAndDate))?.[1];
  const year = docYear !== undefined ? Number(docYear) : context.year;
  const hasHeader = source.split(/\r\n|\r|\n/).some((line) => matchHeader(line.split('\t')) !== null);
  // With a header the table ends at the first paragraph after it; without one, every line is a row.
  const table = readTaskTable(source, { mode: hasHeader ? 'document' : 'bare', year });
  return documentTable(isDocument ? doc : null, table);
}

/** An imported table, with the plan document's header fields when it came from a whole plan document. */
function documentTable(doc: ReturnType<typeof parsePlanDocument> | null, table: { rows: ImportedTable['rows']; problems: string[] }): ImportedTable {
  return {
    format: doc ? 'document' : 'text',
    document: doc
      ? { title: doc.title, number: doc.number, placeAndDate: doc.placeAndDate, organisation: doc.organisation, signer: doc.signer }
      : null,
    recipients: doc ? doc.recipients : [],
    rows: table.rows,
    problems: table.problems,
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
