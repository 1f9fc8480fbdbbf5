/**
 * Every user command in one table: the toolbar, the keyboard shortcuts and
 * the Electron menu (which sends command ids) all run these. Each returns
 * nothing; failures reach the error banner through the store.
 */
import type { CommandId } from '../../core/api/commands';
import type { PlanEdit } from '../../core/edits';
import type { DialogName } from '../state/useDialogStore';
import { useDialogStore } from '../state/useDialogStore';
import { focusedId, usePlanStore } from '../state/usePlanStore';
import { runFileCommand } from '../features/shell/fileCommands';
import { flushPendingEdits } from '../state/pendingEdits';
import { descendantsOf } from '../../core/outline';
import { translate } from '../i18n/messages';
import { useBaselineView } from '../features/baselines/useBaselineView';

const DIALOG_COMMANDS: Partial<Record<CommandId, DialogName>> = {
  'dialog.units': 'units',
  'dialog.calendar': 'calendar',
  'file.import': 'importPlanTable',
  'file.exportTable': 'exportPlanTable',
  'file.exportTimeline': 'exportTimeline',
  'file.progressReport': 'progressReport',
  'dialog.changes': 'changes',
  'task.updateProgress': 'updateProgress',
  'plan.saveBaseline': 'saveBaseline',
};

async function save(edit: PlanEdit): Promise<string | null> {
  const store = usePlanStore.getState();
  try {
    return await store.edit(edit);
  } catch (error) {
    store.reportError(error);
    return null;
  }
}

/** Selected ids in plan order (commands act on them top to bottom). */
function selectedInOrder(): string[] {
  const { selectedIds, view } = usePlanStore.getState();
  if (!view) return [];
  const chosen = new Set(selectedIds);
  return view.tasks.map((t) => t.task.id).filter((id) => chosen.has(id));
}

/** Deleting a summary deletes its whole section (as MS Project): ask first, naming how many tasks go. */
function confirmSectionDelete(selected: readonly string[]): boolean {
  const { view, language } = usePlanStore.getState();
  const sections = view?.tasks.filter((v) => v.summary && selected.includes(v.task.id)) ?? [];
  if (sections.length === 0 || !view) return true;
  const count = new Set([...selected, ...sections.flatMap((s) => descendantsOf(view.tasks.map((v) => v.task), s.task.id))]).size;
  return window.confirm(translate(language, 'confirmDeleteSection', { count }));
}

/** Runs a command once the text being typed is saved (a refused value keeps its field open and the command waits). */
export async function runCommand(id: CommandId): Promise<void> {
  if (!(await flushPendingEdits())) return;
  const store = usePlanStore.getState();
  const dialog = DIALOG_COMMANDS[id];
  if (dialog) return useDialogStore.getState().open(dialog);
  const selected = selectedInOrder();
  switch (id) {
    case 'task.add': {
      const created = await save({ op: 'addTask', afterTaskId: focusedId(store) });
      if (created) usePlanStore.getState().select(created);
      return;
    }
    case 'task.delete':
      if (selected.length && confirmSectionDelete(selected)) await save({ op: 'deleteTasks', taskIds: selected });
      return;
    case 'task.moveUp':
    case 'task.moveDown':
      if (selected.length) await save({ op: 'moveTasks', taskIds: selected, direction: id === 'task.moveUp' ? 'up' : 'down' });
      return;
    case 'task.indent':
    case 'task.outdent':
      if (selected.length) await save({ op: id === 'task.indent' ? 'indentTasks' : 'outdentTasks', taskIds: selected });
      return;
    case 'task.link':
      // As in MS Project: the selected tasks are chained finish-to-start in the order they were selected.
      for (let i = 1; i < store.selectedIds.length; i++) {
        const created = await save({ op: 'addLink', predecessorId: store.selectedIds[i - 1]!, successorId: store.selectedIds[i]!, type: 'FS', lag: 0 });
        if (created === null) return;
      }
      return;
    case 'task.unlink': {
      const chosen = new Set(store.selectedIds);
      const links = store.openPlan?.plan.links.filter((l) => chosen.has(l.predecessorId) && chosen.has(l.successorId)) ?? [];
      for (const link of links) await save({ op: 'deleteLink', linkId: link.id });
      return;
    }
    case 'edit.undo':
      return store.undoLast();
    case 'edit.redo':
      return store.redoLast();
    case 'view.day':
      return store.setViewMode('Day');
    case 'view.week':
      return store.setViewMode('Week');
    case 'view.month':
      return store.setViewMode('Month');
    case 'view.baseline':
      return useBaselineView.getState().setShow(!useBaselineView.getState().show);
    case 'view.criticalOnly':
      return store.setFilter({ criticalOnly: !store.filter.criticalOnly });
    case 'filter.focus':
      document.querySelector<HTMLInputElement>('[data-filter-text]')?.focus();
      return;
    case 'file.save':
    case 'file.saveAs':
    case 'file.sendCopy':
    case 'file.mergeCopy':
      return runFileCommand(id);
  }
}

/**
 * Rows dragged in the table and dropped on another row (as in MS Project):
 * dropped on an expanded section they become its first subtasks, otherwise
 * they go right after the row, at its level. One undo step.
 */
export async function dropRows(taskIds: readonly string[], target: { id: string; parentId: string | null; summary: boolean; expanded: boolean }): Promise<void> {
  if (taskIds.length === 0 || taskIds.includes(target.id)) return;
  if (!(await flushPendingEdits())) return;
  const into = target.summary && target.expanded;
  await save({ op: 'placeTasks', taskIds: [...taskIds], parentId: into ? target.id : target.parentId, afterTaskId: into ? null : target.id });
}

