/**
 * The plan table as CSV for Excel and other tools: UTF-8 with a byte-order
 * mark (without it Excel on Windows reads Vietnamese as mojibake), CRLF line
 * ends and RFC 4180 quoting, so names with commas, quotes or line breaks
 * survive. Only the table itself: no heading rows, so the file stays data.
 *
 * Formula injection: a spreadsheet runs a text cell starting with = + - @
 * (or a tab / carriage return) as a formula, e.g. "=HYPERLINK(…)" in a task
 * name from an untrusted plan. Such a text cell gets a leading apostrophe
 * (OWASP's advice); Excel then shows the text with the apostrophe, and our
 * own CSV reader (core/import/csv.ts) removes it again. Numbers and dates
 * we write ourselves are never prefixed.
 */
import type { Plan } from '../model';
import { cellText, planTableRows, type PlanTableCell, type PlanTableOptions } from './planTableRows';

export const UTF8_BOM = '\uFEFF';
// Also text already starting with apostrophes before such a character, so the reader's
// "remove one apostrophe" gives back exactly the original text.
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function planTableCsv(plan: Plan, options: PlanTableOptions = {}): string {
  const table = planTableRows(plan, options);
  return toCsv([table.header, ...table.rows]);
}

/** Rows → CSV text with BOM and CRLF; every record, including the last, ends with CRLF. */
export function toCsv(rows: readonly (readonly PlanTableCell[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

function csvField(cell: PlanTableCell): string {
  const text = typeof cell === 'string' ? guardFormula(cell) : cellText(cell);
  // Quoting ';' and tabs too (RFC 4180 allows quoting any field) keeps the reader's delimiter guess right.
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Neutralises a text cell a spreadsheet would evaluate as a formula. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
