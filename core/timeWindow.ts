/**
 * Reads the "Thời gian thực hiện" column of a plan: Vietnamese expressions
 * such as "Tháng 4-5/2026", "Quý III/2026", "Trước ngày 15/10/2026",
 * "Tháng 6 và tháng 9/2026" or "Giai đoạn 2026-2030" become a window
 * (start = "start no earlier than", end = deadline). Callers keep the
 * original text; anything not understood is 'unreadable', never thrown.
 *
 * Grammar (after folding case, diacritics and spaces):
 *   recurring words | deadline word + period | "từ" period | list of items,
 *   where an item is a period or "period - period" / "period đến period",
 *   a list is items joined by "và", ",", ";" (each may start "Đợt 1:"), and a
 *   period is a day, week of a month, month, quarter, first/last months of a
 *   year, or a year. A year (or a day's month) written once at the end
 *   applies to the periods before it. A list becomes one window from the
 *   first period's start to the last one's end.
 */
import { addDays, daysInMonth, formatViDate, isIsoDate, isoFromParts, type IsoDate } from './dates';
import { foldVietnamese } from './text';

export type Recurrence = 'continuous' | 'monthly' | 'quarterly' | 'yearly';

export type TimeWindow =
  | { kind: 'range'; start: IsoDate; end: IsoDate }
  /** "Từ tháng 4/2026": a start and no deadline (open-ended). */
  | { kind: 'from'; start: IsoDate; end: null }
  | { kind: 'deadline'; start: null; end: IsoDate }
  /** "Theo tiến độ thực hiện": no window of its own, follows the work it depends on. */
  | { kind: 'follows'; start: null; end: null }
  /** "Thường xuyên" (continuous), "Hằng tháng", "Hằng quý", "Hằng năm": level-of-effort work. */
  | { kind: 'recurring'; start: null; end: null; every: Recurrence }
  | { kind: 'unreadable'; start: null; end: null };

export type TimeWindowContext = { year?: number };

const UNREADABLE: TimeWindow = { kind: 'unreadable', start: null, end: null };
// Years outside this range are almost certainly typos in a planning document.
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;
const MAX_TEXT = 300;
const MAX_LIST_ITEMS = 24;

export function parseTimeWindow(text: string, context?: TimeWindowContext): TimeWindow {
  try {
    if (typeof text !== 'string' || text.length > MAX_TEXT) return UNREADABLE;
    const year = context?.year;
    return readWindow(canonical(text), typeof year === 'number' && validYear(year) ? year : undefined);
  } catch {
    return UNREADABLE; // a parser bug must not lose the user's row
  }
}

const RECURRENCE_TEXT: Record<Recurrence, { vi: string; en: string }> = {
  continuous: { vi: 'Thường xuyên', en: 'Continuous' },
  monthly: { vi: 'Hằng tháng', en: 'Monthly' },
  quarterly: { vi: 'Hằng quý', en: 'Quarterly' },
  yearly: { vi: 'Hằng năm', en: 'Yearly' },
};

/** Human-readable window, e.g. "01/04/2026 – 31/05/2026". */
export function describeWindow(w: TimeWindow, lang: 'vi' | 'en'): string {
  const vi = lang === 'vi';
  switch (w.kind) {
    case 'range':
      return w.start === w.end ? formatViDate(w.start) : `${formatViDate(w.start)} – ${formatViDate(w.end)}`;
    case 'from':
      return `${vi ? 'Từ' : 'From'} ${formatViDate(w.start)} (${vi ? 'không có hạn chót' : 'no deadline'})`;
    case 'deadline':
      return `${vi ? 'Hạn chót' : 'Deadline'} ${formatViDate(w.end)}`;
    case 'follows':
      return vi ? 'Theo tiến độ thực hiện' : 'Follows the work it depends on';
    case 'recurring':
      return RECURRENCE_TEXT[w.every][lang];
    case 'unreadable':
      return vi ? 'Không đọc được' : 'Unreadable';
  }
}

/** Fold case/diacritics and spacing so that each form has one spelling. */
function canonical(text: string): string {
  return foldVietnamese(text.replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/gu, '-'))
    .replace(/ ?([-/]) ?/g, '$1')
    .replace(/\b(\d{1,2}|iv|i{1,3}) nam (\d{4})/g, '$1/$2') // "tháng 4 năm 2026", "quý III năm 2026"
    .replace(/(?<!tuan |thu )\b(\d{1,2}) thang (\d{1,2})\//g, '$1/$2/') // "ngày 15 tháng 10/2026", not "tuần thứ 2 tháng 7"
    .replace(/^(?:hoan thanh |trong )+/, '')
    .replace(/[.,;:]+$/, '');
}

