/** Opening plan files. (Save, locks and merging come with the sharing feature.) */
import { z } from 'zod';
import type { Plan } from '../../model';

export const filePathSchema = z.string().min(1).max(4096);

export interface OpenPlan {
  path: string;
  fileName: string;
  readOnly: boolean;
  plan: Plan;
  /**
   * Which state of the file `plan` is. An edit's answer carries only what
   * changed since its `baseRevision` (EditResult.planChange): the window
   * patches its copy when it holds that revision, else asks for the plan.
   */
  revision: string;
}

export const planFileContract = {
  /** The plan currently open in this window. */
  getPlan: z.tuple([]),
  /** Open another plan file; a file that is not a valid plan is refused and nothing changes. */
  openPlan: z.tuple([filePathSchema]),
  /** Ask the user for a plan file (native dialog) and open it; null when cancelled. */
  openPlanWithDialog: z.tuple([]),
} as const;

export interface PlanFileReturns {
  getPlan: OpenPlan;
  openPlan: OpenPlan;
  openPlanWithDialog: OpenPlan | null;
}
