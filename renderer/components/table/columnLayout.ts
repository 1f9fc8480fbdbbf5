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
}

export function isHideable(column: Column): boolean {
  return column.hideable !== false && column.key !== STRETCH_COLUMN;
}

export function visibleColumns<C extends Column>(columns: readonly C[], choices: ColumnChoices): C[] {
  return columns.filter((c) => !isHideable(c) || !choices.hiddenColumns.includes(c.key));
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
