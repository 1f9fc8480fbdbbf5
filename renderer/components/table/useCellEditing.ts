/**
 * The table's active cell and its editor, like a spreadsheet: arrows move,
 * Enter/F2 or typing starts editing, Enter commits (and moves down), Tab
 * commits (and moves right), Esc cancels. Clicking elsewhere commits too, and
 * an open editor with changed text is a pending edit (state/pendingEdits.ts),
 * saved before anything takes the user elsewhere. An edit is saved to the plan
 * file before the editor closes; a refusal keeps the editor open with the message.
 */
import { useRef, useState } from 'react';
import type { PlanEdit } from '../../../core/edits';
import { errorMessage } from '../../api';
import { useT } from '../../i18n/useT';
import type { TaskView } from '../../planView';
import { usePendingEdit } from '../../state/pendingEdits';
import { usePlanStore } from '../../state/usePlanStore';
import { COLUMNS, cellEdit, editorText, type Column, type ColumnKey } from './columns';

export interface CellState {
  row: number;
  col: ColumnKey;
  editing: boolean;
  draft: string;
  error: string | null;
}

/** `columns`: the columns shown, in order (the arrows skip hidden ones). */
export function useCellEditing(tasks: TaskView[], readOnly: boolean, columns: readonly Column[] = COLUMNS) {
  const t = useT();
  const edit = usePlanStore((s) => s.edit);
  const [cell, setCell] = useState<CellState>({ row: 0, col: 'name', editing: false, draft: '', error: null });
  const view = tasks[Math.min(cell.row, tasks.length - 1)];
  /** The save of the editor's text now on its way (blur and a navigation may both commit it). */
  const saving = useRef<{ draft: string; result: Promise<boolean> } | null>(null);
  const focusEditor = useRef<() => void>(() => undefined);

  const moveTo = (row: number, col: ColumnKey = cell.col) =>
    setCell({ row: Math.max(0, Math.min(tasks.length - 1, row)), col, editing: false, draft: '', error: null });

  const moveBy = (rows: number, cols: number) => {
    const index = columns.findIndex((c) => c.key === cell.col);
    const next = columns[Math.max(0, Math.min(columns.length - 1, index + cols))]!;
    moveTo(cell.row + rows, next.key);
  };

  const startEditing = (initial?: string) => {
    const column = columns.find((c) => c.key === cell.col);
    if (readOnly || !view || !column?.editor) return;
    saving.current = null;
    setCell({ ...cell, editing: true, draft: initial ?? editorText(view, cell.col), error: null });
  };

  const cancel = () => setCell({ ...cell, editing: false, error: null });

  const save = async (command: PlanEdit, then: () => void): Promise<boolean> => {
    try {
      await edit(command);
      then();
      return true;
    } catch (error) {
      setCell((c) => ({ ...c, error: errorMessage(error) }));
      return false;
    }
  };

  /** Saves the editor's text; true when saved or unchanged (the editor then closes or moves down). */
  const commitText = async (advance: 'down' | 'none' = 'down'): Promise<boolean> => {
    if (!view || !cell.editing) return true;
    const parsed = cellEdit(view, cell.col, cell.draft);
    const next = () => (advance === 'down' ? moveTo(cell.row + 1) : cancel());
    if ('unchanged' in parsed) {
      next();
      return true;
    }
    if ('error' in parsed) {
      setCell({ ...cell, error: t(parsed.error) });
      return false;
    }
    if (saving.current?.draft === cell.draft) return saving.current.result; // already on its way (blur and a navigation)
    const result = save(parsed.edit, next).then((ok) => {
      if (!ok) saving.current = null; // a refused text may be sent again
      return ok;
    });
    saving.current = { draft: cell.draft, result };
    return result;
  };
  const changed = cell.editing && !!view && !('unchanged' in cellEdit(view, cell.col, cell.draft));
  usePendingEdit(changed, () => commitText('none'), () => focusEditor.current());

  /** Another cell clicked: the open editor commits first, and stays open if refused. */
  const activate = async (row: number, col: ColumnKey) => {
    if (cell.editing && !(await commitText('none'))) return;
    moveTo(row, col);
  };

  const commitUnit = async (unitId: string | null) => {
    if (!view) return;
    if (unitId === view.task.leadUnitId) return cancel();
    await save({ op: 'updateTask', taskId: view.task.id, changes: { leadUnitId: unitId } }, cancel);
  };

  const createUnit = async (name: string) => {
    try {
      return await edit({ op: 'addUnit', name });
    } catch (error) {
      setCell((c) => ({ ...c, error: errorMessage(error) }));
      return null;
    }
  };

  return {
    cell,
    activeTask: view ?? null,
    moveTo,
    activate,
    moveBy,
    /** The table sets how to put the keyboard back in the editor. */
    focusEditor,
    startEditing,
    cancel,
    setDraft: (draft: string) => setCell((c) => ({ ...c, draft, error: null })),
    commitText,
    commitUnit,
    createUnit,
  };
}
