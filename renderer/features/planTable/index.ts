/** Plan table export and import dialogs, for the lead to open from the toolbar or menus. */
export { ExportPlanTableDialog, type ExportPlanTableDialogProps } from './ExportPlanTableDialog';
export { ImportPlanTableDialog, type ImportPlanTableDialogProps } from './ImportPlanTableDialog';
