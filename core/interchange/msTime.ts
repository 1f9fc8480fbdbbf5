/**
 * Dates and durations as MSPDI writes them. Dates are calendar days: a start
 * is written at 08:00 and a finish at 17:00 of its day, and only the day is
 * read back (never shifted by a time zone). Durations are ISO 8601 working
 * time (PT40H0M0S) and link lags tenths of a minute, both turned into
 * working days with the project's minutes per day (8 h unless it says).
 */
import { isIsoDate, type IsoDate } from '../dates';

export const DEFAULT_MINUTES_PER_DAY = 480;
export const DAY_START = '08:00:00';
export const DAY_FINISH = '17:00:00';

export const startDateTime = (date: IsoDate) => `${date}T${DAY_START}`;
export const finishDateTime = (date: IsoDate) => `${date}T${DAY_FINISH}`;

/** The calendar day of "2026-04-01T08:00:00" (or of a bare date); null when it is not one. */
export function dayOf(text: string): IsoDate | null {
  const day = text.trim().slice(0, 10);
  return isIsoDate(day) ? day : null;
}

export function durationText(workingDays: number, minutesPerDay: number): string {
  const minutes = workingDays * minutesPerDay;
  return `PT${Math.floor(minutes / 60)}H${minutes % 60}M0S`;
}

/** Minutes of a duration "PT40H0M0S" / "P2DT4H" (days of 24 h as MS Project writes elapsed time); null when unreadable. */
export function durationMinutes(text: string): number | null {
  const m = /^-?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text.trim());
  if (!m || text.trim() === 'P' || text.trim() === 'PT') return null;
  const [, , months, days, hours, minutes, seconds] = m.map((v) => (v === undefined ? 0 : Number(v)));
  if ((months ?? 0) > 0) return null;
  return (days ?? 0) * 1440 + (hours ?? 0) * 60 + (minutes ?? 0) + (seconds ?? 0) / 60;
}
