/**
 * Which tasks the table and chart show: free text (diacritics ignored), one
 * unit's workload (tasks it leads or coordinates), critical only, late only
 * (late, or progress flagged against the status date).
 */
import { foldVietnamese } from '../../core/text';
import { daysLateOf, type TaskView } from '../planView';

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

/** The tasks matching the filter, with the sections (summary tasks) that contain them, as MS Project shows them. */
export function filterTasks(tasks: TaskView[], filter: TaskFilter): TaskView[] {
  if (!isFiltering(filter)) return tasks;
  const matched = new Set(tasks.filter((view) => matches(view, filter)).map((v) => v.task.id));
  const parentOf = new Map(tasks.map((v) => [v.task.id, v.task.parentId]));
  for (const id of [...matched]) {
    for (let at = parentOf.get(id) ?? null; at !== null && !matched.has(at); at = parentOf.get(at) ?? null) matched.add(at);
  }
  return tasks.filter((v) => matched.has(v.task.id));
}

/** Rows inside a collapsed section are hidden (the summary row stays). */
export function hideCollapsed(tasks: TaskView[], collapsed: ReadonlySet<string>): TaskView[] {
  if (collapsed.size === 0) return tasks;
  const hidden = new Set<string>();
  return tasks.filter((v) => {
    const parent = v.task.parentId;
    if (parent !== null && (collapsed.has(parent) || hidden.has(parent))) {
      hidden.add(v.task.id);
      return false;
    }
    return true;
  });
}

function matches(view: TaskView, filter: TaskFilter): boolean {
  const { task, schedule } = view;
  if (filter.criticalOnly && !schedule?.critical) return false;
  if (filter.lateOnly && !isLate(view)) return false;
  if (filter.unitId && task.leadUnitId !== filter.unitId && !task.coordinatingUnitIds.includes(filter.unitId)) return false;
  const needle = foldVietnamese(filter.text);
  if (!needle) return true;
  return foldVietnamese([String(view.stt), task.wbs, task.name, view.leadName, ...view.coordinatorNames, task.deliverable].join(' ')).includes(needle);
}

/**
 * Late as the table marks it (daysLateOf); without a status date also late
 * against the plan's deadline. Progress entered wrongly against the status
 * date is a schedule problem too (MS Project lists it with late tasks).
 */
function isLate(view: TaskView): boolean {
  const { schedule } = view;
  if (schedule === null) return false;
  if (daysLateOf(view) > 0 || schedule.progressIssue) return true;
  return view.progress === null && schedule.daysLatePlan > 0;
}
