/**
 * Mounts the open dialog. Each feature's dialog lives in renderer/features/;
 * this file only maps names to components.
 */
import { ExportPlanTableDialog, ImportPlanTableDialog } from '../features/planTable';
import { TimelineExportDialog } from '../features/timelineExport/TimelineExportDialog';
import { ProgressReportDialog } from '../features/progressReport/ProgressReportDialog';
import { UpdateProgressDialog } from '../features/progress/UpdateProgressDialog';
import { UnitsDialog } from '../features/units';
import { SaveBaselineDialog } from '../features/baselines';
import { CalendarDialog } from '../features/calendar';
import { ChangesDialog, PendingMergeDialog, RecoveryDialog, SendCopyDialog, useRecoveryOffer } from '../features/sharing';
import { useDialogStore } from '../state/useDialogStore';
import { ShortcutsDialog } from './ShortcutsDialog';

export function Dialogs() {
  const dialog = useDialogStore((s) => s.dialog);
  const close = useDialogStore((s) => s.close);
  useRecoveryOffer();
  switch (dialog) {
    case 'exportPlanTable':
      return <ExportPlanTableDialog onClose={close} />;
    case 'importPlanTable':
      return <ImportPlanTableDialog onClose={close} />;
    case 'exportTimeline':
      return <TimelineExportDialog onClose={close} />;
    case 'progressReport':
      return <ProgressReportDialog onClose={close} />;
    case 'updateProgress':
      return <UpdateProgressDialog onClose={close} />;
    case 'saveBaseline':
      return <SaveBaselineDialog onClose={close} />;
    case 'units':
      return <UnitsDialog onClose={close} />;
    case 'calendar':
      return <CalendarDialog onClose={close} />;
    case 'mergeConflicts':
      return <PendingMergeDialog onClose={close} />;
    case 'changes':
      return <ChangesDialog onClose={close} />;
    case 'recovery':
      return <RecoveryDialog onClose={close} />;
    case 'shortcuts':
      return <ShortcutsDialog onClose={close} />;
    case 'sendCopy':
      return <SendCopyDialog onClose={close} />;
    default:
      return null;
  }
}
