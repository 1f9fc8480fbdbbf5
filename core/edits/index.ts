/**
 * Plan edits, pure: applyEdit(plan, edit, ctx) returns a NEW plan (the input
 * is never mutated; unchanged parts are shared) or throws PlanError with a
 * Vietnamese message and details { field }. db/editing persists the result.
 */
import type { Plan } from '../model';
import { deleteBaseline, saveBaseline } from './baselines';
import { addCalendarException, removeCalendarException, setPlanDates, setStatusDate, setWorkWeek } from './calendar';
import { addLink, deleteLink, updateLink } from './links';
import type { EditContext, PlanEdit } from './schema';
import { updateProgress } from './progress';
import { setTaskDates } from './taskDates';
import { indentTasks, moveTasks, outdentTasks, placeTasks } from './outline';
import { addTask, deleteTasks, updateTask } from './tasks';
import { addUnit, mergeUnits, renameUnit } from './units';

export * from './schema';
export { describeEdit, type EditLanguage } from './describe';
export { editNotice } from './notice';

export interface EditOutcome {
  plan: Plan;
  /** The id of the task, link or unit the edit created, else null. */
  createdId: string | null;
}

export function applyEdit(plan: Plan, edit: PlanEdit, ctx: EditContext): Plan {
  return applyEditWithOutcome(plan, edit, ctx).plan;
}

export function applyEditWithOutcome(plan: Plan, edit: PlanEdit, ctx: EditContext): EditOutcome {
  const same = (next: Plan): EditOutcome => ({ plan: next, createdId: null });
  switch (edit.op) {
    case 'updateTask':
      return same(updateTask(plan, edit));
    case 'setTaskDates':
      return same(setTaskDates(plan, edit));
    case 'addTask':
      return addTask(plan, edit, ctx);
    case 'deleteTasks':
      return same(deleteTasks(plan, edit));
    case 'moveTasks':
      return same(moveTasks(plan, edit));
    case 'indentTasks':
      return same(indentTasks(plan, edit));
    case 'outdentTasks':
      return same(outdentTasks(plan, edit));
    case 'placeTasks':
      return same(placeTasks(plan, edit));
    case 'addLink':
      return addLink(plan, edit, ctx);
    case 'updateLink':
      return same(updateLink(plan, edit));
    case 'deleteLink':
      return same(deleteLink(plan, edit));
    case 'addUnit':
      return addUnit(plan, edit, ctx);
    case 'renameUnit':
      return same(renameUnit(plan, edit));
    case 'mergeUnits':
      return same(mergeUnits(plan, edit));
    case 'addCalendarException':
      return same(addCalendarException(plan, edit));
    case 'removeCalendarException':
      return same(removeCalendarException(plan, edit));
    case 'setWorkWeek':
      return same(setWorkWeek(plan, edit));
    case 'setStatusDate':
      return same(setStatusDate(plan, edit));
    case 'setPlanDates':
      return same(setPlanDates(plan, edit));
    case 'updateProgress':
      return same(updateProgress(plan, edit, ctx));
    case 'saveBaseline':
      return same(saveBaseline(plan, edit, ctx));
    case 'deleteBaseline':
      return same(deleteBaseline(plan, edit));
  }
}
