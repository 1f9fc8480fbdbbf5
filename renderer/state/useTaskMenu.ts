/**
 * The task context menu (right-click on a row or bar, Shift+F10): which task,
 * where, and what it needs to act as the user expects. A right-click on a
 * task outside the selection selects it (as MS Project and Excel) and
 * remembers the tasks selected before, so "Liên kết với công việc đã chọn"
 * can link them to it.
 */
import { create } from 'zustand';
import { afterPendingEdits } from './pendingEdits';
import { usePlanStore } from './usePlanStore';

export interface TaskMenu {
  taskId: string;
  /** Client coordinates of the menu's top-left corner (it is kept on screen). */
  x: number;
  y: number;
  /** Tasks selected before the right-click, when it was outside them: the predecessors a link would chain. */
  linkFrom: string[];
  /** Where the keyboard was, to return there when the menu closes. */
  returnFocus: HTMLElement | null;
}

interface TaskMenuStore {
  menu: TaskMenu | null;
  close(options?: { restoreFocus?: boolean }): void;
}

export const useTaskMenu = create<TaskMenuStore>((set, get) => ({
  menu: null,
  close({ restoreFocus = true } = {}) {
    const menu = get().menu;
    set({ menu: null });
    if (restoreFocus && menu?.returnFocus?.isConnected) menu.returnFocus.focus({ preventScroll: true });
  },
}));

export function openTaskMenu(taskId: string, x: number, y: number): Promise<void> {
  // From the chart (nothing focused) the keyboard goes to the table afterwards, where the task's keys work.
  const active = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  const returnFocus = active ?? document.querySelector<HTMLElement>('.task-table');
  return afterPendingEdits(() => {
    const store = usePlanStore.getState();
    const inSelection = store.selectedIds.includes(taskId);
    if (!inSelection) store.select(taskId);
    useTaskMenu.setState({ menu: { taskId, x, y, linkFrom: inSelection ? [] : [...store.selectedIds], returnFocus } });
  });
}

/** Shift+F10 / the menu key: the focused task's menu under its table row (or its bar), else mid-window. */
export function openTaskMenuFromKeyboard(): Promise<void> {
  const { selectedIds } = usePlanStore.getState();
  const id = selectedIds[selectedIds.length - 1];
  if (id === undefined) return Promise.resolve();
  const escaped = CSS.escape(id);
  const anchor =
    document.querySelector(`.task-row[data-id="${escaped}"] td.is-active`) ??
    document.querySelector(`.task-row[data-id="${escaped}"] .cell-name`) ??
    document.querySelector(`.bar-wrapper[data-id="${escaped}"] .bar`);
  const box = anchor?.getBoundingClientRect();
  const onScreen = box && box.bottom > 0 && box.top < window.innerHeight && box.width > 0;
  return onScreen ? openTaskMenu(id, box.left + 8, box.bottom) : openTaskMenu(id, window.innerWidth / 3, window.innerHeight / 3);
}
