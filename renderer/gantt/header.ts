/**
 * What the chart adds to frappe-gantt's HTML header: month names placed on
 * their first day (Week view), tooltips and widths of the lower texts, days
 * off greyed (Day view), the "Hôm nay" label, and the month name kept at the
 * left edge while scrolling.
 */
import { isIsoDate, toEpochDay, type IsoDate } from '../../core/dates';
import type { TienDoGantt } from './frappeChart';
import { dayX, todayX, type ChartGeometry } from './overlays';
import { CHART_TEXT, dayTitle, isoOfLocal, isoWeek, localOfIso, weekMonth, weekRangeLabel, weekTitle, type GanttLanguage, type GanttViewMode } from './viewModes';

const DATE_CLASS = /(?:^|\s)date_(\d{4}-\d{2}-\d{2})(?:\s|$)/;

export function decorateHeader(chart: TienDoGantt, geo: ChartGeometry, mode: GanttViewMode, lang: GanttLanguage, rangeEnd: IsoDate, weekNumbers = false): void {
  if (mode === 'Week') {
    // frappe puts a month's name at the left of its first week; put it at the month's first day
    // (and drop the name of a month that starts after the range, in the last week's tail).
    const lastDay = toEpochDay(rangeEnd);
    for (const el of chart.upperTexts) {
      const column = chart.dates[Math.round((parseFloat(el.style.left) || 0) / chart.config.column_width)];
      if (!column) continue;
      const first = toEpochDay(isoOfLocal(weekMonth(column)));
      if (first > lastDay) el.remove();
      else el.style.left = `${Math.max(0, dayX(geo, first))}px`;
    }
  }
  const lastDay = geo.firstDay + geo.dayCount - 1;
  for (const el of chart.lowerTexts) {
    const iso = DATE_CLASS.exec(el.className)?.[1];
    if (!iso || !isIsoDate(iso)) continue;
    const day = toEpochDay(iso);
    if (mode === 'Day') {
      el.title = dayTitle(iso, lang);
    } else if (mode === 'Week') {
      el.title = weekTitle(iso, lang);
      if (weekNumbers) writeWeekNumber(el, iso, lang);
    } else {
      // A month's name spans the month.
      const date = localOfIso(iso);
      const monthEnd = toEpochDay(isoOfLocal(new Date(date.getFullYear(), date.getMonth() + 1, 0)));
      el.style.width = `${(Math.min(monthEnd, lastDay) - day + 1) * geo.pxPerDay}px`;
    }
  }
}

/** "Tuần 15" over "06/04–12/04" (two short lines: the pair is wider than a week's column). */
function writeWeekNumber(el: HTMLElement, monday: IsoDate, lang: GanttLanguage): void {
  const number = document.createElement('span');
  number.className = 'week-number';
  number.textContent = `${CHART_TEXT[lang].week} ${isoWeek(monday).week}`;
  const dates = document.createElement('span');
  dates.className = 'week-dates';
  dates.textContent = weekRangeLabel(monday, lang);
  el.replaceChildren(number, dates);
  el.classList.add('has-week-number');
}

/** Day view: days off in grey in the header too. */
export function markHeaderDays(chart: TienDoGantt, mode: GanttViewMode, isDayOff: (day: number) => boolean): void {
  if (mode !== 'Day') return;
  for (const el of chart.lowerTexts) {
    const iso = DATE_CLASS.exec(el.className)?.[1];
    if (iso && isIsoDate(iso)) el.classList.toggle('is-non-working', isDayOff(toEpochDay(iso)));
  }
}

export function drawTodayHeader(chart: TienDoGantt, geo: ChartGeometry, mode: GanttViewMode, today: IsoDate, lang: GanttLanguage): void {
  chart.$header.querySelector('.today-label')?.remove();
  for (const el of Array.from(chart.$header.querySelectorAll('.lower-text.is-today'))) el.classList.remove('is-today');
  const x = todayX(geo, today);
  if (x === null) return;
  const label = document.createElement('div');
  label.className = 'today-label';
  label.textContent = CHART_TEXT[lang].today;
  label.style.left = `${x}px`;
  chart.$header.appendChild(label);
  if (mode === 'Day') chart.$lower_header.querySelector(`.date_${today}`)?.classList.add('is-today');
}

/** Keeps the name of the month (quarter) at the left edge visible while scrolling, as frappe does. */
export class StickyMonth {
  private marks: { el: HTMLElement; left: number; width: number | null }[] = [];
  private current: HTMLElement | null = null;

  /** After a render: frappe's upper texts, where they start. */
  reset(chart: TienDoGantt): void {
    this.marks = chart.upperTexts.filter((el) => el.isConnected).map((el) => ({ el, left: parseFloat(el.style.left) || 0, width: null }));
    this.current = null;
  }

  update(scrollLeft: number): void {
    let current: HTMLElement | null = null;
    for (let i = 0; i < this.marks.length; i++) {
      const mark = this.marks[i]!;
      if (mark.left >= scrollLeft) break;
      mark.width ??= mark.el.offsetWidth;
      const next = this.marks[i + 1];
      current = next && next.left < scrollLeft + mark.width + 12 ? null : mark.el;
    }
    if (current === this.current) return;
    this.current?.classList.remove('current-upper');
    current?.classList.add('current-upper');
    this.current = current;
  }
}
