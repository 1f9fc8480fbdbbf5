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

/**
 * Selects the task, opens the details panel and puts the keyboard in it (its
 * name field), as a double-click on a bar or "Mở chi tiết" does.
 */
export function openTaskDetails(id: string): Promise<void> {
  return afterPendingEdits(() => {
    const store = usePlanStore.getState();
    store.select(id);
    store.setLayout({ detailsOpen: true });
    focusDetailsOf(id, 10);
  });
}

/** The panel is drawn after React's next render: try a few frames. */
function focusDetailsOf(id: string, frames: number): void {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>(`.task-details[data-task-id="${CSS.escape(id)}"] [data-field="name"]`);
    if (field) field.focus();
    else if (frames > 0) focusDetailsOf(id, frames - 1);
  });
}
