/**
 * The table's active cell and its editor, like a spreadsheet: arrows move,
 * Enter/F2 or typing starts editing, Enter commits (and moves down), Tab
 * commits (and moves right), Esc cancels. An edit is saved to the plan file
 * before the editor closes; a refusal keeps the editor open with the message.
 */
import { useState } from 'react';
import type { PlanEdit } from '../../../core/edits';
import { errorMessage } from '../../api';
import { useT } from '../../i18n/useT';
import type { TaskView } from '../../planView';
import { usePlanStore } from '../../state/usePlanStore';
import { COLUMNS, cellEdit, editorText, type ColumnKey } from './columns';

export interface CellState {
  row: number;
  col: ColumnKey;
  editing: boolean;
  draft: string;
  error: string | null;
}

export function useCellEditing(tasks: TaskView[], readOnly: boolean) {
  const t = useT();
  const edit = usePlanStore((s) => s.edit);
  const [cell, setCell] = useState<CellState>({ row: 0, col: 'name', editing: false, draft: '', error: null });
  const view = tasks[Math.min(cell.row, tasks.length - 1)];

  const moveTo = (row: number, col: ColumnKey = cell.col) =>
    setCell({ row: Math.max(0, Math.min(tasks.length - 1, row)), col, editing: false, draft: '', error: null });

  const moveBy = (rows: number, cols: number) => {
    const index = COLUMNS.findIndex((c) => c.key === cell.col);
    const next = COLUMNS[Math.max(0, Math.min(COLUMNS.length - 1, index + cols))]!;
    moveTo(cell.row + rows, next.key);
  };

  const startEditing = (initial?: string) => {
    const column = COLUMNS.find((c) => c.key === cell.col);
    if (readOnly || !view || !column?.editor) return;
    setCell({ ...cell, editing: true, draft: initial ?? editorText(view, cell.col), error: null });
  };

  const cancel = () => setCell({ ...cell, editing: false, error: null });

  const save = async (command: PlanEdit, then: () => void) => {
    try {
      await edit(command);
      then();
    } catch (error) {
      setCell((c) => ({ ...c, error: errorMessage(error) }));
    }
  };

  const commitText = async (advance: 'down' | 'none' = 'down') => {
    if (!view) return;
    const parsed = cellEdit(view, cell.col, cell.draft);
    const next = () => (advance === 'down' ? moveTo(cell.row + 1) : cancel());
    if ('unchanged' in parsed) return next();
    if ('error' in parsed) return setCell({ ...cell, error: t(parsed.error) });
    await save(parsed.edit, next);
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
    moveBy,
    startEditing,
    cancel,
    setDraft: (draft: string) => setCell((c) => ({ ...c, draft, error: null })),
    commitText,
    commitUnit,
    createUnit,
  };
}
