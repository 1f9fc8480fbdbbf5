/**
 * The menu template as Menu.buildFromTemplate would receive it: labels in
 * both languages, accelerators, which keys are left to the page
 * (registerAccelerator: false), what each click does, Open Recent, and the
 * platform and development differences.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { COMMAND_IDS, type CommandId } from '../../../core/api/commands';
import { buildMenuTemplate, escapeMnemonic, type MenuActions, type MenuOptions, type RecentMenuEntry } from '../../../electron/menu';
import { MENU_LABELS } from '../../../electron/menuLabels';

function recordingActions() {
  const calls: string[] = [];
  const actions: MenuActions = {
    command: (id) => void calls.push(`command ${id}`),
    newPlan: (from) => void calls.push(`new ${from}`),
    open: () => void calls.push('open'),
    openRecent: (path) => void calls.push(`recent ${path}`),
    close: () => void calls.push('close'),
    shortcuts: () => void calls.push('shortcuts'),
    about: () => void calls.push('about'),
    reload: () => void calls.push('reload'),
    toggleDevTools: () => void calls.push('toggleDevTools'),
  };
  return { actions, calls };
}

const RECENT: RecentMenuEntry[] = [
  { path: '/plans/Ke-hoach-1049.tiendo', fileName: 'Ke-hoach-1049.tiendo', exists: true },
  { path: '/plans/R&D.tiendo', fileName: 'R&D.tiendo', exists: true },
  { path: '/gone/Cu.tiendo', fileName: 'Cu.tiendo', exists: false },
];

function build(language: 'vi' | 'en', options: Partial<MenuOptions> = {}) {
  const { actions, calls } = recordingActions();
  const template = buildMenuTemplate(MENU_LABELS[language], actions, { isDev: false, platform: 'win32', recent: RECENT, ...options });
  return { template, calls };
}

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const top = (template: MenuItemConstructorOptions[], label: string) => template.find((item) => item.label === label);
/** label → accelerator, as the menu shows it (separators dropped). */
const shown = (items: MenuItemConstructorOptions[]) => items.filter((i) => i.type !== 'separator').map((i) => [i.label, i.accelerator ?? null]);
const all = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => items.flatMap((i) => [i, ...all(submenu(i))]);
/** Electron calls click(menuItem, window, event); our items ignore the arguments. */
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();
const byId = (template: MenuItemConstructorOptions[], id: string) => all(template).find((item) => item.id === id);

