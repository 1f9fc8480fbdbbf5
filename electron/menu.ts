/**
 * The application menu, built by a pure function (labels, actions and
 * options in, Electron's template out) so every label, accelerator and flag
 * is tested without Electron; main.ts hands it to Menu.buildFromTemplate.
 *
 * Two kinds of items:
 * - page commands (undo, add task, views, exports…) send a command id to the
 *   focused window (actions.command → MENU_COMMAND_CHANNEL); the renderer
 *   runs them exactly as its toolbar and keys do (renderer/app/commands.ts);
 * - document lifecycle (new, open, open recent, close) stays in the main
 *   process, which owns the unsaved-changes question: it must also cover the
 *   window's close button and quitting, which never pass through the page.
 *
 * Keys the page already handles (PAGE_KEYS) are shown but not registered
 * (`registerAccelerator: false`), so one key press never runs twice, and a
 * text field keeps Ctrl+Z for its own text. That flag works on Windows and
 * Linux; macOS always registers menu key equivalents, but only for key
 * presses the page did not handle — useShortcuts calls preventDefault on
 * its keys, so there too a key runs once.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { CommandId } from '../core/api/commands';
import type { MenuLabels } from './menuLabels';

export interface RecentMenuEntry {
  path: string;
  fileName: string;
  exists: boolean;
}

export interface MenuActions {
  /** Sends a command to the focused window's page. */
  command(id: CommandId): void;
  newPlan(from: 'empty' | 'default'): void;
  open(): void;
  openRecent(path: string): void;
  close(): void;
  shortcuts(): void;
  about(): void;
  reload(): void;
  toggleDevTools(): void;
}

export interface MenuOptions {
  /** Reload and developer tools exist only in development builds. */
  isDev: boolean;
  platform: NodeJS.Platform;
  recent: readonly RecentMenuEntry[];
}

type PageKeyCommand = 'edit.undo' | 'edit.redo' | 'task.add' | 'task.delete' | 'task.link' | 'file.save' | 'file.saveAs';

/** The page's own keys (renderer/app/useShortcuts.ts), as Electron accelerators. */
export function pageKeys(platform: NodeJS.Platform): Readonly<Record<PageKeyCommand, string>> {
  return {
    'edit.undo': 'CmdOrCtrl+Z',
    'edit.redo': platform === 'darwin' ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y',
    'task.add': 'Insert',
    'task.delete': 'Delete',
    'task.link': 'CmdOrCtrl+L',
    'file.save': 'CmdOrCtrl+S',
    'file.saveAs': 'Shift+CmdOrCtrl+S',
  };
}

/** Menu-only keys: registered, since nothing else handles them. */
export const MENU_KEYS = {
  newPlan: 'CmdOrCtrl+N',
  open: 'CmdOrCtrl+O',
  print: 'CmdOrCtrl+P',
  close: 'CmdOrCtrl+W',
  zoomIn: 'CmdOrCtrl+=',
  zoomOut: 'CmdOrCtrl+-',
  actualSize: 'CmdOrCtrl+0',
  shortcuts: 'F1',
  reload: 'CmdOrCtrl+R',
} as const;

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** Windows and Linux read "&" in a label as a mnemonic marker: "&&" shows one "&". */
export function escapeMnemonic(text: string): string {
  return text.replace(/&/g, '&&');
}

