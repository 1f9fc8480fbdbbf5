/**
 * Calendar dates as `YYYY-MM-DD` strings and as epoch-day integers
 * (days since 1970-01-01). All arithmetic is done in UTC on whole days,
 * so no time zone can ever shift a date.
 */
export type IsoDate = string;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True when `text` is a real calendar date in `YYYY-MM-DD` form. */
export function isIsoDate(text: string): boolean {
  const m = ISO_RE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` → epoch day. Throws on a malformed date (callers validate first). */
export function toEpochDay(iso: IsoDate): number {
  const m = ISO_RE.exec(iso);
  if (!m || !isIsoDate(iso)) throw new RangeError(`Ngày không hợp lệ: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

export function fromEpochDay(day: number): IsoDate {
  const d = new Date(day * MS_PER_DAY);
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** ISO weekday of an epoch day: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(iso) + days);
}

/** `YYYY-MM-DD` → `dd/mm/yyyy`, the Vietnamese way of writing a date. */
export function formatViDate(iso: IsoDate): string {
  const m = ISO_RE.exec(iso);
  if (!m) return iso;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** `d/m/yyyy` or `dd/mm/yyyy` (also with `-` or `.`) → `YYYY-MM-DD`, or null when not a real date. */
export function parseViDate(text: string): IsoDate | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const iso = isoFromParts(Number(m[3]), Number(m[2]), Number(m[1]));
  return isIsoDate(iso) ? iso : null;
}

/** A JS Date's local calendar day as `YYYY-MM-DD` (for values coming from UI widgets). */
export function isoFromLocalDate(date: Date): IsoDate {
  return isoFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
}
