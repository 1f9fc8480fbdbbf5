/**
 * A Word (.docx) plan table, from the HTML mammoth makes of the document
 * (db/importing/docx.ts does the conversion in the main process), as a grid
 * of text cells for the table reader. mammoth's HTML is predictable —
 * <p>, <table>/<tr>/<td|th colspan rowspan> with <p> inside cells, inline
 * <strong>/<em>/<a>, <br />, lists — so a small tokenizer reads it; no DOM.
 * A cell's paragraphs are joined with "\n", tags dropped, entities decoded
 * once. Merged cells are resolved as in the .xlsx reader: a cell merged down
 * gives its text to each row it covers; the parts merged across stay empty.
 * A table nested in a cell gives its text to that cell.
 */
import { PlanError } from '../errors';
import { matchHeader } from '../planTable';
import { normaliseSpaces } from '../text';
import { layoutLines } from './matrix';

export const MAX_DOCX_TABLE_ROWS = 20_000;
export const MAX_DOCX_TABLE_COLUMNS = 60;

export interface DocxContent {
  /** Paragraphs outside any table, in order. */
  paragraphs: string[];
  /** Top-level tables, merged cells resolved. */
  tables: string[][][];
  /** For each table, how many of `paragraphs` come before it. */
  paragraphsBefore: number[];
}

interface RawCell {
  text: string;
  colspan: number;
  rowspan: number;
}

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->|([^<]+)|</g;
/** Tags that end a paragraph: their text starts on a new line of the cell. */
const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'div', 'blockquote', 'pre', 'table', 'tr', 'td', 'th']);

export function readDocxHtml(html: string): DocxContent {
  const paragraphs: string[] = [];
  const tables: RawCell[][][] = [];
  const paragraphsBefore: number[] = [];
  let depth = 0; // table nesting
  let text = ''; // the paragraph being read
  let rows: RawCell[][] = [];
  let row: RawCell[] | null = null;
  let cell: { lines: string[]; colspan: number; rowspan: number } | null = null;

  const endParagraph = () => {
    const lines = text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line !== '');
    text = '';
    if (cell) cell.lines.push(...lines);
    else if (depth === 0) paragraphs.push(...lines);
  };
  const endCell = () => {
    endParagraph();
    if (cell && row) row.push({ text: cell.lines.join('\n'), colspan: cell.colspan, rowspan: cell.rowspan });
    cell = null;
  };
  const endRow = () => {
    endCell();
    if (row) rows.push(row);
    row = null;
  };

  for (const match of html.matchAll(TOKEN)) {
    const [, closing, rawName, attributes, chars] = match;
    if (chars !== undefined) {
      text += decodeEntities(chars);
      continue;
    }
    if (rawName === undefined) {
      if (match[0] === '<') text += '<'; // a stray "<" is text
      continue;
    }
    const name = rawName.toLowerCase();
    if (name === 'br') {
      text += '\n';
      continue;
    }
    if (!BLOCK.has(name)) continue; // inline markup: its text is kept, the tag dropped
    endParagraph();
    if (name === 'table') {
      if (closing) {
        if (depth === 1) {
          endRow();
          tables.push(rows);
          paragraphsBefore.push(paragraphs.length);
          rows = [];
        }
        depth = Math.max(0, depth - 1);
      } else {
        depth += 1;
      }
      continue;
    }
    if (depth !== 1) continue; // rows and cells of a nested table: text only, into the outer cell
    if (name === 'tr') {
      endRow();
      if (!closing) row = [];
    } else if (name === 'td' || name === 'th') {
      endCell();
      if (!closing) {
        row ??= [];
        cell = { lines: [], colspan: span(attributes, 'colspan', MAX_DOCX_TABLE_COLUMNS), rowspan: span(attributes, 'rowspan', MAX_DOCX_TABLE_ROWS) };
      }
    }
  }
  endParagraph();
  if (depth > 0) {
    endRow();
    tables.push(rows);
    paragraphsBefore.push(paragraphs.length);
  }
  return { paragraphs, tables: tables.map(resolveSpans), paragraphsBefore };
}

