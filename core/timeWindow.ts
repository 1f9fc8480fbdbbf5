/**
 * Reads the "Thời gian thực hiện" column of a plan: Vietnamese expressions
 * such as "Tháng 4-5/2026", "Quý III/2026" or "Trước ngày 15/10/2026" become
 * a window (start = "start no earlier than", end = deadline). Callers keep
 * the original text; anything not understood is 'unreadable', never thrown.
 */
import { addDays, daysInMonth, formatViDate, isIsoDate, isoFromParts, type IsoDate } from './dates';
import { foldVietnamese } from './text';

export type TimeWindow =
  | { kind: 'range'; start: IsoDate; end: IsoDate }
  | { kind: 'deadline'; start: null; end: IsoDate }
  /** "Theo tiến độ thực hiện": no window of its own, follows the work it depends on. */
  | { kind: 'follows'; start: null; end: null }
  /** "Thường xuyên" (continuous), "Hằng tháng" (monthly). */
  | { kind: 'recurring'; start: null; end: null; every: 'continuous' | 'monthly' }
  | { kind: 'unreadable'; start: null; end: null };

export type TimeWindowContext = { year?: number };

const UNREADABLE: TimeWindow = { kind: 'unreadable', start: null, end: null };
// Years outside this range are almost certainly typos in a planning document.
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;
const MAX_TEXT = 300;

export function parseTimeWindow(text: string, context?: TimeWindowContext): TimeWindow {
  try {
    if (typeof text !== 'string' || text.length > MAX_TEXT) return UNREADABLE;
    const year = context?.year;
    return readWindow(canonical(text), typeof year === 'number' && validYear(year) ? year : undefined);
  } catch {
    return UNREADABLE; // a parser bug must not lose the user's row
  }
}

/** Human-readable window, e.g. "01/04/2026 – 31/05/2026". */
export function describeWindow(w: TimeWindow, lang: 'vi' | 'en'): string {
  const vi = lang === 'vi';
  switch (w.kind) {
    case 'range':
      return w.start === w.end ? formatViDate(w.start) : `${formatViDate(w.start)} – ${formatViDate(w.end)}`;
    case 'deadline':
      return `${vi ? 'Hạn chót' : 'Deadline'} ${formatViDate(w.end)}`;
    case 'follows':
      return vi ? 'Theo tiến độ thực hiện' : 'Follows the work it depends on';
    case 'recurring':
      if (w.every === 'monthly') return vi ? 'Hằng tháng' : 'Monthly';
      return vi ? 'Thường xuyên' : 'Continuous';
    case 'unreadable':
      return vi ? 'Không đọc được' : 'Unreadable';
  }
}

/** Fold case/diacritics and spacing so that each form has one spelling. */
function canonical(text: string): string {
  return foldVietnamese(text.replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/gu, '-'))
    .replace(/ ?([-/]) ?/g, '$1')
    .replace(/(\d{1,2}) nam (\d{4})/g, '$1/$2') // "tháng 4 năm 2026" → "tháng 4/2026"
    .replace(/(\d{1,2}) thang (\d{1,2})\//g, '$1/$2/') // "ngày 15 tháng 10/2026"
    .replace(/^(?:hoan thanh |trong )+/, '')
    .replace(/[.,;:]+$/, '');
}

function readWindow(s: string, year: number | undefined): TimeWindow {
  if (s === '') return UNREADABLE;
  if (/^theo tien do\b/.test(s)) return { kind: 'follows', start: null, end: null };
  if (/^thuong xuyen\b/.test(s)) return { kind: 'recurring', start: null, end: null, every: 'continuous' };
  if (/^(?:dinh ky )?hang thang$/.test(s)) return { kind: 'recurring', start: null, end: null, every: 'monthly' };
  return (
    yearWindow(s, year) ??
    halfYearWindow(s, year) ??
    quarterWindow(s, year) ??
    deadlineWindow(s, year) ??
    spanWindow(s, year) ??
    UNREADABLE
  );
}

function yearWindow(s: string, ctx: number | undefined): TimeWindow | null {
  const m = /^(?:ca )?nam(?: (\d{4}))?(?:-(?:nam )?(\d{4}))?$/.exec(s);
  if (!m) return null;
  const first = m[1] !== undefined ? Number(m[1]) : ctx;
  if (first === undefined) return UNREADABLE;
  const last = m[2] !== undefined ? Number(m[2]) : first;
  return rangeOf(monthStart(first, 1), monthEnd(last, 12));
}

function halfYearWindow(s: string, ctx: number | undefined): TimeWindow | null {
  const m = /^(?:6 thang|nua) (dau|cuoi)(?: nam)?(?: (\d{4}))?$/.exec(s);
  if (!m) return null;
  const y = m[2] !== undefined ? Number(m[2]) : ctx;
  if (y === undefined) return UNREADABLE;
  return m[1] === 'dau' ? rangeOf(monthStart(y, 1), monthEnd(y, 6)) : rangeOf(monthStart(y, 7), monthEnd(y, 12));
}

