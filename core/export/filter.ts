/** Which tasks an export shows: the filter's conditions, all of which must hold. */
import type { PlanSchedule } from '../schedule';
import { foldVietnamese } from '../text';
import type { TimelineFilter } from './options';

/** Engine indices (plan order) of the tasks the filter keeps. */
export function filterTaskIndices(ps: PlanSchedule, filter: TimelineFilter | null): number[] {
  const ids = filter?.taskIds ? new Set(filter.taskIds) : null;
  const leads = filter?.leadUnitIds ? new Set(filter.leadUnitIds) : null;
  const text = filter?.text ? foldVietnamese(filter.text) : '';
  const critical = ps.result.ok ? ps.result.critical : null;
  const kept: number[] = [];
  ps.order.forEach((task, i) => {
    if (ids && !ids.has(task.id)) return;
    if (filter?.criticalOnly && critical?.[i] !== 1) return;
    if (leads && (task.leadUnitId === null || !leads.has(task.leadUnitId))) return;
    if (text !== '' && !foldVietnamese(task.name).includes(text)) return;
    kept.push(i);
  });
  return kept;
}

/** True when the filter can leave tasks out (for the "5/17 công việc" note). */
export function isFiltering(filter: TimelineFilter | null): boolean {
  if (!filter) return false;
  return filter.taskIds !== undefined || filter.criticalOnly === true || filter.leadUnitIds !== undefined || (filter.text ?? '') !== '';
}
