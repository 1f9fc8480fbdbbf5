/**
 * Native dialogs, in Vietnamese. Options are built here and the Electron
 * dialog module is a parameter, so tests see exactly what Electron receives.
 */
import type { MessageBoxOptions, OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { PLAN_EXTENSION } from './args';

export const PLAN_FILE_TYPE_NAME = 'Kế hoạch Tiến Độ';

export function openPlanDialogOptions(defaultPath?: string): OpenDialogOptions {
  return {
    title: 'Mở kế hoạch',
    buttonLabel: 'Mở',
    ...(defaultPath === undefined ? {} : { defaultPath }),
    filters: [{ name: PLAN_FILE_TYPE_NAME, extensions: [PLAN_EXTENSION.slice(1)] }],
    properties: ['openFile'],
  };
}

/** The part of Electron's dialog module used here (Dialog satisfies it with W = BrowserWindow). */
export interface OpenDialogHost<W> {
  showOpenDialog(window: W, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
}

/** The chosen plan file, or null if the user cancelled. */
export async function pickPlanFile<W>(dialog: OpenDialogHost<W>, window: W, defaultPath?: string): Promise<string | null> {
  const result = await dialog.showOpenDialog(window, openPlanDialogOptions(defaultPath));
  if (result.canceled) return null;
  return result.filePaths[0] ?? null;
}

export function aboutBoxOptions(version: string): MessageBoxOptions {
  return {
    type: 'info',
    title: 'Giới thiệu',
    message: `Tiến Độ ${version}`,
    detail: 'Trình lập kế hoạch tiến độ (Gantt) ngoại tuyến.',
    buttons: ['Đóng'],
  };
}

export function openFailedBoxOptions(file: string, reason: string): MessageBoxOptions {
  return {
    type: 'error',
    title: 'Không mở được kế hoạch',
    message: `Không mở được tệp: ${file}`,
    detail: reason,
    buttons: ['Đóng'],
  };
}
