/**
 * Working-day calendar. Every day from 1970-01-01 to 2199-12-31 is classified
 * once per calendar; working days are then numbered 0, 1, 2, … from the start
 * of that fixed range, so the difference of two numbers is a count of working
 * days and every conversion afterwards is one typed-array lookup.
 */
import { fromEpochDay, type IsoDate } from './dates';
import type { CalendarSpec } from './model';

/** Epoch day of 1970-01-01, the first day a calendar covers. */
export const CALENDAR_FIRST_DAY = 0;
/** Epoch day of 2199-12-31, the last day a calendar covers. */
export const CALENDAR_LAST_DAY = daysFromCivil(2199, 12, 31);
const RANGE_TEXT = '01/01/1970 – 31/12/2199';

export interface WorkCalendar {
  readonly spec: CalendarSpec;
  /** Working days in the covered range: valid working-day numbers are 0 … workingDayCount − 1. */
  readonly workingDayCount: number;
  isWorkingDay(date: IsoDate): boolean;
  /** Number of the first working day on or after `date`. */
  startNumber(date: IsoDate): number;
  /** Number of the last working day on or before `date` (−1 when there is none). */
  finishNumber(date: IsoDate): number;
  /** Date of working day `n`. */
  dateOf(n: number): IsoDate;
  /** Working days from `from` to `to`, both included (0 when `to` is before `from`). */
  countWorkingDays(from: IsoDate, to: IsoDate): number;
  /** The same on epoch days (days since 1970-01-01), for callers that already hold them. */
  isWorkingEpochDay(day: number): boolean;
  startNumberOfDay(day: number): number;
  finishNumberOfDay(day: number): number;
  epochDayOf(n: number): number;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

/**
 * `YYYY-MM-DD` → epoch day without a Date object or a regex: the engine
 * parses every constraint date of a 100,000-task plan, so this is hot.
 */
export function parseEpochDay(iso: IsoDate): number {
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const y = digitsAt(iso, 0, 4);
    const m = digitsAt(iso, 5, 2);
    const d = digitsAt(iso, 8, 2);
    if (y >= 0 && m >= 1 && m <= 12 && d >= 1) {
      const leap = m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0);
      if (d <= MONTH_DAYS[m - 1]! + (leap ? 1 : 0)) return daysFromCivil(y, m, d);
    }
  }
  throw new RangeError(`Ngày không hợp lệ: ${iso}`);
}

function outOfRange(what: string): RangeError {
  return new RangeError(`${what} nằm ngoài phạm vi lịch làm việc (${RANGE_TEXT})`);
}

function checkDay(day: number): void {
  if (day >= CALENDAR_FIRST_DAY && day <= CALENDAR_LAST_DAY && Number.isInteger(day)) return;
  const shown = Number.isInteger(day) && Math.abs(day) < 1e8 ? fromEpochDay(day) : String(day);
  throw outOfRange(`Ngày ${shown}`);
}

export function createWorkCalendar(spec: CalendarSpec): WorkCalendar {
  const size = CALENDAR_LAST_DAY + 1;
  const working = new Uint8Array(size);
  const week = new Uint8Array(8);
  for (const d of spec.workWeek) week[d] = 1;
  // 1970-01-01 was a Thursday (ISO weekday 4).
  for (let day = 0, wd = 4; day < size; day++, wd = wd === 7 ? 1 : wd + 1) working[day] = week[wd]!;
  // Holidays first, then make-up days: a date listed in both is worked.
  for (const h of spec.holidays) {
    const day = parseEpochDay(h.date);
    if (day >= 0 && day < size) working[day] = 0;
  }
  for (const w of spec.workdays) {
    const day = parseEpochDay(w.date);
    if (day >= 0 && day < size) working[day] = 1;
  }

  // before[day] = working days strictly before `day`; dayOf[n] = epoch day of working day n.
  const before = new Int32Array(size + 1);
  let count = 0;
  for (let day = 0; day < size; day++) {
    before[day] = count;
    count += working[day]!;
  }
  before[size] = count;
  const dayOf = new Int32Array(count);
  for (let day = 0, n = 0; day < size; day++) if (working[day]) dayOf[n++] = day;

  const startNumberOfDay = (day: number): number => {
    checkDay(day);
    return before[day]!;
  };
  const finishNumberOfDay = (day: number): number => {
    checkDay(day);
    return before[day + 1]! - 1;
  };
  const epochDayOf = (n: number): number => {
    if (!(n >= 0 && n < count && Number.isInteger(n))) throw outOfRange(`Ngày làm việc số ${n}`);
    return dayOf[n]!;
  };
  const dayOfIso = (date: IsoDate): number => {
    const day = parseEpochDay(date);
    checkDay(day);
    return day;
  };

  return {
    spec,
    workingDayCount: count,
    isWorkingDay: (date) => working[dayOfIso(date)] === 1,
    startNumber: (date) => before[dayOfIso(date)]!,
    finishNumber: (date) => before[dayOfIso(date) + 1]! - 1,
    dateOf: (n) => fromEpochDay(epochDayOf(n)),
    countWorkingDays: (from, to) => Math.max(0, before[dayOfIso(to) + 1]! - before[dayOfIso(from)]!),
    isWorkingEpochDay: (day) => {
      checkDay(day);
      return working[day] === 1;
    },
    startNumberOfDay,
    finishNumberOfDay,
    epochDayOf,
  };
}
