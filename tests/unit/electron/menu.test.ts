import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, MENU_LABELS_VI, type MenuActions } from '../../../electron/menu';

function recordingActions() {
  const calls: string[] = [];
  const actions: MenuActions = {
    open: () => void calls.push('open'),
    close: () => void calls.push('close'),
    reload: () => void calls.push('reload'),
    toggleDevTools: () => void calls.push('toggleDevTools'),
    about: () => void calls.push('about'),
  };
  return { actions, calls };
}

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const byLabel = (template: MenuItemConstructorOptions[], label: string) => template.find((item) => item.label === label);
/** Electron calls click(menuItem, window, event); our items ignore the arguments. */
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();

describe('menu template', () => {
  it('has the Vietnamese menus with accelerators (development build)', () => {
    const { actions } = recordingActions();
    const template = buildMenuTemplate(MENU_LABELS_VI, actions, { isDev: true, platform: 'win32' });
    expect(template.map((item) => item.label)).toEqual(['Tệp', 'Xem', 'Trợ giúp']);
    const file = submenu(byLabel(template, 'Tệp'));
    expect(file.filter((i) => i.type !== 'separator').map((i) => [i.label, i.accelerator])).toEqual([
      ['Mở…', 'CmdOrCtrl+O'],
      ['Đóng', 'CmdOrCtrl+W'],
    ]);
    expect(submenu(byLabel(template, 'Xem')).map((i) => [i.label, i.accelerator])).toEqual([
      ['Tải lại', 'CmdOrCtrl+R'],
      ['Công cụ phát triển', 'Ctrl+Shift+I'],
    ]);
    expect(submenu(byLabel(template, 'Trợ giúp')).map((i) => i.label)).toEqual(['Giới thiệu']);
  });

  it('drops the development items in a packaged build', () => {
    const { actions } = recordingActions();
    const template = buildMenuTemplate(MENU_LABELS_VI, actions, { isDev: false, platform: 'linux' });
    expect(template.map((item) => item.label)).toEqual(['Tệp', 'Trợ giúp']);
    expect(JSON.stringify(template)).not.toMatch(/Tải lại|Công cụ phát triển|toggleDevTools/);
  });

  it('routes clicks to the actions', () => {
    const { actions, calls } = recordingActions();
    const template = buildMenuTemplate(MENU_LABELS_VI, actions, { isDev: true, platform: 'linux' });
    for (const item of template.flatMap(submenu)) click(item);
    expect(calls).toEqual(['open', 'close', 'reload', 'toggleDevTools', 'about']);
  });

  it('adds the app menu and editing roles on macOS', () => {
    const { actions } = recordingActions();
    const template = buildMenuTemplate(MENU_LABELS_VI, actions, { isDev: true, platform: 'darwin' });
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(submenu(byLabel(template, 'Sửa')).map((i) => [i.label, i.role])).toEqual([
      ['Cắt', 'cut'],
      ['Sao chép', 'copy'],
      ['Dán', 'paste'],
      ['Chọn tất cả', 'selectAll'],
    ]);
    expect(submenu(byLabel(template, 'Xem'))[1]?.accelerator).toBe('Alt+Cmd+I');
  });
});
