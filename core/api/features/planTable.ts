/**
 * The plan table ("Phụ lục nhiệm vụ cụ thể"): export as XLSX / CSV / DOCX,
 * and import from a plan document, a table file or pasted text with a
 * preview before anything is written.
 */
import { z } from 'zod';
import { COMPUTED_COLUMNS, PLAN_EXCHANGE_FORMATS, PLAN_TABLE_FORMATS } from '../../formats/columns';
import type { ImportPreviewRow } from '../../import/preview';
import type { OpenPlan } from './planFile';

/** Pasted text is at most a few hundred rows; the cap keeps a runaway paste from stalling the main process. */
export const MAX_PASTE_LENGTH = 5_000_000;
const MAX_IMPORT_ROWS = 20_000;
const text = (max: number) => z.string().max(max);

export const exportPlanTableOptionsSchema = z.object({
  /** mspdi / gan: the whole plan for MS Project, ProjectLibre or GanttProject (columns are then ignored). */
  format: z.enum([...PLAN_TABLE_FORMATS, ...PLAN_EXCHANGE_FORMATS]),
  /** Computed columns to add after the plan's six (Bắt đầu, Kết thúc, % hoàn thành, Găng, Trễ). */
  columns: z.array(z.enum(COMPUTED_COLUMNS)).max(COMPUTED_COLUMNS.length),
});

export const importSourceSchema = z.discriminatedUnion('kind', [
  /** Ask the user for a .txt / .xlsx / .csv file. */
  z.object({ kind: z.literal('file') }),
  /** Text from the clipboard (Word/Excel copy: tab-separated, quoted multi-line cells). */
  z.object({ kind: z.literal('text'), text: text(MAX_PASTE_LENGTH) }),
]);

/** A row as the renderer may send it back (e.g. after the user corrected it); windows are re-read here. */
export const importRowInputSchema = z.object({
  stt: text(100),
  name: text(100_000),
  lead: text(10_000),
  coordinators: z.array(text(10_000)).max(200),
  windowText: text(20_000),
  deliverable: text(100_000),
  notes: text(100_000),
});
export type ImportRowInput = z.infer<typeof importRowInputSchema>;

export const applyImportSchema = z.union([
  z.object({ mode: z.enum(['new', 'append']), previewId: z.string().min(1).max(64) }),
  z.object({ mode: z.enum(['new', 'append']), rows: z.array(importRowInputSchema).min(1).max(MAX_IMPORT_ROWS) }),
]);
export type ApplyImportRequest = z.infer<typeof applyImportSchema>;

/** Rows a preview carries, and the most one page request returns: a 20 MB table has 600,000 rows, far more than the page can hold. */
export const PREVIEW_PAGE_ROWS = 2_000;

export const previewRowsRequestSchema = z.object({
  previewId: z.string().min(1).max(64),
  offset: z.number().int().min(0),
  limit: z.number().int().min(1).max(PREVIEW_PAGE_ROWS),
});

export const planTableContract = {
  /** Ask where to save, write the table atomically; null when the user cancels. */
  exportPlanTable: z.tuple([exportPlanTableOptionsSchema]),
  /** Read a table (file dialog or pasted text) without writing anything; null when the dialog is cancelled. */
  previewImport: z.tuple([importSourceSchema]),
  /** Write a previewed table: a new plan file (asks where) or appended to the open plan; null when cancelled. */
  applyImport: z.tuple([applyImportSchema]),
  /** Further rows of a preview (it carries the first PREVIEW_PAGE_ROWS). */
  previewImportRows: z.tuple([previewRowsRequestSchema]),
  /** How far the running read is (null when none runs), for the dialog's progress line. */
  importProgress: z.tuple([]),
  /** Stop the running read (its previewImport then returns null); nothing is written. False when none ran. */
  cancelImport: z.tuple([]),
} as const;

export interface PlanTableExport {
  path: string;
  bytes: number;
}

export type { ImportPreviewRow };

export interface ImportPreview {
  previewId: string;
  /** The file name, or "Văn bản dán vào" for pasted text. */
  sourceName: string;
  /** mspdi / gan: a plan from MS Project, ProjectLibre or GanttProject (links and outline come with it). */
  format: 'document' | 'text' | 'csv' | 'xlsx' | 'mspdi' | 'gan';
  /** The plan title when the source is a whole plan document, else ''. */
  title: string;
  /** The first PREVIEW_PAGE_ROWS rows; the rest through previewImportRows. */
  rows: ImportPreviewRow[];
  /** Rows in the whole table (what applyImport writes). */
  totalRows: number;
  /** Rows of the whole table that have a problem. */
  flaggedRows: number;
  /** Problems of the table as a whole. */
  problems: string[];
  /** Rows after the table that are not tasks (footnotes, signature block): shown, not imported. */
  skipped: string[];
  /** Units the rows name that the open plan does not have yet (added on append). */
  newUnits: string[];
}

export interface ImportResult {
  mode: 'new' | 'append';
  /** The plan now open in the window (the new file, or the open plan with the rows added). */
  openPlan: OpenPlan;
  addedTasks: number;
  addedUnits: string[];
  flaggedTasks: number;
  /** True when one Undo removes the whole import (append is recorded as one history batch: db/importing/appendImport.ts). */
  undoable: boolean;
}

export interface PlanTableReturns {
  exportPlanTable: PlanTableExport | null;
  previewImport: ImportPreview | null;
  applyImport: ImportResult | null;
  previewImportRows: ImportPreviewRow[];
  importProgress: ImportProgress | null;
  cancelImport: boolean;
}

export interface ImportProgress {
  /** Rows received from the reader so far (0 while it is still parsing). */
  rowsRead: number;
  /** Rows the reader found (0 until it has parsed the whole source). */
  totalRows: number;
}
