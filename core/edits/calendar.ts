/** Working-calendar and plan-date commands. */
import { formatViDate } from '../dates';
import { MAX_NAME_LENGTH, type CalendarException, type Plan } from '../model';
import type { EditOf } from './schema';
import { checkDate, checkLength, checkOptionalDate, refuse } from './validate';

const byDate = (a: CalendarException, b: CalendarException) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** Adds a day off or a make-up working day; a date already listed is replaced (one entry per date). */
export function addCalendarException(plan: Plan, edit: EditOf<'addCalendarException'>): Plan {
  const date = checkDate(edit.date, 'date', 'date');
  const entry = { date, name: checkLength(edit.name.trim(), MAX_NAME_LENGTH, 'name', 'dayName') };
  const holidays = plan.calendar.holidays.filter((e) => e.date !== date);
  const workdays = plan.calendar.workdays.filter((e) => e.date !== date);
  if (edit.kind === 'holiday') holidays.push(entry);
  else workdays.push(entry);
  return { ...plan, calendar: { ...plan.calendar, holidays: holidays.sort(byDate), workdays: workdays.sort(byDate) } };
}

export function removeCalendarException(plan: Plan, edit: EditOf<'removeCalendarException'>): Plan {
  const date = checkDate(edit.date, 'date', 'date');
  const { holidays, workdays } = plan.calendar;
  if (!holidays.some((e) => e.date === date) && !workdays.some((e) => e.date === date)) {
    refuse('date', 'not-found', { reason: 'calendar-day', date });
  }
  return {
    ...plan,
    calendar: {
      ...plan.calendar,
      holidays: holidays.filter((e) => e.date !== date),
      workdays: workdays.filter((e) => e.date !== date),
    },
  };
}

export function setWorkWeek(plan: Plan, edit: EditOf<'setWorkWeek'>): Plan {
  if (edit.days.some((d) => !(Number.isInteger(d) && d >= 1 && d <= 7))) {
    refuse('days', 'invalid-edit', { reason: 'weekday-range' });
  }
  const days = [...new Set(edit.days)].sort((a, b) => a - b);
  if (days.length === 0) refuse('days', 'invalid-edit', { reason: 'empty-work-week' });
  return { ...plan, calendar: { ...plan.calendar, workWeek: days } };
}

export function setStatusDate(plan: Plan, edit: EditOf<'setStatusDate'>): Plan {
  const statusDate = checkOptionalDate(edit.date, 'statusDate', 'statusDate');
  return { ...plan, info: { ...plan.info, statusDate } };
}

export function setPlanDates(plan: Plan, edit: EditOf<'setPlanDates'>): Plan {
  const startDate = edit.startDate === undefined ? plan.info.startDate : checkDate(edit.startDate, 'startDate', 'planStart');
  const endDate = edit.endDate === undefined ? plan.info.endDate : checkDate(edit.endDate, 'endDate', 'planEnd');
  if (endDate < startDate) refuse(edit.endDate !== undefined ? 'endDate' : 'startDate', 'invalid-edit', { reason: 'finish-before-start' });
  return { ...plan, info: { ...plan.info, startDate, endDate } };
}
