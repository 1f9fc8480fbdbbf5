/**
 * electron/main.ts end to end, against a fake 'electron' module (the real
 * binary is not installed here) and the real db session: start-up order,
 * what each Electron API receives, IPC through dispatch, the menu and its
 * commands, the window's place, second launches and closing with unsaved
 * changes. (mainRestart.test.ts runs the app twice for what carries over.)
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MENU_COMMAND_CHANNEL } from '../../../core/api/commands';
import { API_METHODS, ipcChannel, type ApiResponse, type OpenPlan } from '../../../core/api/contract';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { ensureDefaultPlanFile } from '../../../db/defaultPlanFile';
import { CONTENT_SECURITY_POLICY } from '../../../electron/csp';
import { SHELL_STATE_FILE_NAME } from '../../../electron/shellState';
import { electron, FakeBrowserWindow } from './fakeElectron';
import { fakeEvent } from './fakes';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

let base: string;
let window: FakeBrowserWindow;
const savedArgv = process.argv;
const missingLaunchFile = join(tmpdir(), 'tiendo-does-not-exist', 'mat.tiendo');
const shellStateFile = () => join(electron.app.userDataDir, SHELL_STATE_FILE_NAME);
const defaultPlan = () => join(electron.app.documentsDir, 'Tiến Độ', 'Ke-hoach-1049.tiendo');

function trustedEvent(target: FakeBrowserWindow = window) {
  return { sender: target.webContents, senderFrame: target.webContents.mainFrame };
}

async function invoke(method: (typeof API_METHODS)[number], args: unknown[], event: unknown = trustedEvent()): Promise<ApiResponse> {
  const listener = electron.ipcMain.handlers.get(ipcChannel(method));
  if (!listener) throw new Error(`no handler for ${method}`);
  return (await listener(event, args)) as ApiResponse;
}

const items = (list: MenuItemConstructorOptions[] | undefined): MenuItemConstructorOptions[] =>
  (list ?? []).flatMap((item) => [item, ...items(item.submenu as MenuItemConstructorOptions[] | undefined)]);
const menuItem = (id: string) => items(electron.Menu.current ?? undefined).find((item) => item.id === id);
const click = (id: string) => (menuItem(id)?.click as (() => void) | undefined)?.();

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'tiendo-main-'));
  electron.app.documentsDir = join(base, 'Documents');
  electron.app.userDataDir = join(base, 'userData');
  // Last run the window was maximized, partly off the bottom-right of this 1920×1040 display.
  mkdirSync(electron.app.userDataDir, { recursive: true });
  writeFileSync(shellStateFile(), JSON.stringify({ version: 1, window: { x: 1700, y: 900, width: 1000, height: 700, maximized: true } }));
  // `tiendo <file>` with a file that cannot be opened: reported, then the default plan opens.
  process.argv = [process.execPath, missingLaunchFile];
  await import('../../../electron/main');
  process.argv = savedArgv;
  electron.app.becomeReady();
  await vi.waitFor(() => {
    expect(FakeBrowserWindow.all).toHaveLength(1);
    expect(FakeBrowserWindow.all[0]!.titles.length).toBeGreaterThan(0);
  });
  window = FakeBrowserWindow.all[0]!;
}, 30_000);

afterAll(() => {
  process.argv = savedArgv;
  electron.app.emit('will-quit', fakeEvent());
  rmSync(base, { recursive: true, force: true });
});

describe('main process start-up', () => {
  it('registers the privileged scheme and the sandbox before ready, and takes the single-instance lock', () => {
    expect(electron.protocol.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(electron.app.sandboxEnabled).toBe(true);
    expect(electron.app.lockRequests).toEqual([{ file: missingLaunchFile }]);
  });

  it('reports the unreadable launch file and opens the default plan in Documents', () => {
    expect(electron.dialog.messageBoxes[0]).toMatchObject({ type: 'error', message: `Không mở được tệp: ${missingLaunchFile}` });
    expect(existsSync(defaultPlan())).toBe(true);
    expect(electron.app.exitCodes).toEqual([]);
  });

  it('keeps the plans’ working copies in the profile (userData/data), not in a temporary folder', () => {
    expect(existsSync(join(electron.app.userDataDir, 'data', 'documents'))).toBe(true);
    expect(existsSync(join(electron.app.userDataDir, 'data', 'recent.json'))).toBe(true);
  });

  it('creates one secure window on app://tiendo, titled with the file name', () => {
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(window.options.webPreferences?.preload).toMatch(/preload[\\/]index\.cjs$/);
    expect(window.loaded).toEqual(['app://tiendo/index.html']);
    expect(window.titles.at(-1)).toBe(`Tiến Độ — Ke-hoach-1049.tiendo — ${dirname(defaultPlan())}`);
  });

  it('puts the window back where it was, moved fully onto the display, maximized once shown', () => {
    expect(window.options).toMatchObject({ x: 920, y: 340, width: 1000, height: 700, show: false });
    expect(window.calls).not.toContain('maximize');
    window.emit('ready-to-show');
    expect(window.calls.slice(-2)).toEqual(['maximize', 'show']);
  });

  it('guards the window’s web contents and denies permissions', () => {
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(window.webContents.count('will-navigate')).toBe(1);
    expect(electron.session.defaultSession.permissionHandlers.check?.()).toBe(false);
  });

  it('serves the renderer through app:// with the CSP', async () => {
    const handler = electron.protocol.handlers.get('app');
    const notFound = await handler!(new Request('app://tiendo/../../etc/passwd'));
    expect(notFound.status).toBe(404);
    expect(notFound.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('IPC', () => {
  it('registers one handler per contract method', () => {
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(API_METHODS.map(ipcChannel).sort());
  });

  it('answers our window through dispatch and the db session', async () => {
    const response = await invoke('getPlan', []);
    expect(response.ok).toBe(true);
    expect((response as { value: OpenPlan }).value.fileName).toBe('Ke-hoach-1049.tiendo');
    const invalid = await invoke('openPlan', [123]);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('refuses another sender', async () => {
    const foreign = { sender: { id: 999, mainFrame: window.webContents.mainFrame }, senderFrame: window.webContents.mainFrame };
    expect(await invoke('getPlan', [], foreign)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('menu', () => {
  it('is installed in Vietnamese, Open Recent listing the plan just opened', () => {
    expect(electron.Menu.current?.map((item) => item.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    expect((menuItem('file.openRecent')?.submenu as MenuItemConstructorOptions[]).map((i) => [i.label, i.toolTip])).toEqual([
      ['1. Ke-hoach-1049.tiendo', defaultPlan()],
    ]);
  });

  it('sends page commands to the focused window’s page (and to the main window when none is focused)', () => {
    FakeBrowserWindow.focused = window;
    click('edit.undo');
    click('file.print');
    FakeBrowserWindow.focused = null;
    click('file.save');
    expect(window.webContents.sent.slice(-3)).toEqual([
      [MENU_COMMAND_CHANNEL, 'edit.undo'],
      [MENU_COMMAND_CHANNEL, 'file.exportTimeline'],
      [MENU_COMMAND_CHANNEL, 'file.save'],
    ]);
  });

  it('Mở… shows the .tiendo open dialog', async () => {
    click('file.open');
    await vi.waitFor(() => expect(electron.dialog.openDialogs).toHaveLength(1));
    expect(electron.dialog.openDialogs[0]).toMatchObject({ title: 'Mở kế hoạch', buttonLabel: 'Mở', filters: [{ name: 'Kế hoạch Tiến Độ', extensions: ['tiendo'] }] });
  });

  it('Phím tắt lists the shortcuts', async () => {
    const before = electron.dialog.messageBoxes.length;
    click('help.shortcuts');
    await vi.waitFor(() => expect(electron.dialog.messageBoxes.length).toBe(before + 1));
    expect(electron.dialog.messageBoxes.at(-1)).toMatchObject({ title: 'Phím tắt', detail: expect.stringContaining('Hoàn tác: Ctrl+Z') });
  });

  it('follows the page’s language: setUiLanguage rebuilds it in English, remembered for the next start', async () => {
    const builds = electron.Menu.installed.length;
    expect(await invoke('setUiLanguage', ['en'])).toEqual({ ok: true, value: null });
    expect(electron.Menu.installed.length).toBe(builds + 1);
    expect(electron.Menu.current?.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(menuItem('edit.undo')).toMatchObject({ label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(JSON.parse(readFileSync(shellStateFile(), 'utf8'))).toMatchObject({ language: 'en' });
    await invoke('setUiLanguage', ['en']); // no change: no rebuild
    expect(electron.Menu.installed.length).toBe(builds + 1);
    await invoke('setUiLanguage', ['vi']);
    expect(electron.Menu.current?.map((item) => item.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
  });
});

describe('second launch', () => {
  it('focuses the window and opens the forwarded file through the session', async () => {
    const other = ensureDefaultPlanFile(join(base, 'Other'), createDefaultPlan);
    const reloadsBefore = window.webContents.reloads;
    electron.app.emit('second-instance', fakeEvent(), ['tiendo', 'ignored.tiendo'], base, { file: other });
    await vi.waitFor(() => expect(window.webContents.reloads).toBe(reloadsBefore + 1));
    expect(window.calls).toEqual(expect.arrayContaining(['restore', 'show', 'focus']));
    const response = await invoke('getPlan', []);
    expect((response as { value: OpenPlan }).value.path).toBe(other);
    // Open Recent follows.
    await vi.waitFor(() => expect((menuItem('file.openRecent.0') as { toolTip?: string })?.toolTip).toBe(other));
    expect(menuItem('file.openRecent.1')?.toolTip).toBe(defaultPlan());
  });

  it('reports a forwarded file that is not a plan, keeping the open one', async () => {
    const before = ((await invoke('getPlan', [])) as { value: OpenPlan }).value.path;
    const boxes = electron.dialog.messageBoxes.length;
    electron.app.emit('second-instance', fakeEvent(), [], base, { file: join(base, 'missing.tiendo') });
    await vi.waitFor(() => expect(electron.dialog.messageBoxes.length).toBe(boxes + 1));
    expect(electron.dialog.messageBoxes.at(-1)).toMatchObject({ type: 'error', message: 'Không mở được tệp: missing.tiendo' });
    expect(((await invoke('getPlan', [])) as { value: OpenPlan }).value.path).toBe(before);
  });

  it('Open Recent reopens a file from the list', async () => {
    const reloadsBefore = window.webContents.reloads;
    click('file.openRecent.1');
    await vi.waitFor(() => expect(window.webContents.reloads).toBe(reloadsBefore + 1));
    expect(((await invoke('getPlan', [])) as { value: OpenPlan }).value.path).toBe(defaultPlan());
  });
});

describe('unsaved changes', () => {
  it('the title marks them after an edit', async () => {
    const edited = await invoke('applyEdit', [{ op: 'addUnit', name: 'Tổ công tác đặc biệt' }]);
    expect(edited.ok).toBe(true);
    await vi.waitFor(() => expect(window.titles.at(-1)).toBe(`Tiến Độ — • Ke-hoach-1049.tiendo — ${dirname(defaultPlan())}`));
  });

  it('closing asks; Huỷ keeps the window open', async () => {
    const boxes = electron.dialog.messageBoxes.length;
    electron.dialog.responses.push(2);
    click('file.close');
    await vi.waitFor(() => expect(electron.dialog.messageBoxes.length).toBe(boxes + 1));
    expect(electron.dialog.messageBoxes.at(-1)).toMatchObject({ message: 'Lưu các thay đổi của “Ke-hoach-1049.tiendo” trước khi đóng?', buttons: ['Lưu', 'Không lưu', 'Huỷ'] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(window.isDestroyed()).toBe(false);
  });

  it('Lưu writes the file, the window closes and its place is remembered', async () => {
    const before = readFileSync(defaultPlan());
    window.normalBounds = { x: 40, y: 30, width: 1100, height: 720 };
    electron.dialog.responses.push(0);
    window.close();
    await vi.waitFor(() => expect(window.isDestroyed()).toBe(true));
    expect(readFileSync(defaultPlan()).equals(before)).toBe(false);
    expect(JSON.parse(readFileSync(shellStateFile(), 'utf8'))).toEqual({
      version: 1,
      window: { x: 40, y: 30, width: 1100, height: 720, maximized: true },
      language: 'vi',
    });
    // Closing the last window quits on Windows and Linux.
    electron.app.emit('window-all-closed');
    expect(electron.app.quits).toBeGreaterThan(0);
  });
});
