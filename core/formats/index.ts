/** Plan table exports: one row builder, three writers. */
export * from './columns';
export { planTableRows, planTableCaption, cellText, isCalendarDate, type CalendarDate, type PlanTable, type PlanTableCell, type PlanTableOptions } from './planTableRows';
export { planTableCsv, toCsv, guardFormula, UTF8_BOM } from './planTableCsv';
export { planTableXlsx, XLSX_HEADER_ROW, XLSX_SHEET_NAME } from './planTableXlsx';
export { planTableDocx, DOCX_TEXT_WIDTH } from './planTableDocx';
