/**
 * The application menu (a stub: the full menu comes later). The template is
 * built by a pure function so labels, accelerators and the dev-only items
 * are tested without Electron; main.ts hands it to Menu.buildFromTemplate.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuLabels {
  file: string;
  open: string;
  close: string;
  edit: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  reload: string;
  devTools: string;
  help: string;
  about: string;
}

export const MENU_LABELS_VI: MenuLabels = {
  file: 'Tệp',
  open: 'Mở…',
  close: 'Đóng',
  edit: 'Sửa',
  cut: 'Cắt',
  copy: 'Sao chép',
  paste: 'Dán',
  selectAll: 'Chọn tất cả',
  view: 'Xem',
  reload: 'Tải lại',
  devTools: 'Công cụ phát triển',
  help: 'Trợ giúp',
  about: 'Giới thiệu',
};

export interface MenuActions {
  open(): void;
  close(): void;
  reload(): void;
  toggleDevTools(): void;
  about(): void;
}

export interface MenuOptions {
  /** Reload and developer tools exist only in development builds. */
  isDev: boolean;
  platform: NodeJS.Platform;
}

export function buildMenuTemplate(labels: MenuLabels, actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push({
    label: labels.file,
    submenu: [
      { label: labels.open, accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
      { type: 'separator' },
      { label: labels.close, accelerator: 'CmdOrCtrl+W', click: () => actions.close() },
    ],
  });
  // macOS routes copy/paste shortcuts through the menu: without these roles
  // text fields would lose them. Windows and Linux handle them natively.
  if (isMac) {
    template.push({
      label: labels.edit,
      submenu: [
        { label: labels.cut, role: 'cut', accelerator: 'CmdOrCtrl+X' },
        { label: labels.copy, role: 'copy', accelerator: 'CmdOrCtrl+C' },
        { label: labels.paste, role: 'paste', accelerator: 'CmdOrCtrl+V' },
        { label: labels.selectAll, role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      ],
    });
  }
  if (options.isDev) {
    template.push({
      label: labels.view,
      submenu: [
        { label: labels.reload, accelerator: 'CmdOrCtrl+R', click: () => actions.reload() },
        { label: labels.devTools, accelerator: isMac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I', click: () => actions.toggleDevTools() },
      ],
    });
  }
  template.push({
    label: labels.help,
    role: 'help',
    submenu: [{ label: labels.about, click: () => actions.about() }],
  });
  return template;
}