/**
 * The plan table of the document: from the first table with a plan header
 * row, that table and every later one that continues it (its own header, or
 * the same number of columns: the table split by a page break). Layout
 * tables — the heading block, the signature block — are left out. Without
 * any header, the largest table (the reader then flags the missing header).
 */
export function planTableMatrix(tables: readonly string[][][]): { matrix: string[][]; index: number; used: number[] } {
  const hasHeader = (table: string[][]) => table.some((cells) => matchHeader(cells.map((c) => (c.length > 200 ? c : normaliseSpaces(c)))) !== null);
  const first = tables.findIndex(hasHeader);
  if (first < 0) {
    let largest = -1;
    tables.forEach((t, i) => {
      if (largest < 0 || t.length > tables[largest]!.length) largest = i;
    });
    return { matrix: largest < 0 ? [] : tables[largest]!, index: largest, used: largest < 0 ? [] : [largest] };
  }
  const matrix = [...tables[first]!];
  const used = [first];
  let width = tables[first]![0]?.length ?? 0;
  for (let i = first + 1; i < tables.length; i++) {
    const table = tables[i]!;
    const sameWidth = (table[0]?.length ?? -1) === width;
    if (!hasHeader(table) && !sameWidth) continue;
    if (matrix.length + table.length > MAX_DOCX_TABLE_ROWS) break;
    matrix.push(...table);
    used.push(i);
    width = table[0]?.length ?? width;
  }
  return { matrix, index: first, used };
}

/**
 * The document's text lines in order, with the layout tables other than the
 * plan table read column by column: the Decree 30/2020 heading (organisation
 * and number on the left, motto, place and date on the right) and the
 * signature block ("Nơi nhận" left, title and signer right). `before` is
 * how many of the lines come before the plan table.
 */
export function documentLines(content: DocxContent, planTables: readonly number[]): { lines: string[]; before: number } {
  const lines: string[] = [];
  let before = -1;
  let taken = 0;
  content.tables.forEach((table, t) => {
    const upTo = content.paragraphsBefore[t] ?? taken;
    lines.push(...content.paragraphs.slice(taken, upTo));
    taken = upTo;
    if (planTables.includes(t)) {
      if (before < 0) before = lines.length;
      return;
    }
    lines.push(...layoutLines(table));
  });
  lines.push(...content.paragraphs.slice(taken));
  return { lines, before: before < 0 ? lines.length : before };
}

function resolveSpans(rows: RawCell[][]): string[][] {
  if (rows.length > MAX_DOCX_TABLE_ROWS) {
    throw new PlanError('too-large', { reason: 'docx-table', rows: rows.length, max: MAX_DOCX_TABLE_ROWS });
  }
  const grid: (string | undefined)[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (grid[r]![c] !== undefined) c++;
      const down = Math.min(cell.rowspan, rows.length - r);
      for (let dr = 0; dr < down; dr++) {
        for (let dc = 0; dc < cell.colspan && c + dc < MAX_DOCX_TABLE_COLUMNS; dc++) {
          // Down a column: the same text on every row; across a row: said once, at the left.
          grid[r + dr]![c + dc] = dc === 0 ? cell.text : '';
        }
      }
      c += cell.colspan;
    }
  });
  const width = Math.min(MAX_DOCX_TABLE_COLUMNS, Math.max(0, ...grid.map((cells) => cells.length)));
  return grid.map((cells) => Array.from({ length: width }, (_, i) => cells[i] ?? ''));
}

function span(attributes: string | undefined, name: 'colspan' | 'rowspan', max: number): number {
  const value = new RegExp(`\\b${name}\\s*=\\s*["']?(\\d{1,6})`, 'i').exec(attributes ?? '')?.[1];
  const n = value === undefined ? 1 : Number(value);
  return n >= 1 ? Math.min(n, max) : 1;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Entities decoded once: "&amp;lt;" is the text "&lt;". */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}
