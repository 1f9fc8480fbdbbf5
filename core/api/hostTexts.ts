/**
 * The words of the native file dialogs (titles and file-type names), in both
 * languages. Handlers pass these pairs; the host shows the one of the UI
 * language (electron/host.ts), so an English UI gets English dialogs.
 */
import type { Language } from '../language';

/** A text in each language. */
export type Worded = Readonly<Record<Language, string>>;

export const DIALOG_TITLES = {
  openPlan: { vi: 'Mở kế hoạch', en: 'Open Plan' },
  savePlanAs: { vi: 'Lưu kế hoạch thành', en: 'Save Plan As' },
  sendCopy: { vi: 'Lưu bản sao gửi đồng nghiệp', en: 'Save a Copy to Send' },
  mergeCopy: { vi: 'Gộp bản kế hoạch của đồng nghiệp', en: 'Merge a Colleague’s Copy' },
  newPlanFromTable: { vi: 'Tạo kế hoạch mới từ bảng nhiệm vụ', en: 'New Plan from a Task Table' },
  importTable: { vi: 'Nhập bảng nhiệm vụ', en: 'Import a Task Table' },
  exportExchange: { vi: 'Xuất kế hoạch cho MS Project / GanttProject', en: 'Export the Plan for MS Project / GanttProject' },
  exportPlanTable: { vi: 'Xuất phụ lục nhiệm vụ cụ thể', en: 'Export the Task Table' },
  exportPng: { vi: 'Lưu ảnh biểu đồ tiến độ', en: 'Save the Timeline Image' },
  exportSvg: { vi: 'Lưu biểu đồ tiến độ (SVG)', en: 'Save the Timeline (SVG)' },
  exportPdf: { vi: 'Lưu biểu đồ tiến độ (PDF)', en: 'Save the Timeline (PDF)' },
  reportPdf: { vi: 'Lưu báo cáo tiến độ (PDF)', en: 'Save the Progress Report (PDF)' },
  reportDocx: { vi: 'Lưu báo cáo tiến độ (Word)', en: 'Save the Progress Report (Word)' },
  reportSlide: { vi: 'Lưu trang trình chiếu báo cáo tiến độ (PNG)', en: 'Save the Progress Report Slide (PNG)' },
} as const satisfies Record<string, Worded>;

export const FILE_TYPE_NAMES = {
  plan: { vi: 'Kế hoạch Tiến Độ', en: 'Tiến Độ plan' },
  xlsx: { vi: 'Bảng tính Excel (.xlsx)', en: 'Excel workbook (.xlsx)' },
  csv: { vi: 'CSV UTF-8 (.csv)', en: 'CSV UTF-8 (.csv)' },
  docx: { vi: 'Văn bản Word (.docx)', en: 'Word document (.docx)' },
  mspdi: { vi: 'MS Project XML (.xml)', en: 'MS Project XML (.xml)' },
  gan: { vi: 'GanttProject (.gan)', en: 'GanttProject (.gan)' },
  importTable: { vi: 'Kế hoạch hoặc bảng nhiệm vụ (.txt, .docx, .xlsx, .csv, .tsv)', en: 'Plan or task table (.txt, .docx, .xlsx, .csv, .tsv)' },
  importProject: { vi: 'Kế hoạch từ MS Project, ProjectLibre, GanttProject (.xml, .gan)', en: 'Plan from MS Project, ProjectLibre, GanttProject (.xml, .gan)' },
  all: { vi: 'Tất cả các tệp', en: 'All files' },
  png: { vi: 'Ảnh PNG', en: 'PNG image' },
  svg: { vi: 'Ảnh vectơ SVG', en: 'SVG vector image' },
  pdf: { vi: 'Tài liệu PDF', en: 'PDF document' },
} as const satisfies Record<string, Worded>;
