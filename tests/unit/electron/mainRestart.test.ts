/**
 * What carries over from one run of the app to the next (electron/main.ts
 * twice, each time with a fresh fake 'electron' module, over the same
 * profile and Documents folders): the last plan reopens, the menu starts in
 * the language chosen last time, the window opens where it was closed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ipcChannel, type ApiResponse, type OpenPlan } from '../../../core/api/contract';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { ensureDefaultPlanFile } from '../../../db/defaultPlanFile';
import { fakeEvent } from './fakes';

const base = mkdtempSync(join(tmpdir(), 'tiendo-restart-'));
const savedArgv = process.argv;
afterAll(() => {
  process.argv = savedArgv;
  rmSync(base, { recursive: true, force: true });
});

/** One run of the app: a fresh module graph (fake electron included), started and shown. */
async function run() {
  vi.resetModules();
  const fake = await import('./fakeElectron');
  vi.doMock('electron', () => fake.electron); // this run's fake, not the last run's
  const { electron, FakeBrowserWindow } = fake;
  electron.app.documentsDir = join(base, 'Documents');
  electron.app.userDataDir = join(base, 'userData');
  process.argv = [process.execPath];
  await import('../../../electron/main');
  process.argv = savedArgv;
  electron.app.becomeReady();
  await vi.waitFor(() => expect(FakeBrowserWindow.all[0]?.titles.length ?? 0).toBeGreaterThan(0));
  const window = FakeBrowserWindow.all[0]!;
  const invoke = async (method: string, args: unknown[]) =>
    (await electron.ipcMain.handlers.get(ipcChannel(method as never))!({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, args)) as ApiResponse;
  const openPath = async () => ((await invoke('getPlan', [])) as { ok: true; value: OpenPlan }).value.path;
  return { electron, window, invoke, openPath };
}

describe('between runs', () => {
  it('reopens the last plan, in the last language, where the window was', async () => {
    const first = await run();
    expect(await first.openPath()).toBe(join(base, 'Documents', 'Tiến Độ', 'Ke-hoach-1049.tiendo'));
    const other = ensureDefaultPlanFile(join(base, 'Other'), createDefaultPlan);
    first.electron.app.emit('second-instance', fakeEvent(), [], base, { file: other });
    await vi.waitFor(async () => expect(await first.openPath()).toBe(other));
    await first.invoke('setUiLanguage', ['en']);
    first.window.normalBounds = { x: 200, y: 150, width: 1024, height: 640 };
    first.window.close(); // nothing unsaved: closes without a question
    await vi.waitFor(() => expect(first.window.isDestroyed()).toBe(true));
    first.electron.app.emit('will-quit', fakeEvent()); // releases the plan's lock, as quitting does

    const second = await run();
    expect(await second.openPath()).toBe(other);
    expect(second.window.titles.at(-1)).toBe(`Tiến Độ — Ke-hoach-1049.tiendo — ${dirname(other)}`);
    expect(second.electron.Menu.current?.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(second.window.options).toMatchObject({ x: 200, y: 150, width: 1024, height: 640 });
    expect(second.electron.dialog.messageBoxes).toEqual([]);
    second.electron.app.emit('will-quit', fakeEvent());
  }, 30_000);
});
