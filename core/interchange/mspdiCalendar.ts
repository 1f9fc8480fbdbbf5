/**
 * The project calendar of an MSPDI file: the work week (DayType 1 = Sunday …
 * 7 = Saturday) and its exceptions, both as MS Project 2007+ writes them
 * (Exceptions) and as 2003 did (WeekDay DayType 0 with a TimePeriod). A
 * non-working exception on a working weekday is a holiday; a working one on
 * a day off is a make-up working day.
 */
import { addDays, isoWeekday, toEpochDay, type IsoDate } from '../dates';
import { MAX_NAME_LENGTH, type CalendarException, type CalendarSpec } from '../model';
import { cleanText } from './imported';
import { dayOf } from './msTime';
import { children, child, textOf, type XmlNode } from './xmlTree';

/** A range longer than this (a decade) is not a list of holidays. */
const MAX_EXCEPTION_DAYS = 3_660;

export function readMspdiCalendar(project: XmlNode, problems: string[]): CalendarSpec {
  const calendars = children(child(project, 'Calendars'), 'Calendar');
  const byUid = new Map(calendars.map((c) => [textOf(c, 'UID'), c]));
  let calendar = byUid.get(textOf(project, 'CalendarUID')) ?? calendars.find((c) => textOf(c, 'IsBaseCalendar') === '1') ?? calendars[0];
  const base = calendar && byUid.get(textOf(calendar, 'BaseCalendarUID'));
  const weekDays = children(child(calendar, 'WeekDays'), 'WeekDay');
  const week = new Set([1, 2, 3, 4, 5]);
  const source = weekDays.some((d) => /^[1-7]$/.test(textOf(d, 'DayType'))) ? weekDays : children(child(base, 'WeekDays'), 'WeekDay');
  for (const day of source) {
    const msDay = Number(textOf(day, 'DayType'));
    if (!(msDay >= 1 && msDay <= 7)) continue;
    const iso = msDay === 1 ? 7 : msDay - 1;
    if (textOf(day, 'DayWorking') === '1') week.add(iso);
    else week.delete(iso);
  }
  const holidays = new Map<IsoDate, CalendarException>();
  const workdays = new Map<IsoDate, CalendarException>();
  const add = (from: IsoDate, to: IsoDate, working: boolean, rawName: string) => {
    const name = cleanText(rawName, MAX_NAME_LENGTH, 'Tên ngày nghỉ', problems);
    if (toEpochDay(to) - toEpochDay(from) > MAX_EXCEPTION_DAYS) {
      problems.push(`Ngoại lệ lịch từ ${from} đến ${to} quá dài nên không được mang sang.`);
      return;
    }
    for (let d = from; d <= to; d = addDays(d, 1)) {
      const usuallyWorking = week.has(isoWeekday(toEpochDay(d)));
      if (working && !usuallyWorking) workdays.set(d, { date: d, name });
      if (!working && usuallyWorking) holidays.set(d, { date: d, name });
    }
  };
  for (const calendarNode of [base, calendar]) {
    for (const day of children(child(calendarNode, 'WeekDays'), 'WeekDay')) {
      if (textOf(day, 'DayType') !== '0') continue;
      const range = periodOf(child(day, 'TimePeriod'));
      if (range) add(range.from, range.to, textOf(day, 'DayWorking') === '1', '');
    }
    for (const x of children(child(calendarNode, 'Exceptions'), 'Exception')) {
      const type = textOf(x, 'Type');
      const range = periodOf(child(x, 'TimePeriod'));
      if (!range) continue;
      if (type !== '' && type !== '1') {
        problems.push(`Ngoại lệ lịch lặp lại “${textOf(x, 'Name')}” không được mang sang (chỉ mang các ngày cụ thể).`);
        continue;
      }
      add(range.from, range.to, textOf(x, 'DayWorking') === '1', textOf(x, 'Name'));
    }
  }
  const byDate = (a: CalendarException, b: CalendarException) => a.date.localeCompare(b.date);
  return { workWeek: [...week].sort(), holidays: [...holidays.values()].sort(byDate), workdays: [...workdays.values()].sort(byDate) };
}

function periodOf(node: XmlNode | undefined): { from: IsoDate; to: IsoDate } | null {
  const from = dayOf(textOf(node, 'FromDate'));
  const to = dayOf(textOf(node, 'ToDate'));
  return from !== null && to !== null && from <= to ? { from, to } : null;
}
