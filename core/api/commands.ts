/**
 * User commands the application menu can send to the renderer (main →
 * renderer). The renderer runs them exactly as its toolbar buttons and
 * keyboard shortcuts do (renderer/app/commands.ts).
 */
export const COMMAND_IDS = [
  'task.add',
  'task.delete',
  'task.moveUp',
  'task.moveDown',
  'task.indent',
  'task.outdent',
  'task.link',
  'task.unlink',
  'task.updateProgress',
  // Kế hoạch gốc: the save dialog and the chart's grey bars on or off (renderer/features/baselines).
  'plan.saveBaseline',
  'view.baseline',
  'edit.undo',
  'edit.redo',
  'view.day',
  'view.week',
  'view.month',
  'view.criticalOnly',
  'filter.focus',
  'dialog.units',
  'dialog.calendar',
  'file.import',
  'file.exportTable',
  'file.exportTimeline',
  'file.progressReport',
  // Sent by the menu (electron/menu.ts); run by renderer/features/shell/fileCommands.ts.
  'file.save',
  'file.saveAs',
  'file.sendCopy',
  // Toolbar: renderer/features/sharing.
  'file.mergeCopy',
  'dialog.changes',
] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

export const MENU_COMMAND_CHANNEL = 'tiendo:menu-command';

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && (COMMAND_IDS as readonly string[]).includes(value);
}