describe('menu template (Vietnamese)', () => {
  const { template } = build('vi');

  it('has Tệp, Sửa, Xem, Trợ giúp', () => {
    expect(template.map((item) => item.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
  });

  it('Tệp: every item with its usual shortcut', () => {
    expect(shown(submenu(top(template, 'Tệp')))).toEqual([
      ['Mới', 'CmdOrCtrl+N'],
      ['Mới từ kế hoạch mẫu', null],
      ['Mở…', 'CmdOrCtrl+O'],
      ['Mở gần đây', null],
      ['Lưu', 'CmdOrCtrl+S'],
      ['Lưu thành…', 'Shift+CmdOrCtrl+S'],
      ['Gửi bản sao…', null],
      ['Nhập…', null],
      ['Xuất', null],
      ['In…', 'CmdOrCtrl+P'],
      ['Đóng', 'CmdOrCtrl+W'],
    ]);
    expect(shown(submenu(byId(template, 'file.export')))).toEqual([
      ['Phụ lục (XLSX/CSV/DOCX)…', null],
      ['Biểu đồ (PNG/SVG/PDF)…', null],
      ['Báo cáo tiến độ…', null],
    ]);
  });

  it('Sửa: the page’s keys, shown but not registered (Windows/Linux), so one press runs once', () => {
    const edit = submenu(top(template, 'Sửa')).filter((i) => i.type !== 'separator');
    expect(edit.map((i) => [i.label, i.accelerator, i.registerAccelerator])).toEqual([
      ['Hoàn tác', 'CmdOrCtrl+Z', false],
      ['Làm lại', 'CmdOrCtrl+Y', false],
      ['Thêm công việc', 'Insert', false],
      ['Xoá', 'Delete', false],
      ['Liên kết', 'CmdOrCtrl+L', false],
      ['Cập nhật tiến độ…', undefined, undefined],
      ['Lưu kế hoạch gốc…', undefined, undefined],
    ]);
  });

  it('every other accelerator is registered (nothing else handles it)', () => {
    const pageOwned = new Set(['edit.undo', 'edit.redo', 'task.add', 'task.delete', 'task.link', 'file.save', 'file.saveAs']);
    for (const item of all(template).filter((i) => i.accelerator)) {
      expect(item.registerAccelerator, item.id).toBe(pageOwned.has(item.id!) ? false : undefined);
    }
  });

  it('Xem: views, critical tasks, and zoom through Electron’s roles', () => {
    const view = submenu(top(template, 'Xem'));
    expect(shown(view)).toEqual([
      ['Ngày', null],
      ['Tuần', null],
      ['Tháng', null],
      ['Chỉ công việc găng', null],
      ['Hiện/ẩn kế hoạch gốc', null],
      ['Phóng to', 'CmdOrCtrl+='],
      ['Thu nhỏ', 'CmdOrCtrl+-'],
      ['Cỡ thực', 'CmdOrCtrl+0'],
    ]);
    expect(view.filter((i) => i.role).map((i) => i.role)).toEqual(['zoomIn', 'zoomOut', 'resetZoom']);
  });

  it('Trợ giúp: shortcuts and about', () => {
    expect(shown(submenu(top(template, 'Trợ giúp')))).toEqual([
      ['Phím tắt', 'F1'],
      ['Giới thiệu', null],
    ]);
  });
});

describe('menu template (English)', () => {
  it('has the same structure, accelerators and flags in English', () => {
    const vi = build('vi').template;
    const en = build('en').template;
    expect(en.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const shape = (t: MenuItemConstructorOptions[]) => all(t).map((i) => [i.id, i.accelerator, i.registerAccelerator, i.role, i.type]);
    expect(shape(en)).toEqual(shape(vi));
    expect(shown(submenu(top(en, 'Edit')))).toEqual([
      ['Undo', 'CmdOrCtrl+Z'],
      ['Redo', 'CmdOrCtrl+Y'],
      ['Add Task', 'Insert'],
      ['Delete', 'Delete'],
      ['Link', 'CmdOrCtrl+L'],
      ['Update progress…', null],
      ['Save Baseline…', null],
    ]);
    expect(submenu(top(en, 'File')).map((i) => i.label)).toContain('Save As…');
    expect(JSON.stringify(en.map((i) => all([i]).map((x) => x.label)))).not.toMatch(/[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/u);
  });
});

describe('menu clicks', () => {
  it('page commands send their command id; the rest call the shell’s actions', () => {
    const { template, calls } = build('vi', { isDev: true });
    for (const item of all(template)) click(item);
    expect(calls).toEqual([
      'new empty',
      'new default',
      'open',
      'recent /plans/Ke-hoach-1049.tiendo',
      'recent /plans/R&D.tiendo',
      'recent /gone/Cu.tiendo', // disabled in the menu (see below); Electron never clicks it
      'command file.save',
      'command file.saveAs',
      'command file.sendCopy',
      'command file.import',
      'command file.exportTable',
      'command file.exportTimeline',
      'command file.progressReport',
      'command file.exportTimeline', // In… opens the timeline (PDF) export
      'close',
      'command edit.undo',
      'command edit.redo',
      'command task.add',
      'command task.delete',
      'command task.link',
      'command task.updateProgress',
      'command plan.saveBaseline',
      'command view.day',
      'command view.week',
      'command view.month',
      'command view.criticalOnly',
      'command view.baseline',
      'reload',
      'toggleDevTools',
      'shortcuts',
      'about',
    ]);
    const sent = calls.filter((c) => c.startsWith('command ')).map((c) => c.slice(8));
    for (const id of sent) expect(COMMAND_IDS).toContain(id as CommandId);
  });

  it('page-command items carry their command id as menu id (the smoke test clicks by id)', () => {
    const { template } = build('vi');
    expect(byId(template, 'edit.undo')?.label).toBe('Hoàn tác');
    expect(byId(template, 'file.print')?.label).toBe('In…');
    const ids = all(template).map((i) => i.id).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('Open Recent', () => {
  it('lists the files numbered, missing ones disabled, "&" kept literal', () => {
    const { template } = build('vi');
    const recent = submenu(byId(template, 'file.openRecent'));
    expect(recent.map((i) => [i.label, i.enabled, i.toolTip])).toEqual([
      ['1. Ke-hoach-1049.tiendo', true, '/plans/Ke-hoach-1049.tiendo'],
      ['2. R&&D.tiendo', true, '/plans/R&D.tiendo'],
      ['3. Cu.tiendo', false, '/gone/Cu.tiendo'],
    ]);
    expect(escapeMnemonic('A&B&&C')).toBe('A&&B&&&&C');
  });

  it('says so when there are none', () => {
    const { template } = build('en', { recent: [] });
    expect(submenu(byId(template, 'file.openRecent')).map((i) => [i.label, i.enabled])).toEqual([['(No recent files)', false]]);
  });
});

describe('platforms and builds', () => {
  it('drops the development items in a packaged build', () => {
    const { template } = build('vi', { isDev: false, platform: 'linux' });
    expect(JSON.stringify(template)).not.toMatch(/Tải lại|Công cụ phát triển/);
    expect(byId(template, 'dev.reload')).toBeUndefined();
  });

  it('adds reload and developer tools in development', () => {
    const { template } = build('vi', { isDev: true, platform: 'linux' });
    expect(shown(submenu(top(template, 'Xem'))).slice(-2)).toEqual([
      ['Tải lại', 'CmdOrCtrl+R'],
      ['Công cụ phát triển', 'Ctrl+Shift+I'],
    ]);
  });

  it('macOS: the app menu, clipboard roles in Sửa, ⇧⌘Z for redo', () => {
    const { template } = build('vi', { isDev: true, platform: 'darwin' });
    expect(template[0]).toEqual({ role: 'appMenu' });
    const edit = submenu(top(template, 'Sửa'));
    expect(edit.filter((i) => i.role).map((i) => [i.label, i.role])).toEqual([
      ['Cắt', 'cut'],
      ['Sao chép', 'copy'],
      ['Dán', 'paste'],
      ['Chọn tất cả', 'selectAll'],
    ]);
    expect(byId(template, 'edit.redo')?.accelerator).toBe('Shift+CmdOrCtrl+Z');
    expect(byId(template, 'dev.tools')?.accelerator).toBe('Alt+Cmd+I');
  });
});
