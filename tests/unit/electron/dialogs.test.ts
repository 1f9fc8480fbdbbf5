import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { describe, expect, it } from 'vitest';
import { aboutBoxOptions, openFailedBoxOptions, openPlanDialogOptions, pickPlanFile, type OpenDialogHost } from '../../../electron/dialogs';

type FakeWindow = { id: number };

function fakeDialog(result: OpenDialogReturnValue) {
  const received: Array<[FakeWindow, OpenDialogOptions]> = [];
  const dialog: OpenDialogHost<FakeWindow> = {
    showOpenDialog: async (window, options) => {
      received.push([window, options]);
      return result;
    },
  };
  return { dialog, received };
}

describe('open dialog', () => {
  it('asks for one .tiendo file, parented to the window', async () => {
    const { dialog, received } = fakeDialog({ canceled: false, filePaths: ['/plans/a.tiendo'] });
    const window = { id: 1 };
    expect(await pickPlanFile(dialog, window)).toBe('/plans/a.tiendo');
    expect(received[0]?.[0]).toBe(window);
    expect(received[0]?.[1]).toEqual({
      title: 'Mở kế hoạch',
      buttonLabel: 'Mở',
      filters: [{ name: 'Kế hoạch Tiến Độ', extensions: ['tiendo'] }],
      properties: ['openFile'],
    });
  });

  it('returns null when cancelled', async () => {
    const { dialog } = fakeDialog({ canceled: true, filePaths: [] });
    expect(await pickPlanFile(dialog, { id: 1 })).toBeNull();
  });

  it('passes a starting folder when given', () => {
    expect(openPlanDialogOptions('/home/u/Documents/Tiến Độ').defaultPath).toBe('/home/u/Documents/Tiến Độ');
    expect('defaultPath' in openPlanDialogOptions()).toBe(false);
  });

  it('words message boxes in Vietnamese', () => {
    expect(aboutBoxOptions('0.1.0')).toMatchObject({ type: 'info', title: 'Giới thiệu', message: 'Tiến Độ 0.1.0' });
    expect(openFailedBoxOptions('a.tiendo', 'Tệp không phải kế hoạch.')).toMatchObject({
      type: 'error',
      message: 'Không mở được tệp: a.tiendo',
      detail: 'Tệp không phải kế hoạch.',
    });
  });
});
