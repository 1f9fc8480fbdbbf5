/**
 * The task table inside text: a plan document (seed/ke-hoach-1049.txt) or a
 * table copied from Word or Excel (tab-separated, Excel's quoted cells).
 * Picks the lines that belong to the table and hands them to the one table
 * assembler (./matrix.ts). In a document, a paragraph without tabs ends the
 * table unless task rows follow it (a merged row in Word).
 */
import { matchHeader, readRecord, type TaskTable } from '../planTable';
import { readTaskMatrix, type MatrixTable } from './matrix';

export type TableOptions = { mode: 'document' | 'bare'; year?: number };

export function readTaskTable(text: string, options: TableOptions): MatrixTable {
  const hasHeader = text.split(/\r\n|\r|\n/).some((line) => matchHeader(line.split('\t')) !== null);
  const lines: string[][] = [];
  let inTable = options.mode === 'bare' && !hasHeader;
  for (let pos = 0; pos < text.length; ) {
    const record = readRecord(text, pos, inTable);
    pos = record.next;
    const cells = record.cells;
    if (cells.every((c) => c.trim() === '')) continue;
    if (matchHeader(cells)) inTable = true;
    else if (!inTable) continue; // prose around the table
    else if (cells.length === 1 && options.mode === 'document' && !taskRowFollows(text, pos)) {
      inTable = false;
      continue;
    }
    lines.push(cells);
  }
  return readTaskMatrix(lines, { year: options.year, withoutHeader: options.mode === 'bare' ? 'default-columns' : 'no-table' });
}

/** True when the next non-blank line is a task row (3+ cells, not a header). */
function taskRowFollows(text: string, pos: number): boolean {
  for (let at = pos; at < text.length; ) {
    const { cells, next } = readRecord(text, at, false);
    at = next;
    if (cells.every((c) => c.trim() === '')) continue;
    return cells.length >= 3 && matchHeader(cells) === null;
  }
  return false;
}

export type { TaskTable };
