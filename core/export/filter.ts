/** Which tasks an export shows: the filter's conditions, all of which must hold. */
import { ancestorsOf } from '../outline';
import type { PlanSchedule } from '../schedule';
import { foldVietnamese } from '../text';
import type { TimelineFilter } from './options';

/**
 * Engine indices (plan order) of the tasks the filter keeps, with the
 * sections (summary tasks) they belong to, so a kept task is shown under its
 * heading, as the screen's filter does.
 */
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
  if (kept.length === ps.order.length || !ps.order.some((t) => t.parentId !== null)) return kept;
  const indexOf = new Map(ps.order.map((t, i) => [t.id, i]));
  const withSections = new Set(kept);
  for (const i of kept) for (const id of ancestorsOf(ps.order, ps.order[i]!.id)) withSections.add(indexOf.get(id)!);
  return [...withSections].sort((a, b) => a - b);
}

/** True when the filter can leave tasks out (for the "5/17 công việc" note). */
export function isFiltering(filter: TimelineFilter | null): boolean {
  if (!filter) return false;
  return filter.taskIds !== undefined || filter.criticalOnly === true || filter.leadUnitIds !== undefined || (filter.text ?? '') !== '';
}