const RECURRING: [RegExp, Recurrence][] = [
  [/^thuong xuyen\b/, 'continuous'],
  [/^(?:dinh ky )?hang thang$/, 'monthly'],
  [/^(?:dinh ky )?hang quy$/, 'quarterly'],
  [/^(?:dinh ky )?hang nam$/, 'yearly'],
];
const DEADLINE_RE = /^(truoc|cham nhat|khong muon hon|han chot|han|den)(?: la)?:? (.+)$/;

function readWindow(s: string, ctx: number | undefined): TimeWindow {
  if (s === '') return UNREADABLE;
  if (/^theo tien do\b/.test(s)) return { kind: 'follows', start: null, end: null };
  for (const [re, every] of RECURRING) if (re.test(s)) return { kind: 'recurring', start: null, end: null, every };
  const deadline = DEADLINE_RE.exec(s);
  if (deadline) return deadlineWindow(deadline[1]!, deadline[2]!, ctx);
  const from = /^tu (.+)$/.exec(s);
  if (from && !/-| den /.test(from[1]!)) {
    const [span] = readSpans([[from[1]!]], ctx) ?? [];
    return span ? { kind: 'from', start: span.start, end: null } : UNREADABLE;
  }
  const body = s.replace(/^(?:giai doan|thoi ky|tu) /, '');
  const items = body.split(/ ?(?:;|,|\bva\b|&) ?/).map((item) => item.replace(/^(?:dot|lan|giai doan) \d{1,2} ?:? ?/, '').replace(/^tu /, ''));
  if (items.length > MAX_LIST_ITEMS) return UNREADABLE;
  const spans = readSpans(items.map((item) => item.split(/-| den /)), ctx);
  if (spans === null) return UNREADABLE;
  return rangeOf(spans[0]!.start, spans[spans.length - 1]!.end);
}

/** "Trước ngày 15/10/2026" → 15/10 (the usual administrative reading); "Trước tháng 10/2026" → 30/09; "Chậm nhất tháng 10" → 31/10. */
function deadlineWindow(word: string, body: string, ctx: number | undefined): TimeWindow {
  const points = readPoints([[body]]);
  const point = points?.[0];
  if (!point || point.unit === 'bare') return UNREADABLE;
  const [span] = readSpans([[body]], ctx) ?? [];
  if (!span) return UNREADABLE;
  const end = point.unit === 'day' ? span.end : word === 'truoc' ? addDays(span.start, -1) : span.end;
  return validYear(Number(end.slice(0, 4))) ? { kind: 'deadline', start: null, end } : UNREADABLE;
}

type Unit = 'day' | 'week' | 'month' | 'quarter' | 'months' | 'year' | 'bare';
type Point = { unit: Unit; d?: number; m?: number; y?: number; n?: number; fromEnd?: boolean };
type Span = { start: IsoDate; end: IsoDate };

/**
 * Each item (one point, or two for a range) as dates: a missing year comes
 * from the next point that has one (else the context year), a day's missing
 * month likewise, and a bare number takes the unit of its neighbour.
 */
function readSpans(items: string[][], ctx: number | undefined): Span[] | null {
  const points = readPoints(items);
  if (points === null) return null;
  const flat = points;
  let year = ctx;
  let month: number | undefined;
  for (let i = flat.length - 1; i >= 0; i--) {
    const p = flat[i]!;
    if (p.unit === 'bare') {
      const neighbour = flat.slice(i + 1).find((q) => q.unit !== 'bare') ?? flat.slice(0, i).reverse().find((q) => q.unit !== 'bare');
      if (!neighbour) return null;
      Object.assign(p, neighbour.unit === 'day' ? { unit: 'day', d: p.n } : neighbour.unit === 'quarter' ? { unit: 'quarter', n: p.n } : { unit: 'month', m: p.n });
    }
    if (p.unit === 'day' && p.m === undefined) p.m = month;
    if (p.y === undefined) p.y = year;
    year = p.y;
    month = p.m;
  }
  const spans: Span[] = [];
  let at = 0;
  for (const item of items) {
    const first = periodOf(flat[at]!);
    const last = periodOf(flat[at + item.length - 1]!);
    at += item.length;
    if (first === null || last === null || first.start > last.end) return null;
    if (spans.length > 0 && spans[spans.length - 1]!.start > first.start) return null; // a list goes forward in time
    spans.push({ start: first.start, end: last.end });
  }
  return spans.length === 0 ? null : spans;
}

