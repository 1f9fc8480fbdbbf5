/**
 * Runs one edit through the store (saved to the plan file, undoable) and
 * keeps what a form needs to show meanwhile: busy, and the Vietnamese
 * message when the main process refused, with the field it named if any.
 */
import { useState } from 'react';
import type { PlanEdit } from '../../../core/edits';
import { errorMessage } from '../../api';
import { usePlanStore } from '../../state/usePlanStore';

export interface EditFailure {
  message: string;
  /** The refused field, from the PlanError's details (e.g. 'date', 'name', 'days'), when known. */
  field: string | null;
}

export function useEditAction() {
  const edit = usePlanStore((s) => s.edit);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<EditFailure | null>(null);

  /** True when the edit was saved. */
  async function run(command: PlanEdit): Promise<boolean> {
    setBusy(true);
    setFailure(null);
    try {
      await edit(command);
      return true;
    } catch (error) {
      setFailure({ message: errorMessage(error), field: fieldOf(error) });
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, failure, setFailure, run };
}

function fieldOf(error: unknown): string | null {
  const details = (error as { details?: unknown } | null)?.details;
  const field = (details as { field?: unknown } | null | undefined)?.field;
  return typeof field === 'string' ? field : null;
}
