import type { CalendarSpec } from '../model';

/**
 * The 2026 working calendar of Hải Phòng's civil servants: Notice
 * 9441/TB-BNV (16/10/2025) and Labour Code 2019 art. 112 (a holiday on a
 * weekend gives the next working day off). Weekends inside Tết are already
 * days off, so only the weekdays are listed.
 */
export const CALENDAR_2026: CalendarSpec = {
  workWeek: [1, 2, 3, 4, 5],
  holidays: [
    { date: '2026-01-01', name: 'Tết Dương lịch' },
    { date: '2026-02-16', name: 'Tết Nguyên đán' },
    { date: '2026-02-17', name: 'Tết Nguyên đán' },
    { date: '2026-02-18', name: 'Tết Nguyên đán' },
    { date: '2026-02-19', name: 'Tết Nguyên đán' },
    { date: '2026-02-20', name: 'Tết Nguyên đán' },
    { date: '2026-04-27', name: 'Nghỉ bù Giỗ Tổ Hùng Vương (26/04 là Chủ nhật)' },
    { date: '2026-04-30', name: 'Ngày Chiến thắng' },
    { date: '2026-05-01', name: 'Ngày Quốc tế Lao động' },
    { date: '2026-08-31', name: 'Nghỉ hoán đổi Quốc khánh (làm bù thứ Bảy 22/08)' },
    { date: '2026-09-01', name: 'Quốc khánh' },
    { date: '2026-09-02', name: 'Quốc khánh' },
  ],
  workdays: [{ date: '2026-08-22', name: 'Làm bù cho ngày 31/08' }],
};