function readPoints(items: string[][]): Point[] | null {
  const points: Point[] = [];
  for (const item of items) {
    if (item.length === 0 || item.length > 2) return null;
    for (const raw of item) {
      const point = readPoint(raw.trim());
      if (point === null) return null;
      points.push(point);
    }
    if (item.length === 2 && points[points.length - 1]!.unit === 'bare' && points[points.length - 2]!.unit === 'bare') return null;
  }
  return points;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** "tháng 4", "4/2026", "ngày 15/10/2026", "15/10", "quý III", "06 tháng đầu năm", "tuần đầu tháng 7", "năm 2026", "2026", "5" (bare). */
function readPoint(raw: string): Point | null {
  let m = /^(?:quy|q)\.? ?(iv|i{1,3}|[1-4])(?:\/(\d{4}))?$/.exec(raw) ?? /^(iv|i{1,3})(?:\/(\d{4}))?$/.exec(raw);
  if (m) return { unit: 'quarter', n: ROMAN[m[1]!] ?? Number(m[1]), y: year(m[2]) };
  m = /^(?:(\d{1,2}) thang|nua) (dau|cuoi)(?: nam)?(?:[ /](\d{4}))?$/.exec(raw);
  if (m) return { unit: 'months', n: m[1] === undefined ? 6 : Number(m[1]), fromEnd: m[2] === 'cuoi', y: year(m[3]) };
  m = /^(?:ca )?nam(?: (\d{4}))?$/.exec(raw) ?? /^(\d{4})$/.exec(raw);
  if (m) return { unit: 'year', y: year(m[1]) };
  m = /^tuan (dau|cuoi|thu \d|\d) (?:cua )?(thang .+)$/.exec(raw);
  if (m) {
    const month = readPoint(m[2]!);
    if (month?.unit !== 'month') return null;
    const which = m[1]!;
    return { ...month, unit: 'week', n: which === 'dau' ? 1 : which === 'cuoi' ? 0 : Number(which.replace('thu ', '')) };
  }
  return readDayOrMonth(raw);
}

function readDayOrMonth(raw: string): Point | null {
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

function year(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

/** The first and last day a point covers, or null when it is not a real date. */
function periodOf(p: Point): Span | null {
  const y = p.y;
  if (y === undefined || !validYear(y)) return null;
  const n = p.n ?? 0;
  switch (p.unit) {
    case 'day': {
      const day = dayOf(y, p.m, p.d);
      return day === null ? null : spanOf(day, day);
    }
    case 'month':
      return spanOf(monthStart(y, p.m), monthEnd(y, p.m));
    case 'week': {
      const last = p.m !== undefined && p.m >= 1 && p.m <= 12 ? daysInMonth(y, p.m) : 0;
      if (n > 5 || last === 0) return null;
      const first = n === 0 ? last - 6 : n * 7 - 6;
      return spanOf(dayOf(y, p.m, first), dayOf(y, p.m, Math.min(last, first + 6)));
    }
    case 'quarter':
      return n >= 1 && n <= 4 ? spanOf(monthStart(y, n * 3 - 2), monthEnd(y, n * 3)) : null;
    case 'months':
      if (n < 1 || n > 12) return null;
      return p.fromEnd ? spanOf(monthStart(y, 13 - n), monthEnd(y, 12)) : spanOf(monthStart(y, 1), monthEnd(y, n));
    case 'year':
      return spanOf(monthStart(y, 1), monthEnd(y, 12));
    case 'bare':
      return null;
  }
}

function spanOf(start: IsoDate | null, end: IsoDate | null): Span | null {
  return start === null || end === null ? null : { start, end };
}

function rangeOf(start: IsoDate, end: IsoDate): TimeWindow {
  return start > end ? UNREADABLE : { kind: 'range', start, end };
}

function validYear(y: number): boolean {
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
}

function monthStart(y: number, m: number | undefined): IsoDate | null {
  return dayOf(y, m, 1);
}

function monthEnd(y: number, m: number | undefined): IsoDate | null {
  if (!validYear(y) || m === undefined || !Number.isInteger(m) || m < 1 || m > 12) return null;
  return isoFromParts(y, m, daysInMonth(y, m));
}

function dayOf(y: number, m: number | undefined, d: number | undefined): IsoDate | null {
  if (!validYear(y) || m === undefined || d === undefined) return null;
  const iso = isoFromParts(y, m, d);
  return isIsoDate(iso) ? iso : null;
}
