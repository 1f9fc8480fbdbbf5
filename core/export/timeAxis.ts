/**
 * The time scale of an exported timeline: a date range fitted to the chart
 * width (px per day), header labels, grid lines and the days off.
 * Week scale: months over week start dates ("06/04"); month scale:
 * quarters over months. Labels that do not fit their column get a shorter
 * form ("Tháng 4/2026" → "T4/2026" → "T4") or none.
 */
import type { WorkCalendar } from '../calendar';
import { fromEpochDay, isoWeekday } from '../dates';
import { labelRow, type AxisLabel } from './axisLabels';
import { monthLabels, quarterLabels, type ExportLanguage } from './texts';

export type { AxisLabel } from './axisLabels';

export interface TimeAxis {
  /** Epoch days of the first and last day shown (inclusive). */
  startDay: number;
  endDay: number;
  pxPerDay: number;
  upper: AxisLabel[];
  lower: AxisLabel[];
  /** Font size of each header row (a little under the header size when that lets full labels fit). */
  upperFontSize: number;
  lowerFontSize: number;
  /** Vertical grid lines (strong at months in the week scale, at quarters in the month scale). */
  lines: { x: number; strong: boolean }[];
  /** Runs of days off, when shown. */
  nonWorking: { x: number; width: number }[];
}

export interface AxisInput {
  startDay: number;
  endDay: number;
  chartX: number;
  chartWidth: number;
  scale: 'week' | 'month';
  language: ExportLanguage;
  fontSize: number;
  calendar: WorkCalendar | null;
}

interface Period {
  first: number;
  /** First day after the period. */
  next: number;
  labels: string[];
}

function ymd(day: number): [number, number, number] {
  const iso = fromEpochDay(day);
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Consecutive periods covering start … end: months, quarters or weeks (Monday first). */
function periods(start: number, end: number, kind: 'month' | 'quarter' | 'week', lang: ExportLanguage): Period[] {
  const out: Period[] = [];
  let first = kind === 'week' ? start - (isoWeekday(start) - 1) : start;
  while (first <= end) {
    const [y, m, d] = ymd(first);
    let next: number;
    let labels: string[];
    if (kind === 'week') {
      next = first + 7;
      labels = [`${pad2(d)}/${pad2(m)}`, String(d)];
    } else if (kind === 'month') {
      next = first + daysToNextMonth(y, m, d);
      labels = monthLabels(y, m, lang);
    } else {
      const q = Math.floor((m - 1) / 3);
      const [ny, nm] = q === 3 ? [y + 1, 1] : [y, q * 3 + 4];
      next = Date.UTC(ny, nm - 1, 1) / 86_400_000;
      labels = quarterLabels(y, q + 1, lang);
    }
    out.push({ first, next, labels });
    first = next;
  }
  return out;
}

function daysToNextMonth(y: number, m: number, d: number): number {
  return (Date.UTC(y, m, 1) - Date.UTC(y, m - 1, d)) / 86_400_000;
}

export function buildTimeAxis(input: AxisInput): TimeAxis {
  const { startDay, endDay, chartX, chartWidth, fontSize, language } = input;
  const pxPerDay = chartWidth / (endDay - startDay + 1);
  const x = (day: number) => chartX + (day - startDay) * pxPerDay;
  const toLabels = (list: Period[], weight: 400 | 600) =>
    labelRow(
      list.map((p) => {
        const left = x(Math.max(p.first, startDay));
        return { labels: p.labels, x: left, width: x(Math.min(p.next, endDay + 1)) - left, whole: p.first >= startDay && p.next <= endDay + 1 };
      }),
      fontSize,
      weight,
    );

  const lowerKind = input.scale === 'week' ? 'week' : 'month';
  const upperKind = input.scale === 'week' ? 'month' : 'quarter';
  const lowerPeriods = periods(startDay, endDay, lowerKind, language);
  const upperPeriods = periods(startDay, endDay, upperKind, language);

  const upper = toLabels(upperPeriods, 600); // the upper row is bold
  const lower = toLabels(lowerPeriods, 400);

  // Grid lines at period starts inside the range; an upper boundary is strong.
  const strong = new Set(upperPeriods.map((p) => p.first));
  const lines = [...new Set([...lowerPeriods, ...upperPeriods].map((p) => p.first))]
    .filter((day) => day > startDay && day <= endDay)
    .sort((a, b) => a - b)
    .map((day) => ({ x: x(day), strong: strong.has(day) }));

  return {
    startDay,
    endDay,
    pxPerDay,
    upper: upper.labels,
    lower: lower.labels,
    upperFontSize: upper.fontSize,
    lowerFontSize: lower.fontSize,
    lines,
    nonWorking: input.calendar ? nonWorkingRuns(input.calendar, startDay, endDay, x) : [],
  };
}

function nonWorkingRuns(calendar: WorkCalendar, startDay: number, endDay: number, x: (day: number) => number) {
  const runs: { x: number; width: number }[] = [];
  let runStart = -1;
  for (let day = startDay; day <= endDay + 1; day++) {
    const off = day <= endDay && !calendar.isWorkingEpochDay(day);
    if (off && runStart < 0) runStart = day;
    if (!off && runStart >= 0) {
      runs.push({ x: x(runStart), width: x(day) - x(runStart) });
      runStart = -1;
    }
  }
  return runs;
}
