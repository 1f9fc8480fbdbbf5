export { CalendarDialog, type CalendarDialogProps } from './CalendarDialog';
export { workingDaysByMonth, type MonthCount } from './monthSummary';
