export { MergeConflictsDialog, type MergeConflictsDialogProps } from './MergeConflictsDialog';
