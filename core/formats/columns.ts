/**
 * The columns of the plan table ("Phụ lục nhiệm vụ cụ thể"). Kept free of
 * any export library so that the API contract and the renderer can import
 * the column keys and headers without pulling exceljs or docx in.
 */

/** The plan's own columns, exactly as the appendix of a Kế hoạch writes them. */
export const PLAN_COLUMN_HEADERS = [
  'STT',
  'Nội dung công việc',
  'Đơn vị chủ trì',
  'Đơn vị phối hợp',
  'Thời gian thực hiện',
  'Sản phẩm',
] as const;

/** Optional columns computed by the scheduling engine. */
export const COMPUTED_COLUMNS = ['start', 'finish', 'percentComplete', 'critical', 'late'] as const;
export type ComputedColumn = (typeof COMPUTED_COLUMNS)[number];

export const COMPUTED_COLUMN_HEADERS: Record<ComputedColumn, string> = {
  start: 'Bắt đầu',
  finish: 'Kết thúc',
  percentComplete: '% hoàn thành',
  critical: 'Găng',
  late: 'Trễ (ngày làm việc)',
};

export const PLAN_TABLE_FORMATS = ['xlsx', 'csv', 'docx'] as const;
export type PlanTableFormat = (typeof PLAN_TABLE_FORMATS)[number];

/** The whole plan for another planner: MS Project XML (also ProjectLibre) and GanttProject (core/interchange). */
export const PLAN_EXCHANGE_FORMATS = ['mspdi', 'gan'] as const;
export type PlanExchangeFormat = (typeof PLAN_EXCHANGE_FORMATS)[number];
export type PlanExportFormat = PlanTableFormat | PlanExchangeFormat;
export const PLAN_EXCHANGE_EXTENSIONS: Record<PlanExchangeFormat, string> = { mspdi: 'xml', gan: 'gan' };

/** ASCII default names: safe on every file system and in e-mail attachments. */
export const PLAN_TABLE_DEFAULT_NAMES: Record<PlanTableFormat, string> = {
  xlsx: 'Phu-luc-nhiem-vu.xlsx',
  csv: 'Phu-luc-nhiem-vu.csv',
  docx: 'Phu-luc-nhiem-vu.docx',
};

/** The heading of the appendix, as in the plan document. */
export const PLAN_TABLE_HEADING = 'PHỤ LỤC NHIỆM VỤ CỤ THỂ';

/** Relative column widths (characters in a spreadsheet; shares of the page width in Word). */
export const COLUMN_WEIGHTS: Record<string, number> = {
  STT: 5,
  'Nội dung công việc': 42,
  'Đơn vị chủ trì': 20,
  'Đơn vị phối hợp': 28,
  'Thời gian thực hiện': 16,
  'Sản phẩm': 24,
  'Bắt đầu': 12,
  'Kết thúc': 12,
  '% hoàn thành': 11,
  'Găng': 7,
  'Trễ (ngày làm việc)': 11,
};
