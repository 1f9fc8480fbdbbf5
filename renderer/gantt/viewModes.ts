/**
 * The chart's three time scales and their header texts, Vietnamese first.
 *
 * Every scale counts whole days (step 1 or 7 days), so a date's position is
 * `days since the chart start × px per day` — the same formula frappe-gantt
 * uses for bars, and the one the overlays use. frappe's own Month scale
 * (step '1m') places bars at `months + day/31` but sizes them at `days/30`,
 * so bars and gridlines drift by up to two days; our Month view is a
 * day-step scale with narrow columns instead, exact to the day.
 *
 * Month names are written by hand: Intl's 'vi' gives "tháng 4", not the
 * "Tháng 4/2026" used in Vietnamese plans.
 */
import type { FrappeViewMode } from 'frappe-gantt';
import { addDays, fromEpochDay, isoFromParts, isoWeekday, toEpochDay, type IsoDate } from '../../core/dates';

export type GanttViewMode = 'Day' | 'Week' | 'Month';
export type GanttLanguage = 'vi' | 'en';

export const GANTT_VIEW_MODES: readonly GanttViewMode[] = ['Day', 'Week', 'Month'];

export interface ViewScale {
  /** Days per column. */
  stepDays: 1 | 7;
  columnWidth: number;
}

export const VIEW_SCALES: Readonly<Record<GanttViewMode, ViewScale>> = {
  Day: { stepDays: 1, columnWidth: 30 },
  Week: { stepDays: 7, columnWidth: 91 },
  // 3 px a day: a nine-month plan (Apr–Dec) fits beside the table on a 1440 px screen.
  Month: { stepDays: 1, columnWidth: 3 },
};

/** The next scale in or out (Ctrl+wheel): Tháng → Tuần → Ngày; null at either end. */
export function zoomedMode(mode: GanttViewMode, direction: 'in' | 'out'): GanttViewMode | null {
  const index = GANTT_VIEW_MODES.indexOf(mode) + (direction === 'in' ? -1 : 1);
  return GANTT_VIEW_MODES[index] ?? null;
}

export function pxPerDay(mode: GanttViewMode): number {
  const scale = VIEW_SCALES[mode];
  return scale.columnWidth / scale.stepDays;
}

/** Texts the chart writes itself (everything else comes from the app's messages). */
export const CHART_TEXT = {
  vi: { statusDate: 'Ngày cập nhật', deadline: 'Hạn chót', today: 'Hôm nay', week: 'Tuần', window: 'Khung thời gian', progress: 'Hoàn thành', critical: 'Công việc găng', late: 'Trễ so với khung thời gian', lateStatus: 'Trễ so với kế hoạch đến ngày cập nhật', milestone: 'Mốc', effort: 'Theo tiến độ thực hiện', manual: 'Lập lịch thủ công', start: 'Bắt đầu', finish: 'Kết thúc', baseline: 'Kế hoạch gốc' },
  en: { statusDate: 'Status date', deadline: 'Deadline', today: 'Today', week: 'Week', window: 'Plan window', progress: 'Complete', critical: 'Critical task', late: 'Late against its window', lateStatus: 'Late against the plan as of the status date', milestone: 'Milestone', effort: 'Level of effort', manual: 'Manually scheduled', start: 'Start', finish: 'Finish', baseline: 'Baseline' },
} as const satisfies Record<GanttLanguage, Record<string, string>>;

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

/** "Tháng 4/2026" / "April 2026". `month` is 1-based. */
export function monthLabel(year: number, month: number, lang: GanttLanguage): string {
  return lang === 'vi' ? `Tháng ${month}/${year}` : `${EN_MONTHS[month - 1]} ${year}`;
}

/** "Quý II/2026" / "Q2 2026". `quarter` is 1-based. */
export function quarterLabel(year: number, quarter: number, lang: GanttLanguage): string {
  return lang === 'vi' ? `Quý ${ROMAN_QUARTERS[quarter - 1]}/${year}` : `Q${quarter} ${year}`;
}

function parts(iso: IsoDate): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

const pad2 = (n: number) => String(n).padStart(2, '0');

const VI_WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'];
const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A day column's tooltip: "Thứ Hai, 06/04/2026" / "Monday, 6 Apr 2026". */
export function dayTitle(iso: IsoDate, lang: GanttLanguage): string {
  const weekday = isoWeekday(toEpochDay(iso)) - 1;
  return `${(lang === 'vi' ? VI_WEEKDAYS : EN_WEEKDAYS)[weekday]}, ${formatChartDate(iso, lang)}`;
}

/** A date for tooltips: "06/04/2026" / "6 Apr 2026". */
export function formatChartDate(iso: IsoDate, lang: GanttLanguage): string {
  const [y, m, d] = parts(iso);
  return lang === 'vi' ? `${pad2(d)}/${pad2(m)}/${y}` : `${d} ${EN_MONTHS_SHORT[m - 1]} ${y}`;
}

