/**
 * Which tasks the table and chart show: free text (diacritics ignored), one
 * unit's workload (tasks it leads or coordinates), critical only, late only
 * (late, or progress flagged against the status date).
 */
import { foldVietnamese } from '../../core/text';
import type { TaskView } from '../planView';

export interface TaskFilter {
  text: string;
  unitId: string | null;
  criticalOnly: boolean;
  lateOnly: boolean;
}

export function emptyFilter(): TaskFilter {
  return { text: '', unitId: null, criticalOnly: false, lateOnly: false };
}

export function isFiltering(filter: TaskFilter): boolean {
  return filter.text.trim() !== '' || filter.unitId !== null || filter.criticalOnly || filter.lateOnly;
}

export function filterTasks(tasks: TaskView[], filter: TaskFilter): TaskView[] {
  if (!isFiltering(filter)) return tasks;
  const needle = foldVietnamese(filter.text);
  return tasks.filter((view) => {
    const { task, schedule } = view;
    if (filter.criticalOnly && !schedule?.critical) return false;
    // Progress entered wrongly against the status date is a schedule problem too (MS Project lists it with late tasks).
    if (filter.lateOnly && !(schedule && (schedule.daysLateOwn > 0 || schedule.daysLatePlan > 0 || schedule.progressIssue))) return false;
    if (filter.unitId && task.leadUnitId !== filter.unitId && !task.coordinatingUnitIds.includes(filter.unitId)) return false;
    if (needle) {
      const haystack = foldVietnamese([String(view.stt), task.name, view.leadName, ...view.coordinatorNames, task.deliverable].join(' '));
      if (!haystack.includes(needle)) return false;
    }
    return true;
  });
}
