/**
 * What the import preview shows, and the way back: rows edited in the
 * preview return as plain text and are read again here (a window sent by the
 * renderer is never trusted; it is re-read from its text).
 */
import { PLAN_COLUMN_HEADERS } from '../formats/columns';
import type { Unit } from '../model';
import { matchHeader, readRow, type PlanTaskRow } from '../planTable';
import { describeWindow, type TimeWindow } from '../timeWindow';
import { outlineRows, splitHeadingNumber } from './sections';
import { UnitDirectory } from './unitDirectory';

export interface ImportPreviewRow {
  stt: string;
  /** The plan's own numbering as written ("I", "1.1", "b)"). */
  wbs: string;
  /** Depth in the outline (0 = top); the preview indents by it. */
  level: number;
  /** A section heading (summary task): rows follow under it. */
  summary: boolean;
  name: string;
  lead: string;
  coordinators: string[];
  /** "Thời gian thực hiện" exactly as written. */
  windowText: string;
  windowKind: TimeWindow['kind'];
  /** The window as read, in Vietnamese: "01/04/2026 – 30/04/2026", "Hạn chót 15/10/2026", "Không đọc được". */
  window: string;
  /** The same in English, for the English UI. */
  windowEn: string;
  windowStart: string | null;
  windowEnd: string | null;
  deliverable: string;
  notes: string;
  /** Vietnamese; empty when the row reads cleanly. */
  problems: string[];
}

/** A row's cells as the renderer sends them back (the API's ImportRowInput has this shape). */
export interface ImportRowCells {
  stt: string;
  name: string;
  lead: string;
  coordinators: string[];
  windowText: string;
  deliverable: string;
  notes: string;
}

export function previewRow(row: PlanTaskRow): ImportPreviewRow {
  return {
    stt: row.stt,
    wbs: row.wbs,
    level: row.level,
    summary: row.summary,
    name: row.name,
    lead: row.lead,
    coordinators: row.coordinators,
    windowText: row.windowText,
    windowKind: row.window.kind,
    window: row.windowText === '' ? '' : describeWindow(row.window, 'vi'),
    windowEn: row.windowText === '' ? '' : describeWindow(row.window, 'en'),
    windowStart: row.window.start,
    windowEnd: row.window.end,
    deliverable: row.deliverable,
    notes: row.notes,
    problems: row.problems,
  };
}

const INPUT_COLUMNS = matchHeader([...PLAN_COLUMN_HEADERS, 'Ghi chú']);

/** Rows sent back by the renderer, read exactly as the same cells in a table would be. */
export function rowsFromInput(inputs: readonly ImportRowCells[], year: number | undefined): PlanTaskRow[] {
  if (INPUT_COLUMNS === null) throw new Error('PLAN_COLUMN_HEADERS must be a header row');
  const rows = inputs.map((r) =>
    splitHeadingNumber(readRow([r.stt, r.name, r.lead, r.coordinators.join('; '), r.windowText, r.deliverable, r.notes], INPUT_COLUMNS, year)),
  );
  outlineRows(rows);
  return rows;
}

/** Unit names in the rows that `units` does not have (matching ignores case and diacritics). */
export function newUnitNames(units: readonly Unit[], rows: readonly PlanTaskRow[]): string[] {
  let n = 0;
  const directory = new UnitDirectory(units, () => `preview-${++n}`);
  for (const row of rows) [row.lead, ...row.coordinators].forEach((name) => directory.resolve(name));
  return directory.added;
}
