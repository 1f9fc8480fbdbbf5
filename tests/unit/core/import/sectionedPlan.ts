/**
 * One realistic sectioned appendix, as a department writes it: the Decree
 * 30/2020 heading, a two-row header ("Thời gian thực hiện" over "Bắt đầu |
 * Kết thúc"), the column-number row, section rows "I." / "II." with
 * numbering restarting under each, sub-items 1.1 and a) b), a footnote and
 * the signature block. The tests build it as Excel, CSV, pasted text and
 * Word and expect the same outline from each.
 */
import { expect } from 'vitest';
import type { PlanTaskRow } from '../../../../core/planTable';

export const HEADING = [
  ['UBND THÀNH PHỐ HẢI PHÒNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Độc lập - Tự do - Hạnh phúc'],
  ['Số: 15/KH-SKHCN', 'Hải Phòng, ngày 10 tháng 01 năm 2027'],
];
export const TITLE = ['KẾ HOẠCH', 'Triển khai nhiệm vụ chuyển đổi số năm 2027'];
export const HEADER_TOP = ['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', '', 'Sản phẩm'];
export const HEADER_SUB = ['', '', '', '', 'Bắt đầu', 'Kết thúc', ''];
export const COLUMN_NUMBERS = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'];

/** Section rows are one cell merged across the table (`section`), or their number and name in the first two cells. */
export type SpecRow = { section: string } | string[];
export const BODY: SpecRow[] = [
  { section: 'I. TĂNG CƯỜNG NĂNG LỰC SỐ' },
  ['1', 'Tập huấn kỹ năng số cho công chức', 'Phòng Quản lý Khoa học', 'Văn phòng Sở', '01/03/2027', '30/06/2027', 'Báo cáo kết quả'],
  ['2', 'Rà soát hạ tầng công nghệ thông tin', 'Trung tâm Thông tin', 'Phòng Kế hoạch - Tài chính', 'Quý I', 'Quý III', 'Báo cáo rà soát'],
  ['II', 'NHIỆM VỤ CỤ THỂ', '', '', '', '', ''],
  ['1', 'Xây dựng cơ sở dữ liệu khoa học', '', '', '', '', ''],
  ['1.1', 'Thu thập dữ liệu', 'Trung tâm Thông tin', '', '01/04/2027', '31/05/2027', 'Bộ dữ liệu'],
  ['1.2', 'Chuẩn hóa dữ liệu', 'Trung tâm Thông tin', 'Phòng Quản lý Khoa học', '06/2027', '09/2027', 'Dữ liệu chuẩn'],
  ['2', 'Tổng kết năm', '', '', '', '', ''],
  ['a', 'Báo cáo sơ kết 6 tháng', 'Văn phòng Sở', '', '01/07/2027', '15/07/2027', 'Báo cáo'],
  ['b)', 'Hội nghị tổng kết', 'Văn phòng Sở', 'Các phòng', '', '15/12/2027', 'Kỷ yếu'],
  ['3', 'Vận hành hệ thống', 'Trung tâm Thông tin', '', 'tháng 10/2027', '', 'Nhật ký vận hành'],
];
export const FOOTNOTE = 'Ghi chú: Các đơn vị chủ động bố trí kinh phí từ dự toán được giao.';
export const SIGNATURE = [
  ['Nơi nhận:', 'KT. GIÁM ĐỐC'],
  ['- Như trên;', 'PHÓ GIÁM ĐỐC'],
  ['- Lưu: VT.', 'Nguyễn Văn An'],
];

/** The sheet as Excel or LibreOffice would hold it (seven columns; section rows in column A). */
export function planGrid(): string[][] {
  const wide = (cells: string[]) => [...cells, ...Array(7 - cells.length).fill('')];
  return [
    ...HEADING.map((r) => wide([r[0]!, '', '', '', r[1]!])),
    [],
    ...TITLE.map((t) => wide([t])),
    HEADER_TOP,
    HEADER_SUB,
    COLUMN_NUMBERS,
    ...BODY.map((r) => (Array.isArray(r) ? r : wide([r.section]))),
    wide([FOOTNOTE]),
    ...SIGNATURE.map((r) => wide([r[0]!, '', '', '', r[1]!])),
  ];
}

/** What every reader must make of it: the outline, the plan's numbering, the windows exactly as written. */
export function expectSectionedPlan(rows: readonly PlanTaskRow[]): void {
  expect(rows.map((r) => [r.wbs, r.level, r.summary, r.name])).toEqual([
    ['I', 0, true, 'TĂNG CƯỜNG NĂNG LỰC SỐ'],
    ['1', 1, false, 'Tập huấn kỹ năng số cho công chức'],
    ['2', 1, false, 'Rà soát hạ tầng công nghệ thông tin'],
    ['II', 0, true, 'NHIỆM VỤ CỤ THỂ'],
    ['1', 1, true, 'Xây dựng cơ sở dữ liệu khoa học'],
    ['1.1', 2, false, 'Thu thập dữ liệu'],
    ['1.2', 2, false, 'Chuẩn hóa dữ liệu'],
    ['2', 1, true, 'Tổng kết năm'],
    ['a', 2, false, 'Báo cáo sơ kết 6 tháng'],
    ['b)', 2, false, 'Hội nghị tổng kết'],
    ['3', 1, false, 'Vận hành hệ thống'],
  ]);
  expect(rows.map((r) => r.parent)).toEqual([null, 0, 0, null, 3, 4, 4, 3, 7, 7, 3]);
  expect(rows.map((r) => r.window)).toEqual([
    { kind: 'unreadable', start: null, end: null },
    { kind: 'range', start: '2027-03-01', end: '2027-06-30' },
    { kind: 'range', start: '2027-01-01', end: '2027-09-30' }, // "Quý I | Quý III": the document's year
    { kind: 'unreadable', start: null, end: null },
    { kind: 'unreadable', start: null, end: null },
    { kind: 'range', start: '2027-04-01', end: '2027-05-31' },
    { kind: 'range', start: '2027-06-01', end: '2027-09-30' },
    { kind: 'unreadable', start: null, end: null },
    { kind: 'range', start: '2027-07-01', end: '2027-07-15' },
    { kind: 'deadline', start: null, end: '2027-12-15' }, // only "Kết thúc": a deadline
    { kind: 'from', start: '2027-10-01', end: null }, // only "Bắt đầu": open-ended, never a false deadline
  ]);
  expect(rows[1]).toMatchObject({ lead: 'Phòng Quản lý Khoa học', coordinators: ['Văn phòng Sở'], deliverable: 'Báo cáo kết quả', windowText: '01/03/2027 - 30/06/2027' });
  // No false warnings: restarted numbering is not a duplicate, sections need no lead or window; only the open start is flagged.
  expect(rows.map((r) => r.problems)).toEqual([[], [], [], [], [], [], [], [], [], [], ['Chỉ ghi thời điểm bắt đầu, không có hạn hoàn thành']]);
}
