import type { HostServices } from '../../core/api/host';
import { PLAN_FILE_FILTER } from '../../core/api/host';
import { DIALOG_TITLES } from '../../core/api/hostTexts';
import type { ApiHandlersFor } from '../../core/api/dispatch';
import type { planFileContract } from '../../core/api/features/planFile';
import type { PlanSession } from '../session';

export function createPlanFileHandlers(session: PlanSession, host: HostServices): ApiHandlersFor<typeof planFileContract> {
  return {
    getPlan: () => session.getPlan(),
    openPlan: (filePath) => session.open(filePath),
    async openPlanWithDialog() {
      const chosen = await host.chooseOpenPath({ title: DIALOG_TITLES.openPlan, filters: [PLAN_FILE_FILTER] });
      return chosen === null ? null : session.open(chosen);
    },
  };
}
