/**
 * All API handlers for one window's session. Each feature contributes its
 * handlers from its own module; this only joins them.
 */
import type { ApiHandlers } from '../../core/api/dispatch';
import type { HostServices } from '../../core/api/host';
import type { PlanSession } from '../session';
import { createPlanFileHandlers } from './planFile';
import { createEditingHandlers } from './editing';
import { createPlanTableHandlers } from './planTable';
import { createSharingHandlers } from './sharing';
import { createTimelineExportHandlers } from './timelineExport';
import { createShellHandlers } from './shell';
import { createProgressReportHandlers } from './progressReport';

export function createApiHandlers(session: PlanSession, host: HostServices): ApiHandlers {
  return {
    ...createPlanFileHandlers(session, host),
    ...createEditingHandlers(session, host),
    ...createPlanTableHandlers(session, host),
    ...createSharingHandlers(session, host),
    ...createTimelineExportHandlers(session, host),
    ...createShellHandlers(session, host),
    ...createProgressReportHandlers(session, host),
  };
}