export function buildMenuTemplate(labels: MenuLabels, actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const keys = pageKeys(options.platform);
  const send = (label: string, command: CommandId, accelerator?: string, id: string = command): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.command(command),
  });
  const pageKey = (label: string, command: PageKeyCommand): MenuItemConstructorOptions => ({
    ...send(label, command, keys[command]),
    registerAccelerator: false,
  });

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push({
    label: labels.file,
    submenu: [
      { id: 'file.new', label: labels.newPlan, accelerator: MENU_KEYS.newPlan, click: () => actions.newPlan('empty') },
      { id: 'file.newFromTemplate', label: labels.newFromTemplate, click: () => actions.newPlan('default') },
      { id: 'file.open', label: labels.open, accelerator: MENU_KEYS.open, click: () => actions.open() },
      { id: 'file.openRecent', label: labels.openRecent, submenu: recentItems(labels, actions, options.recent) },
      separator,
      pageKey(labels.save, 'file.save'),
      pageKey(labels.saveAs, 'file.saveAs'),
      send(labels.sendCopy, 'file.sendCopy'),
      separator,
      send(labels.import, 'file.import'),
      {
        id: 'file.export',
        label: labels.export,
        submenu: [send(labels.exportTable, 'file.exportTable'), send(labels.exportTimeline, 'file.exportTimeline'), send(labels.progressReport, 'file.progressReport')],
      },
      // Printing is the timeline's PDF export (its dialog chooses A4/A3, range and pages).
      send(labels.print, 'file.exportTimeline', MENU_KEYS.print, 'file.print'),
      separator,
      { id: 'file.close', label: labels.close, accelerator: MENU_KEYS.close, click: () => actions.close() },
    ],
  });
  const clipboard: MenuItemConstructorOptions[] = isMac
    ? [
        // macOS routes copy/paste keys through the menu: without these roles text fields would lose them.
        separator,
        { label: labels.cut, role: 'cut', accelerator: 'CmdOrCtrl+X' },
        { label: labels.copy, role: 'copy', accelerator: 'CmdOrCtrl+C' },
        { label: labels.paste, role: 'paste', accelerator: 'CmdOrCtrl+V' },
        { label: labels.selectAll, role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      ]
    : [];
  template.push({
    label: labels.edit,
    submenu: [
      pageKey(labels.undo, 'edit.undo'),
      pageKey(labels.redo, 'edit.redo'),
      separator,
      pageKey(labels.addTask, 'task.add'),
      pageKey(labels.deleteTasks, 'task.delete'),
      pageKey(labels.linkTasks, 'task.link'),
      separator,
      send(labels.updateProgress, 'task.updateProgress'),
      send(labels.saveBaseline, 'plan.saveBaseline'),
      ...clipboard,
    ],
  });
  template.push({
    label: labels.view,
    submenu: [
      send(labels.viewDay, 'view.day'),
      send(labels.viewWeek, 'view.week'),
      send(labels.viewMonth, 'view.month'),
      separator,
      send(labels.criticalOnly, 'view.criticalOnly'),
      send(labels.showBaseline, 'view.baseline'),
      separator,
      { id: 'view.zoomIn', label: labels.zoomIn, role: 'zoomIn', accelerator: MENU_KEYS.zoomIn },
      { id: 'view.zoomOut', label: labels.zoomOut, role: 'zoomOut', accelerator: MENU_KEYS.zoomOut },
      { id: 'view.actualSize', label: labels.actualSize, role: 'resetZoom', accelerator: MENU_KEYS.actualSize },
      ...(options.isDev
        ? [
            separator,
            { id: 'dev.reload', label: labels.reload, accelerator: MENU_KEYS.reload, click: () => actions.reload() },
            { id: 'dev.tools', label: labels.devTools, accelerator: isMac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I', click: () => actions.toggleDevTools() },
          ]
        : []),
    ],
  });
  template.push({
    label: labels.help,
    role: 'help',
    submenu: [
      { id: 'help.shortcuts', label: labels.shortcuts, accelerator: MENU_KEYS.shortcuts, click: () => actions.shortcuts() },
      { id: 'help.about', label: labels.about, click: () => actions.about() },
    ],
  });
  return template;
}

function recentItems(labels: MenuLabels, actions: MenuActions, recent: readonly RecentMenuEntry[]): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ id: 'file.openRecent.none', label: labels.noRecent, enabled: false }];
  return recent.map((entry, index) => ({
    id: `file.openRecent.${index}`,
    // The file name comes from disk (untrusted): it is only ever a label, never markup or a command.
    label: `${index + 1}. ${escapeMnemonic(entry.fileName)}`,
    toolTip: entry.path,
    enabled: entry.exists,
    click: () => actions.openRecent(entry.path),
  }));
}
