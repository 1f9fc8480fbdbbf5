import type { ApiHandlersFor } from '../../core/api/dispatch';
import type { EditResult, editingContract } from '../../core/api/features/editing';
import type { HostServices } from '../../core/api/host';
import { applyEditToFile, redoEdit, undoEdit, type FileEditResult } from '../editing/applyEditToFile';
import { listHistory } from '../editing/historyRepo';
import type { PlanSession } from '../session';

export function createEditingHandlers(session: PlanSession, host: HostServices): ApiHandlersFor<typeof editingContract> {
  const toResult = (r: FileEditResult): EditResult => ({
    planChange: r.change,
    canUndo: r.canUndo,
    canRedo: r.canRedo,
    undoLabel: r.undoLabel,
    redoLabel: r.redoLabel,
    notice: r.notice,
    createdId: r.createdId,
  });
  return {
    applyEdit: (edit) =>
      toResult(applyEditToFile(session, edit, { user: host.userName(), computer: host.computerName(), at: host.now() })),
    undo: () => toResult(undoEdit(session)),
    redo: () => toResult(redoEdit(session)),
    getHistory: () => listHistory(session.db),
  };
}
