import type { ApiHandlersFor } from '../../core/api/dispatch';
import type { HostServices } from '../../core/api/host';
import type { editingContract } from '../../core/api/features/editing';
import { PlanError } from '../../core/errors';
import type { PlanSession } from '../session';

const notYet = (): never => {
  throw new PlanError('not-implemented', 'Chức năng chỉnh sửa đang được hoàn thiện.');
};

export function createEditingHandlers(_session: PlanSession, _host: HostServices): ApiHandlersFor<typeof editingContract> {
  return { applyEdit: notYet, undo: notYet, redo: notYet, getHistory: notYet };
}
