/** The scheduling engine's public API. */
export * from './types';
export { schedule } from './engine';
export { dateOfNearest, describeTask } from './describe';
export { calendarOf, planTaskViews, schedulePlan, viewOfPlanTask, type PlanSchedule } from './fromPlan';
export {
  createWorkCalendar,
  daysFromCivil,
  parseEpochDay,
  CALENDAR_FIRST_DAY,
  CALENDAR_LAST_DAY,
  type WorkCalendar,
} from '../calendar';
