/**
 * Going elsewhere in the plan — another task, another view, the other
 * language — always saves the text still being typed first (pendingEdits).
 * Components call these, never the store's setters directly.
 */
import type { GanttViewMode } from '../gantt/GanttChart';
import type { Language } from '../i18n/messages';
import { afterPendingEdits } from './pendingEdits';
import { usePlanStore } from './usePlanStore';

export function selectTask(id: string | null, mode: 'replace' | 'toggle' | 'range' = 'replace'): Promise<void> {
  return afterPendingEdits(() => usePlanStore.getState().select(id, mode));
}

export function switchView(mode: GanttViewMode): Promise<void> {
  return afterPendingEdits(() => usePlanStore.getState().setViewMode(mode));
}

export function switchLanguage(language: Language): Promise<void> {
  return afterPendingEdits(() => usePlanStore.getState().setLanguage(language));
}
