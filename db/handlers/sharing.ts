/** API handlers of the sharing feature: dialogs from the host, everything else in PlanSession / db/document. */
import path from 'node:path';
import type { ApiHandlersFor } from '../../core/api/dispatch';
import type { SharingResult, sharingContract } from '../../core/api/features/sharing';
import { PLAN_FILE_FILTER, type HostServices } from '../../core/api/host';
import { DIALOG_TITLES } from '../../core/api/hostTexts';
import type { PlanSession, SaveOutcome } from '../session';

export function createSharingHandlers(session: PlanSession, host: HostServices): ApiHandlersFor<typeof sharingContract> {
  const result = (outcome: SaveOutcome): SharingResult => ({ ...outcome, state: session.state(), openPlan: session.getPlan() });

  const saveAs = async (): Promise<SharingResult | null> => {
    const current = session.getPlan();
    const target = await host.chooseSavePath({ title: DIALOG_TITLES.savePlanAs, defaultName: current.fileName, filters: [PLAN_FILE_FILTER] });
    if (target === null) return null;
    session.saveAs(withExtension(target));
    return result({ status: 'saved', merged: false, conflicts: [], notes: [] });
  };

  return {
    openPlanWith: (filePath, { mode }) => session.open(filePath, { mode }),
    async save() {
      if (session.state().path === null) return (await saveAs()) ?? result({ status: 'unchanged', merged: false, conflicts: [], notes: [] });
      return result(session.save());
    },
    saveAs,
    async saveCopyForColleague({ withoutHistory }) {
      const name = session.getPlan().fileName.replace(/\.tiendo$/iu, '');
      const target = await host.chooseSavePath({ title: DIALOG_TITLES.sendCopy, defaultName: `${name} (bản gửi).tiendo`, filters: [PLAN_FILE_FILTER] });
      if (target === null) return null;
      const written = session.saveCopy(withExtension(target), { withoutHistory });
      return { path: withExtension(target), size: written.bytes.length };
    },
    getDocumentState: () => session.state(),
    listRecent: () => session.recent(),
    newPlan: ({ from }) => session.newPlan(from),
    closePlan: (opts) => session.closePlan({ discardChanges: opts?.discardChanges === true }),
    listRecoverable: () => session.listRecoverable(),
    recover: ({ id }) => session.recover(id),
    discardRecovery: ({ id }) => {
      session.discardRecovery(id);
      return null;
    },
    async mergeColleagueCopy() {
      session.assertMergeable(); // no dialog when there is nothing to merge into
      const file = await host.chooseOpenPath({ title: DIALOG_TITLES.mergeCopy, filters: [PLAN_FILE_FILTER] });
      if (file === null) return null;
      return result(session.mergeColleagueCopy(file));
    },
    resolveMerge: ({ choices }) => result(session.resolveMerge(choices)),
    getChanges: () => session.changes(),
  };
}

/** Save dialogs on Linux do not always add the extension. */
function withExtension(file: string): string {
  return path.extname(file).toLowerCase() === '.tiendo' ? file : `${file}.tiendo`;
}
