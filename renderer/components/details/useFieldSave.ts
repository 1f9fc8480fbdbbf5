import { useState } from 'react';
import type { PlanEdit } from '../../../core/edits';
import { errorMessage } from '../../api';
import { usePlanStore } from '../../state/usePlanStore';

/** Saves one edit for a field and keeps the refusal message at that field. */
export function useFieldSave() {
  const edit = usePlanStore((s) => s.edit);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = async (field: string, command: PlanEdit): Promise<boolean> => {
    try {
      await edit(command);
      setErrors(({ [field]: _dropped, ...rest }) => rest);
      return true;
    } catch (error) {
      setErrors((e) => ({ ...e, [field]: errorMessage(error) }));
      return false;
    }
  };
  return { errors, save, clear: () => setErrors({}) };
}
