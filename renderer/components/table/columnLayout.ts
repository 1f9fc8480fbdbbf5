/**
 * The table's column layout from the user's choices (ScreenLayout in
 * usePlanStore): which columns show and how wide each is, keyed by column
 * key so columns added later simply take their defaults. The name column is
 * the one that stretches: it gets whatever width the table has left, so
 * widening another column pushes the table's edge instead (as a spreadsheet
 * pushes the columns to its right).
 */
import type { Column } from './columns';

/** The column that takes the width left in the table. */
export const STRETCH_COLUMN = 'name';
export const DEFAULT_COLUMN_WIDTH = 80;
export const MIN_COLUMN_WIDTH = 32;
/** The name column never shrinks below this (the table grows instead). */
export const MIN_STRETCH_WIDTH = 120;

export interface ColumnChoices {
  columnWidths: Readonly<Record<string, number>>;
  hiddenColumns: readonly string[];
  /** Optional columns (defaultHidden) the user showed. */
  shownColumns?: readonly string[];
}

export function isHideable(column: Column): boolean {
  return column.hideable !== false && column.key !== STRETCH_COLUMN;
}

export function isShown(column: Column, choices: ColumnChoices): boolean {
  if (!isHideable(column)) return true;
  if (column.defaultHidden) return choices.shownColumns?.includes(column.key) === true;
  return !choices.hiddenColumns.includes(column.key);
}

export function visibleColumns<C extends Column>(columns: readonly C[], choices: ColumnChoices): C[] {
  return columns.filter((c) => isShown(c, choices));
}

/** The choices after the user shows or hides `column` (an optional column is listed when shown, any other when hidden). */
export function toggledColumn(column: Column, choices: ColumnChoices): { hiddenColumns: string[]; shownColumns: string[] } {
  const hiddenColumns = [...choices.hiddenColumns];
  const shownColumns = [...(choices.shownColumns ?? [])];
  const list = column.defaultHidden ? shownColumns : hiddenColumns;
  const at = list.indexOf(column.key);
  if (at >= 0) list.splice(at, 1);
  else list.push(column.key);
  return { hiddenColumns, shownColumns };
}

/** A column's width in px; null for the stretching name column. */
export function columnWidth(column: Column, choices: ColumnChoices): number | null {
  if (column.key === STRETCH_COLUMN) return null;
  const saved = choices.columnWidths[column.key];
  return Math.max(MIN_COLUMN_WIDTH, Math.round(saved ?? column.width ?? DEFAULT_COLUMN_WIDTH));
}

/** The width of the shown columns other than the name. */
export function fixedWidth(columns: readonly Column[], choices: ColumnChoices): number {
  return columns.reduce((sum, c) => sum + (columnWidth(c, choices) ?? 0), 0);
}

/**
 * The table's CSS width: the splitter's width (or the default share of the
 * window), never so narrow that the name column drops under its minimum.
 */
export function tableCssWidth(tableWidth: number | null, columns: readonly Column[], choices: ColumnChoices): string {
  const floor = fixedWidth(columns, choices) + MIN_STRETCH_WIDTH;
  return `max(${tableWidth !== null ? `${tableWidth}px` : 'var(--table-width)'}, ${floor}px)`;
}
