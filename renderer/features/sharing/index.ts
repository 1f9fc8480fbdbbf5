export { MergeConflictsDialog, type MergeConflictsDialogProps } from './MergeConflictsDialog';
export { PendingMergeDialog } from './PendingMergeDialog';
export { ChangesDialog } from './ChangesDialog';
export { RecoveryDialog } from './RecoveryDialog';
export { SendCopyDialog } from './SendCopyDialog';
export { DocumentBadges } from './DocumentBadges';
export { offerRecovery } from './sharingActions';
export { useRecoveryOffer } from './useRecoveryOffer';