/** The week starting on `monday`: "06/04–12/04" / "Apr 6–12", "30/03–05/04" / "Mar 30–Apr 5". */
export function weekRangeLabel(monday: IsoDate, lang: GanttLanguage): string {
  const [, m1, d1] = parts(monday);
  const [, m2, d2] = parts(addDays(monday, 6));
  if (lang === 'vi') return `${pad2(d1)}/${pad2(m1)}–${pad2(d2)}/${pad2(m2)}`;
  return m1 === m2 ? `${EN_MONTHS_SHORT[m1 - 1]} ${d1}–${d2}` : `${EN_MONTHS_SHORT[m1 - 1]} ${d1}–${EN_MONTHS_SHORT[m2 - 1]} ${d2}`;
}

/** ISO 8601 week number and its year (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(iso: IsoDate): { year: number; week: number } {
  const day = toEpochDay(iso);
  const thursday = day - isoWeekday(day) + 4;
  const year = Number(fromEpochDay(thursday).slice(0, 4));
  const week = Math.floor((thursday - toEpochDay(isoFromParts(year, 1, 1))) / 7) + 1;
  return { year, week };
}

/** Tooltip of a week column: "Tuần 15: 06/04/2026 – 12/04/2026". */
export function weekTitle(monday: IsoDate, lang: GanttLanguage): string {
  const { week } = isoWeek(monday);
  return `${CHART_TEXT[lang].week} ${week}: ${formatChartDate(monday, lang)} – ${formatChartDate(addDays(monday, 6), lang)}`;
}

/** Monday on or before `iso`. */
export function mondayOf(iso: IsoDate): IsoDate {
  return addDays(iso, 1 - isoWeekday(toEpochDay(iso)));
}

/** First and last column start of the chart for a range: the Week view starts on a Monday. */
export function chartColumns(mode: GanttViewMode, rangeStart: IsoDate, rangeEnd: IsoDate): { first: IsoDate; last: IsoDate } {
  if (mode === 'Week') return { first: mondayOf(rangeStart), last: mondayOf(rangeEnd) };
  return { first: rangeStart, last: rangeEnd };
}

/** A frappe column date (a local midnight) → 'YYYY-MM-DD' with local getters (never toISOString). */
export function isoOfLocal(date: Date): IsoDate {
  return isoFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** 'YYYY-MM-DD' → the local midnight frappe-gantt works with. */
export function localOfIso(iso: IsoDate): Date {
  const [y, m, d] = parts(iso);
  return new Date(y, m - 1, d);
}

const asLang = (language: string): GanttLanguage => (language === 'en' ? 'en' : 'vi');
const sameMonth = (a: Date, b: Date) => a.getMonth() === b.getMonth() && a.getFullYear() === b.getFullYear();
/** The month a week column is labelled with: the one whose 1st it contains, or its Monday's (a local date). */
export function weekMonth(monday: Date): Date {
  const sunday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6);
  return sameMonth(monday, sunday) || monday.getDate() === 1 ? monday : new Date(sunday.getFullYear(), sunday.getMonth(), 1);
}
const quarterOf = (d: Date) => Math.floor(d.getMonth() / 3);

/**
 * frappe-gantt view modes. frappe calls the text functions with the column's
 * date, the previous column's (null for the first) and options.language.
 */
export function buildViewModes(): Record<GanttViewMode, FrappeViewMode> {
  return {
    Day: {
      name: 'Day',
      step: '1d',
      column_width: VIEW_SCALES.Day.columnWidth,
      date_format: 'YYYY-MM-DD',
      lower_text: (d) => String(d.getDate()),
      upper_text: (d, prev, lang) => (!prev || !sameMonth(d, prev) ? monthLabel(d.getFullYear(), d.getMonth() + 1, asLang(lang)) : ''),
      thick_line: (d) => d.getDay() === 1,
    },
    Week: {
      name: 'Week',
      step: '7d',
      column_width: VIEW_SCALES.Week.columnWidth,
      date_format: 'YYYY-MM-DD',
      lower_text: (d, _prev, lang) => weekRangeLabel(isoOfLocal(d), asLang(lang)),
      upper_text: (d, prev, lang) => {
        const month = weekMonth(d);
        if (prev && sameMonth(month, weekMonth(prev))) return '';
        return monthLabel(month.getFullYear(), month.getMonth() + 1, asLang(lang));
      },
      // The week holding a month's first day.
      thick_line: (d) => !sameMonth(d, new Date(d.getFullYear(), d.getMonth(), d.getDate() + 6)) || d.getDate() === 1,
    },
    Month: {
      name: 'Month',
      step: '1d',
      column_width: VIEW_SCALES.Month.columnWidth,
      date_format: 'YYYY-MM-DD',
      lower_text: (d, prev, lang) => (!prev || !sameMonth(d, prev) ? monthLabel(d.getFullYear(), d.getMonth() + 1, asLang(lang)) : ''),
      upper_text: (d, prev, lang) =>
        !prev || quarterOf(d) !== quarterOf(prev) || d.getFullYear() !== prev.getFullYear()
          ? quarterLabel(d.getFullYear(), quarterOf(d) + 1, asLang(lang))
          : '',
      thick_line: (d) => d.getDate() === 1,
    },
  };
}
