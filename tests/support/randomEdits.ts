/**
 * Random edits drawn against the plan as it is at each step (property tests
 * of editing, undo/redo and the edit answer's plan delta). A step that the
 * plan refuses (a loop, a duplicate…) changes nothing.
 */
import fc from 'fast-check';
import { addDays } from '../../core/dates';
import type { PlanEdit } from '../../core/edits';
import { LINK_TYPES, tasksInOrder, type Plan } from '../../core/model';

export interface Step {
  op: number;
  a: number;
  b: number;
  c: number;
}

const WINDOWS = ['Tháng 6/2026', 'Quý III/2026', 'Trước ngày 15/10/2026', 'chưa rõ', ''];
const OPS = 22;

/** Turns a random step into an edit of the current plan. */
export function editFor(plan: Plan, { op, a, b, c }: Step): PlanEdit {
  const tasks = tasksInOrder(plan);
  const task = (k: number) => tasks[k % tasks.length]!.id;
  const unit = (k: number) => plan.units[k % plan.units.length]!.id;
  const day = (k: number) => addDays('2026-04-01', k % 240);
  switch (op) {
    case 0: return { op: 'updateTask', taskId: task(a), changes: { name: `Tên ${c}` } };
    case 1: return { op: 'updateTask', taskId: task(a), changes: { duration: c % 30, percentComplete: b % 101 } };
    case 2: return { op: 'setTaskDates', taskId: task(a), start: day(b) };
    case 3: return { op: 'setTaskDates', taskId: task(a), finish: day(b) };
    case 4: return { op: 'addTask', afterTaskId: b % 4 === 0 ? null : task(a), name: `Mới ${c}` };
    case 5: return { op: 'deleteTasks', taskIds: tasks.length > 3 ? [task(a)] : [] };
    case 6: return { op: 'moveTasks', taskIds: [task(a), task(b)], direction: c % 2 === 0 ? 'up' : 'down' };
    case 7: return { op: 'addLink', predecessorId: task(a), successorId: task(b), type: LINK_TYPES[c % 4]!, lag: (c % 7) - 2 };
    case 8: return plan.links.length === 0 ? { op: 'setStatusDate', date: null }
      : { op: 'updateLink', linkId: plan.links[a % plan.links.length]!.id, lag: c % 5, type: LINK_TYPES[b % 4]! };
    case 9: return plan.links.length === 0 ? { op: 'setStatusDate', date: null }
      : { op: 'deleteLink', linkId: plan.links[a % plan.links.length]!.id };
    case 10: return { op: 'addUnit', name: `Đơn vị thử ${a}` };
    case 11: return { op: 'renameUnit', unitId: unit(a), name: `Đổi tên ${b}` };
    case 12: return { op: 'mergeUnits', sourceUnitId: unit(a), targetUnitId: unit(b) };
    case 13: return { op: 'addCalendarException', date: day(a), kind: b % 3 === 0 ? 'workday' : 'holiday', name: `Ngày ${c}` };
    case 14: return { op: 'removeCalendarException', date: plan.calendar.holidays[a % plan.calendar.holidays.length]?.date ?? day(a) };
    case 15: return { op: 'setWorkWeek', days: [1, 2, 3, 4, 5, 6, 7].filter((d) => (a >> d) % 2 === 1 || d === 1 + (b % 7)) };
    case 16: return { op: 'setStatusDate', date: c % 3 === 0 ? null : day(a) };
    case 17: return { op: 'updateTask', taskId: task(a), changes: { coordinatingUnitIds: [unit(b), unit(c), unit(a)] } };
    case 18: return { op: 'updateTask', taskId: task(a), changes: { windowText: WINDOWS[b % WINDOWS.length]!, leadUnitId: c % 4 === 0 ? null : unit(c) } };
    case 19: return { op: 'saveBaseline', index: a % 3, name: b % 2 === 0 ? `Gốc ${c}` : undefined };
    case 20: return { op: 'deleteBaseline', index: a % 3 };
    default: return { op: 'setPlanDates', endDate: day(200 + (a % 100)) };
  }
}

export const step = fc.record({
  op: fc.integer({ min: 0, max: OPS - 1 }),
  a: fc.nat({ max: 10_000 }),
  b: fc.nat({ max: 10_000 }),
  c: fc.nat({ max: 10_000 }),
});
