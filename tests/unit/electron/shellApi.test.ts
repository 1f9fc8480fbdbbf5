/**
 * The shell's API method and host services: setUiLanguage goes through the
 * contract and dispatch to HostServices (the Electron host hands it to main,
 * which rebuilds the menu; main.test.ts checks the rebuilt menu), the print
 * window is trusted only while it prints, and the dev-only profile override.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch';
import { createApiHandlers } from '../../../db/handlers';
import { createHostServices } from '../../../electron/host';
import { devUserDataOverride, planDataDir } from '../../../electron/paths';
import { printInHiddenWindow, type DisposablePrintWindow } from '../../../electron/printToPdf';
import { createTestHost } from '../../support/testHost';
import { person, planFile } from '../db/document/helpers';

describe('setUiLanguage', () => {
  it('reaches the host through dispatch; anything but vi/en is refused before it', async () => {
    const p = person('Nguyễn Thị Mai', 'MAY-MAI');
    p.session.open(planFile());
    const handlers = createApiHandlers(p.session, p.host);
    expect(await dispatch(handlers, 'setUiLanguage', ['en'])).toEqual({ ok: true, value: null });
    expect(await dispatch(handlers, 'setUiLanguage', ['vi'])).toEqual({ ok: true, value: null });
    for (const bad of [['fr'], ['EN'], [], [null], ['en', 'vi']]) {
      expect(await dispatch(handlers, 'setUiLanguage', bad)).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    }
    expect(p.host.menuLanguages).toEqual(['en', 'vi']);
    p.session.close();
  });

  it('a host without menus (optional method) is fine', async () => {
    const p = person('Nguyễn Thị Mai', 'MAY-MAI');
    const host = { ...createTestHost(), setMenuLanguage: undefined };
    expect(await dispatch(createApiHandlers(p.session, host), 'setUiLanguage', ['en'])).toEqual({ ok: true, value: null });
  });

  it('the Electron host passes it to main and labels its dialog buttons in the UI language', async () => {
    const languages: string[] = [];
    let language: 'vi' | 'en' = 'vi';
    const received: unknown[] = [];
    const host = createHostServices<object>({
      dialog: {
        showOpenDialog: async (_w, options) => (received.push(options.buttonLabel), { canceled: true, filePaths: [] }),
        showSaveDialog: async (_w, options) => (received.push(options.buttonLabel), { canceled: true, filePath: '' }),
      },
      window: () => ({}),
      defaultDir: () => null,
      os: { userInfo: () => ({ username: 'mai' }), hostname: () => 'MAY' },
      language: () => language,
      onLanguage: (next) => void languages.push(next),
    });
    host.setMenuLanguage?.('en');
    expect(languages).toEqual(['en']);
    await host.chooseOpenPath({ title: { vi: 't', en: 't' }, filters: [] });
    language = 'en';
    await host.chooseOpenPath({ title: { vi: 't', en: 't' }, filters: [] });
    await host.chooseSavePath({ title: { vi: 't', en: 't' }, defaultName: 'a.tiendo', filters: [] });
    expect(received).toEqual(['Mở', 'Open', 'Save']);
    expect(host.printToPdf).toBeUndefined();
  });
});

describe('print window', () => {
  function fakePrintWindow(id: number, fail: boolean, trusted: Set<number>, seen: boolean[]) {
    let destroyed = false;
    const window: DisposablePrintWindow = {
      loadURL: async () => void seen.push(trusted.has(id)),
      webContents: {
        id,
        executeJavaScript: async () => (fail ? { state: 'error', message: 'Trang in lỗi' } : { state: 'ready' }),
        printToPDF: async () => Buffer.from('%PDF-1.7'),
      } as unknown as DisposablePrintWindow['webContents'],
      isDestroyed: () => destroyed,
      destroy: () => void (destroyed = true),
    };
    return window;
  }

  it('is trusted while it prints, then untrusted and destroyed — also when printing fails', async () => {
    const trusted = new Set<number>([1]);
    const seen: boolean[] = [];
    const windows: DisposablePrintWindow[] = [];
    const create = (fail: boolean) => () => {
      const window = fakePrintWindow(40 + windows.length, fail, trusted, seen);
      windows.push(window);
      return window;
    };
    const request = { route: 'index.html#print?o=x', pageSize: 'A4', landscape: true } as const;
    const pdf = await printInHiddenWindow(create(false), trusted, 'app://tiendo/index.html', request);
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7');
    await expect(printInHiddenWindow(create(true), trusted, 'app://tiendo/index.html', request)).rejects.toThrow('Trang in lỗi');
    expect(seen).toEqual([true, true]);
    expect([...trusted]).toEqual([1]);
    expect(windows.map((w) => w.isDestroyed())).toEqual([true, true]);
  });
});

describe('profile folders', () => {
  it('plans’ data live in userData/data', () => {
    expect(planDataDir(path.join('/home', 'mai', '.config', 'Tiến Độ'))).toBe(path.join('/home', 'mai', '.config', 'Tiến Độ', 'data'));
  });

  it('TIENDO_USER_DATA_DIR only in development, only absolute', () => {
    const dir = path.resolve('/tmp/profile');
    expect(devUserDataOverride({ TIENDO_USER_DATA_DIR: dir }, false)).toBe(dir);
    expect(devUserDataOverride({ TIENDO_USER_DATA_DIR: dir }, true)).toBeNull();
    expect(devUserDataOverride({ TIENDO_USER_DATA_DIR: 'relative/dir' }, false)).toBeNull();
    expect(devUserDataOverride({}, false)).toBeNull();
  });
});
