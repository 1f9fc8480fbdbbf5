/**
 * electron/main.ts end to end, against a fake 'electron' module (the real
 * binary is not installed here) and the real db session: start-up order,
 * what each Electron API receives, IPC through dispatch, second launches.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHODS, ipcChannel, type ApiResponse, type OpenPlan } from '../../../core/api/contract';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { ensureDefaultPlanFile } from '../../../db/defaultPlanFile';
import { CONTENT_SECURITY_POLICY } from '../../../electron/csp';
import { electron, FakeBrowserWindow } from './fakeElectron';
import { fakeEvent } from './fakes';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

let base: string;
let window: FakeBrowserWindow;
const savedArgv = process.argv;
const missingLaunchFile = join(tmpdir(), 'tiendo-does-not-exist', 'mat.tiendo');

function trustedEvent() {
  return { sender: window.webContents, senderFrame: window.webContents.mainFrame };
}

async function invoke(method: (typeof API_METHODS)[number], args: unknown[], event: unknown = trustedEvent()): Promise<ApiResponse> {
  const listener = electron.ipcMain.handlers.get(ipcChannel(method));
  if (!listener) throw new Error(`no handler for ${method}`);
  return (await listener(event, args)) as ApiResponse;
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'tiendo-main-'));
  electron.app.documentsDir = join(base, 'Documents');
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
    expect(existsSync(join(electron.app.documentsDir, 'Tiến Độ', 'Ke-hoach-1049.tiendo'))).toBe(true);
    expect(electron.app.exitCodes).toEqual([]);
  });

  it('creates one secure window on app://tiendo, titled with the file name', () => {
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(window.options.webPreferences?.preload).toMatch(/preload[\\/]index\.cjs$/);
    expect(window.loaded).toEqual(['app://tiendo/index.html']);
    expect(window.titles.at(-1)).toBe('Tiến Độ — Ke-hoach-1049.tiendo');
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

  it('installs the Vietnamese menu', () => {
    expect(electron.Menu.current?.map((item) => item.label)).toEqual(['Tệp', 'Xem', 'Trợ giúp']);
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

describe('second launch', () => {
  it('focuses the window and opens the forwarded file through the session', async () => {
    const other = ensureDefaultPlanFile(join(base, 'Other'), createDefaultPlan);
    const reloadsBefore = window.webContents.reloads;
    electron.app.emit('second-instance', fakeEvent(), ['tiendo', 'ignored.tiendo'], base, { file: other });
    await vi.waitFor(() => expect(window.webContents.reloads).toBe(reloadsBefore + 1));
    expect(window.calls).toEqual(expect.arrayContaining(['restore', 'show', 'focus']));
    const response = await invoke('getPlan', []);
    expect((response as { value: OpenPlan }).value.path).toBe(other);
  });

  it('reports a forwarded file that is not a plan, keeping the open one', async () => {
    const before = ((await invoke('getPlan', [])) as { value: OpenPlan }).value.path;
    const boxes = electron.dialog.messageBoxes.length;
    electron.app.emit('second-instance', fakeEvent(), [], base, { file: join(base, 'missing.tiendo') });
    await vi.waitFor(() => expect(electron.dialog.messageBoxes.length).toBe(boxes + 1));
    expect(electron.dialog.messageBoxes.at(-1)).toMatchObject({ type: 'error', message: 'Không mở được tệp: missing.tiendo' });
    expect(((await invoke('getPlan', [])) as { value: OpenPlan }).value.path).toBe(before);
  });
});

describe('menu', () => {
  it('Mở… shows the .tiendo open dialog', async () => {
    const file = electron.Menu.current?.[0]?.submenu as Array<{ label?: string; click?: () => void }>;
    file.find((item) => item.label === 'Mở…')?.click?.();
    await vi.waitFor(() => expect(electron.dialog.openDialogs).toHaveLength(1));
    expect(electron.dialog.openDialogs[0]?.filters).toEqual([{ name: 'Kế hoạch Tiến Độ', extensions: ['tiendo'] }]);
  });
});
