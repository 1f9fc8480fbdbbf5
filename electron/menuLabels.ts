/**
 * The menu's words in both UI languages. Vietnamese follows the usual
 * Vietnamese Office terms (Tệp, Sửa, Xem, Trợ giúp); "…" marks items that
 * ask something before acting.
 */
import type { UiLanguage } from '../core/api/features/shell';

export interface MenuLabels {
  file: string;
  newPlan: string;
  newFromTemplate: string;
  open: string;
  openRecent: string;
  noRecent: string;
  save: string;
  saveAs: string;
  sendCopy: string;
  import: string;
  export: string;
  exportTable: string;
  exportTimeline: string;
  progressReport: string;
  print: string;
  close: string;
  edit: string;
  undo: string;
  redo: string;
  addTask: string;
  deleteTasks: string;
  linkTasks: string;
  updateProgress: string;
  saveBaseline: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  viewDay: string;
  viewWeek: string;
  viewMonth: string;
  criticalOnly: string;
  showBaseline: string;
  zoomIn: string;
  zoomOut: string;
  actualSize: string;
  reload: string;
  devTools: string;
  help: string;
  shortcuts: string;
  about: string;
  /** Keys of the page that have no menu item, listed in the shortcuts box. */
  findFilter: string;
  moveUp: string;
  moveDown: string;
  unlinkTasks: string;
}

export const MENU_LABELS: Readonly<Record<UiLanguage, MenuLabels>> = {
  vi: {
    file: 'Tệp',
    newPlan: 'Mới',
    newFromTemplate: 'Mới từ kế hoạch mẫu',
    open: 'Mở…',
    openRecent: 'Mở gần đây',
    noRecent: '(Chưa có tệp nào)',
    save: 'Lưu',
    saveAs: 'Lưu thành…',
    sendCopy: 'Gửi bản sao…',
    import: 'Nhập…',
    export: 'Xuất',
    exportTable: 'Phụ lục (XLSX/CSV/DOCX)…',
    exportTimeline: 'Biểu đồ (PNG/SVG/PDF)…',
    progressReport: 'Báo cáo tiến độ…',
    print: 'In…',
    close: 'Đóng',
    edit: 'Sửa',
    undo: 'Hoàn tác',
    redo: 'Làm lại',
    addTask: 'Thêm công việc',
    deleteTasks: 'Xoá',
    linkTasks: 'Liên kết',
    updateProgress: 'Cập nhật tiến độ…',
    saveBaseline: 'Lưu kế hoạch gốc…',
    cut: 'Cắt',
    copy: 'Sao chép',
    paste: 'Dán',
    selectAll: 'Chọn tất cả',
    view: 'Xem',
    viewDay: 'Ngày',
    viewWeek: 'Tuần',
    viewMonth: 'Tháng',
    criticalOnly: 'Chỉ công việc găng',
    showBaseline: 'Hiện/ẩn kế hoạch gốc',
    zoomIn: 'Phóng to',
    zoomOut: 'Thu nhỏ',
    actualSize: 'Cỡ thực',
    reload: 'Tải lại',
    devTools: 'Công cụ phát triển',
    help: 'Trợ giúp',
    shortcuts: 'Phím tắt',
    about: 'Giới thiệu',
    findFilter: 'Tìm, lọc công việc',
    moveUp: 'Chuyển công việc lên',
    moveDown: 'Chuyển công việc xuống',
    unlinkTasks: 'Bỏ liên kết',
  },
  en: {
    file: 'File',
    newPlan: 'New',
    newFromTemplate: 'New from Template Plan',
    open: 'Open…',
    openRecent: 'Open Recent',
    noRecent: '(No recent files)',
    save: 'Save',
    saveAs: 'Save As…',
    sendCopy: 'Send a Copy…',
    import: 'Import…',
    export: 'Export',
    exportTable: 'Appendix (XLSX/CSV/DOCX)…',
    exportTimeline: 'Chart (PNG/SVG/PDF)…',
    progressReport: 'Progress report…',
    print: 'Print…',
    close: 'Close',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    addTask: 'Add Task',
    deleteTasks: 'Delete',
    linkTasks: 'Link',
    updateProgress: 'Update progress…',
    saveBaseline: 'Save Baseline…',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    viewDay: 'Day',
    viewWeek: 'Week',
    viewMonth: 'Month',
    criticalOnly: 'Critical Tasks Only',
    showBaseline: 'Show/Hide Baseline',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    actualSize: 'Actual Size',
    reload: 'Reload',
    devTools: 'Developer Tools',
    help: 'Help',
    shortcuts: 'Keyboard Shortcuts',
    about: 'About',
    findFilter: 'Find, filter tasks',
    moveUp: 'Move task up',
    moveDown: 'Move task down',
    unlinkTasks: 'Unlink',
  },
};
