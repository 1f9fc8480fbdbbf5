/**
 * API handlers of the shell feature. db/ never touches Electron: the
 * language goes to HostServices, whose Electron implementation rebuilds the
 * menu (electron/host.ts) and whose test implementation records it.
 */
import type { ApiHandlersFor } from '../../core/api/dispatch';
import type { shellContract } from '../../core/api/features/shell';
import type { HostServices } from '../../core/api/host';
import type { PlanSession } from '../session';

export function createShellHandlers(_session: PlanSession, host: HostServices): ApiHandlersFor<typeof shellContract> {
  return {
    setUiLanguage(language) {
      host.setMenuLanguage?.(language);
      return null;
    },
  };
}
