import { join } from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { describe, expect, it } from 'vitest';
import { PLAN_FILE_FILTER } from '../../../core/api/host';
import { DIALOG_TITLES, FILE_TYPE_NAMES } from '../../../core/api/hostTexts';
import { aboutBoxOptions, openFailedBoxOptions } from '../../../electron/dialogs';
import { createHostServices, type DialogHost } from '../../../electron/host';

type FakeWindow = { id: number };
const WINDOW: FakeWindow = { id: 1 };

function setup(options: { open?: OpenDialogReturnValue; save?: SaveDialogReturnValue; window?: FakeWindow | null; dir?: string | null } = {}) {
  const received: Array<[string, FakeWindow, OpenDialogOptions | SaveDialogOptions]> = [];
  const dialog: DialogHost<FakeWindow> = {
    showOpenDialog: async (window, opts) => {
      received.push(['open', window, opts]);
      return options.open ?? { canceled: true, filePaths: [] };
    },
    showSaveDialog: async (window, opts) => {
      received.push(['save', window, opts]);
      return options.save ?? { canceled: true, filePath: '' };
    },
  };
  const host = createHostServices({
    dialog,
    window: () => (options.window === undefined ? WINDOW : options.window),
    defaultDir: () => (options.dir === undefined ? null : options.dir),
    os: { userInfo: () => ({ username: 'nguyenvana' }), hostname: () => 'MAY-01' },
    now: () => new Date('2026-03-01T08:00:00Z'),
  });
  return { host, received };
}

const T = { vi: 't', en: 't' };

describe('host services: dialogs', () => {
  it('asks for one .tiendo file, modal to our window, starting in the plan’s folder', async () => {
    const dir = join('/home', 'u', 'Documents', 'Tiến Độ');
    const { host, received } = setup({ open: { canceled: false, filePaths: ['/plans/a.tiendo'] }, dir });
    expect(await host.chooseOpenPath({ title: DIALOG_TITLES.openPlan, filters: [PLAN_FILE_FILTER] })).toBe('/plans/a.tiendo');
    expect(received).toEqual([
      ['open', WINDOW, { title: 'Mở kế hoạch', buttonLabel: 'Mở', filters: [{ name: 'Kế hoạch Tiến Độ', extensions: ['tiendo'] }], properties: ['openFile'], defaultPath: dir }],
    ]);
  });

  it('returns null when cancelled or when there is no window', async () => {
    expect(await setup().host.chooseOpenPath({ title: T, filters: [] })).toBeNull();
    const noWindow = setup({ window: null, open: { canceled: false, filePaths: ['/a.tiendo'] } });
    expect(await noWindow.host.chooseOpenPath({ title: T, filters: [] })).toBeNull();
    expect(noWindow.received).toEqual([]);
  });

  it('asks where to save, confirming overwrites', async () => {
    const { host, received } = setup({ save: { canceled: false, filePath: '/plans/b.tiendo' }, dir: '/plans' });
    expect(await host.chooseSavePath({ title: DIALOG_TITLES.savePlanAs, defaultName: 'b.tiendo', filters: [PLAN_FILE_FILTER] })).toBe('/plans/b.tiendo');
    expect(received[0]?.[2]).toMatchObject({ title: 'Lưu kế hoạch thành', defaultPath: join('/plans', 'b.tiendo'), properties: expect.arrayContaining(['showOverwriteConfirmation']) });
    expect(await setup().host.chooseSavePath({ title: T, defaultName: 'x.tiendo', filters: [] })).toBeNull();
  });

  it('words the title and the file types in the UI language', async () => {
    let language: 'vi' | 'en' = 'en';
    const received: unknown[] = [];
    const host = createHostServices({
      dialog: {
        showOpenDialog: async (_w: unknown, o: unknown) => (received.push(o), { canceled: true, filePaths: [] }),
        showSaveDialog: async (_w: unknown, o: unknown) => (received.push(o), { canceled: true }),
      } as never,
      window: () => ({}),
      defaultDir: () => null,
      os: { userInfo: () => ({ username: 'mai' }), hostname: () => 'MAY' },
      language: () => language,
    });
    await host.chooseOpenPath({ title: DIALOG_TITLES.openPlan, filters: [PLAN_FILE_FILTER] });
    await host.chooseSavePath({ title: DIALOG_TITLES.exportPdf, defaultName: 'a.pdf', filters: [{ name: FILE_TYPE_NAMES.pdf, extensions: ['pdf'] }] });
    language = 'vi';
    await host.chooseSavePath({ title: DIALOG_TITLES.exportPdf, defaultName: 'a.pdf', filters: [{ name: FILE_TYPE_NAMES.pdf, extensions: ['pdf'] }] });
    expect(received).toMatchObject([
      { title: 'Open Plan', buttonLabel: 'Open', filters: [{ name: 'Tiến Độ plan', extensions: ['tiendo'] }] },
      { title: 'Save the Timeline (PDF)', buttonLabel: 'Save', filters: [{ name: 'PDF document' }] },
      { title: 'Lưu biểu đồ tiến độ (PDF)', buttonLabel: 'Lưu', filters: [{ name: 'Tài liệu PDF' }] },
    ]);
  });

  it('suggests just the file name without a folder', async () => {
    const { host, received } = setup();
    await host.chooseSavePath({ title: T, defaultName: 'x.tiendo', filters: [] });
    expect(received[0]?.[2]).toMatchObject({ defaultPath: 'x.tiendo' });
  });
});

describe('host services: identity', () => {
  it('names the user and the computer', () => {
    const { host } = setup();
    expect(host.userName()).toBe('nguyenvana');
    expect(host.computerName()).toBe('MAY-01');
    expect(host.now().toISOString()).toBe('2026-03-01T08:00:00.000Z');
  });

  it('survives an account without a passwd entry', () => {
    const host = createHostServices({
      dialog: setup().host as never,
      window: () => null,
      defaultDir: () => null,
      os: {
        userInfo: () => {
          throw new Error('ENOENT');
        },
        hostname: () => 'h',
      },
    });
    expect(typeof host.userName()).toBe('string');
  });
});

describe('message boxes', () => {
  it('are worded in Vietnamese', () => {
    expect(aboutBoxOptions('0.1.0')).toMatchObject({ type: 'info', title: 'Giới thiệu', message: 'Tiến Độ 0.1.0' });
    expect(openFailedBoxOptions('a.tiendo', 'Tệp không phải kế hoạch.')).toMatchObject({
      type: 'error',
      message: 'Không mở được tệp: a.tiendo',
      detail: 'Tệp không phải kế hoạch.',
    });
  });
});