const QUARTER = '(iv|i{1,3}|[1-4])';
const QUARTER_RE = new RegExp(`^(?:quy|q)\\.? ?${QUARTER}(?:-(?:quy |q)?${QUARTER})?(?:(?:/| nam | )(\\d{4}))?$`);
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function quarterWindow(s: string, ctx: number | undefined): TimeWindow | null {
  const m = QUARTER_RE.exec(s);
  if (!m) return null;
  const y = m[3] !== undefined ? Number(m[3]) : ctx;
  if (y === undefined) return UNREADABLE;
  const q1 = quarterNumber(m[1]);
  const q2 = m[2] !== undefined ? quarterNumber(m[2]) : q1;
  return rangeOf(monthStart(y, q1 * 3 - 2), monthEnd(y, q2 * 3));
}

function quarterNumber(text: string | undefined): number {
  return ROMAN[text ?? ''] ?? Number(text);
}

/** "Trước ngày 15/10/2026" → deadline 15/10 (the usual administrative reading); "Trước tháng 10/2026" → 30/09. */
function deadlineWindow(s: string, ctx: number | undefined): TimeWindow | null {
  const m = /^(truoc|cham nhat|khong muon hon|han chot|han)(?: la)?:? (.+)$/.exec(s);
  if (!m || m[2] === undefined) return null;
  const point = readPoint(m[2]);
  if (!point || point.unit === 'bare') return UNREADABLE;
  const y = point.y ?? ctx;
  if (y === undefined || point.m === undefined) return UNREADABLE;
  let end: IsoDate | null;
  if (point.unit === 'day') end = dayOf(y, point.m, point.d);
  else if (m[1] === 'truoc') end = shift(monthStart(y, point.m), -1);
  else end = monthEnd(y, point.m);
  return end === null ? UNREADABLE : { kind: 'deadline', start: null, end };
}

/** A month or date, or a range of them: "tháng 4-5/2026", "01/6/2026 - 30/9/2026", "từ … đến …". */
function spanWindow(s: string, ctx: number | undefined): TimeWindow | null {
  const parts = s.replace(/^tu /, '').split(/-| den /);
  if (parts.length > 2) return null;
  const first = readPoint(parts[0] ?? '');
  const second = parts[1] === undefined ? first : readPoint(parts[1]);
  if (!first || !second) return null;
  if (first.unit === 'bare' && second.unit === 'bare') return null;
  const left = first.unit === 'bare' ? asUnit(first, second.unit) : first;
  const right = second.unit === 'bare' ? asUnit(second, first.unit) : second;
  // The year (and a day's month) written once at the end applies to both ends.
  const endYear = right.y ?? ctx;
  const endMonth = right.m;
  if (endYear === undefined || endMonth === undefined) return UNREADABLE;
  const startYear = left.y ?? endYear;
  const startMonth = left.m ?? endMonth;
  const start = left.unit === 'month' ? monthStart(startYear, startMonth) : dayOf(startYear, startMonth, left.d);
  const end = right.unit === 'month' ? monthEnd(endYear, endMonth) : dayOf(endYear, endMonth, right.d);
  return rangeOf(start, end);
}

type Point = { unit: 'month' | 'day' | 'bare'; d?: number; m?: number; y?: number; n?: number };

/** A bare number ("4" in "4-5/2026") is a month or a day like the other end of the range. */
function asUnit(bare: Point, unit: Point['unit']): Point {
  return unit === 'month' ? { unit, m: bare.n } : { unit, d: bare.n };
}

/** "tháng 4", "4/2026", "ngày 15/10/2026", "15/10", "5" (bare: takes the other end's unit). */
function readPoint(raw: string): Point | null {
  const prefix = /^(thang|ngay) ?/.exec(raw);
  const said = prefix ? (prefix[1] === 'thang' ? 'month' : 'day') : null;
  const body = prefix ? raw.slice(prefix[0].length) : raw;
  if (!/^\d{1,4}(?:[/.]\d{1,4}){0,2}$/.test(body)) return null;
  const texts = body.split(/[/.]/);
  const nums = texts.map(Number);
  const lastIsYear = (texts[texts.length - 1] ?? '').length === 4;
  if (texts.length === 3) {
    return lastIsYear && said !== 'month' ? { unit: 'day', d: nums[0], m: nums[1], y: nums[2] } : null;
  }
  if (texts.length === 2) {
    if (lastIsYear) return said === 'day' ? null : { unit: 'month', m: nums[0], y: nums[1] };
    return said === 'month' ? null : { unit: 'day', d: nums[0], m: nums[1] };
  }
  if (lastIsYear) return null;
  if (said === 'month') return { unit: 'month', m: nums[0] };
  return said === 'day' ? { unit: 'day', d: nums[0] } : { unit: 'bare', n: nums[0] };
}

function rangeOf(start: IsoDate | null, end: IsoDate | null): TimeWindow {
  if (start === null || end === null || start > end) return UNREADABLE;
  return { kind: 'range', start, end };
}

function validYear(y: number): boolean {
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
}

function monthStart(y: number, m: number): IsoDate | null {
  return dayOf(y, m, 1);
}

function monthEnd(y: number, m: number): IsoDate | null {
  if (!validYear(y) || !Number.isInteger(m) || m < 1 || m > 12) return null;
  return isoFromParts(y, m, daysInMonth(y, m));
}

function dayOf(y: number, m: number, d: number | undefined): IsoDate | null {
  if (!validYear(y) || d === undefined) return null;
  const iso = isoFromParts(y, m, d);
  return isIsoDate(iso) ? iso : null;
}

function shift(iso: IsoDate | null, days: number): IsoDate | null {
  return iso === null ? null : addDays(iso, days);
}
