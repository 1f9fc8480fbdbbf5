/** Working days per calendar month over a date range, clipped to the range (a plan may start mid-month). */
import { daysInMonth, isoFromParts, type IsoDate } from '../../../core/dates';
import type { WorkCalendar } from '../../../core/calendar';

export interface MonthCount {
  year: number;
  month: number;
  /** The part of the month inside the range. */
  from: IsoDate;
  to: IsoDate;
  days: number;
}

export function workingDaysByMonth(calendar: Pick<WorkCalendar, 'countWorkingDays'>, from: IsoDate, to: IsoDate): MonthCount[] {
  if (to < from) return [];
  const months: MonthCount[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (;;) {
    const first = isoFromParts(year, month, 1);
    if (first > to) break;
    const last = isoFromParts(year, month, daysInMonth(year, month));
    const start = first < from ? from : first;
    const end = last > to ? to : last;
    months.push({ year, month, from: start, to: end, days: calendar.countWorkingDays(start, end) });
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}
