/**
 * Chart geometry shared by the chart, its overlays and the task table beside
 * it (which uses the row and header heights so its rows line up exactly).
 */

/** Height of a task bar. */
export const GANTT_BAR_HEIGHT = 20;
/**
 * Vertical space around a bar: half above, half below. 10 is not arbitrary:
 * frappe-gantt makes its grid `padding - 10` px taller than the rows, so with
 * 10 the chart body is exactly `rows × GANTT_ROW_HEIGHT` tall, like the table.
 */
export const GANTT_ROW_PADDING = 10;
/** One task row of the chart (and of the task table). */
export const GANTT_ROW_HEIGHT = GANTT_BAR_HEIGHT + GANTT_ROW_PADDING;

/** frappe-gantt's upper header row (months; quarters in the Month view). */
export const GANTT_UPPER_HEADER_HEIGHT = 26;
/** frappe-gantt's lower header row (days, weeks or months). */
export const GANTT_LOWER_HEADER_HEIGHT = 20;
/**
 * Total header height, bottom border included: frappe-gantt draws the first
 * row at `upper + lower + 10`. gantt.css splits it as 26 px upper row, 29 px
 * lower row and a 1 px border (box-sizing: border-box).
 */
export const GANTT_HEADER_HEIGHT = GANTT_UPPER_HEADER_HEIGHT + GANTT_LOWER_HEADER_HEIGHT + 10;

/** Longest bar label, in characters, before it is cut with "…" (the full name is in the tooltip). */
export const MAX_LABEL_CHARS = 80;
