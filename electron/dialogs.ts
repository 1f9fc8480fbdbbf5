/**
 * Message boxes, in the UI language (file dialogs are in host.ts). Pure:
 * they return the options Electron's dialog.showMessageBox receives.
 */
import type { MessageBoxOptions } from 'electron';
import type { UiLanguage } from '../core/api/features/shell';
import { MENU_LABELS } from './menuLabels';
import { MENU_KEYS, pageKeys } from './menu';

const TEXT = {
  vi: {
    close: 'Đóng',
    aboutTitle: 'Giới thiệu',
    aboutDetail: 'Trình lập kế hoạch tiến độ (Gantt) ngoại tuyến.',
    openFailedTitle: 'Không mở được kế hoạch',
    openFailed: (file: string) => `Không mở được tệp: ${file}`,
    unsavedTitle: 'Thay đổi chưa lưu',
    unsaved: (name: string) => `Lưu các thay đổi của “${name}” trước khi đóng?`,
    unsavedDetail: 'Nếu không lưu, các thay đổi sẽ mất.',
    unsavedButtons: ['Lưu', 'Không lưu', 'Huỷ'],
    notSavedTitle: 'Chưa lưu được',
    notSaved: 'Kế hoạch chưa được lưu nên chưa đóng.',
    conflicts: 'Tệp đã được người khác thay đổi và có chỗ hai bên sửa khác nhau: hãy chọn giá trị giữ lại trong cửa sổ kế hoạch rồi lưu lại.',
    lockedTitle: 'Tệp đang được người khác mở',
    lockedButtons: ['Mở chỉ đọc', 'Mở một bản sao', 'Vẫn mở để sửa', 'Huỷ'],
    lockedDetail: 'Mở chỉ đọc để xem; mở một bản sao để sửa riêng; “Vẫn mở để sửa” chỉ khi chắc chắn người kia không còn sửa (khi lưu, thay đổi của hai bên sẽ được gộp).',
    shortcutsTitle: 'Phím tắt',
  },
  en: {
    close: 'Close',
    aboutTitle: 'About',
    aboutDetail: 'An offline schedule (Gantt) planner.',
    openFailedTitle: 'Could not open the plan',
    openFailed: (file: string) => `Could not open: ${file}`,
    unsavedTitle: 'Unsaved changes',
    unsaved: (name: string) => `Save the changes to “${name}” before closing?`,
    unsavedDetail: 'Your changes will be lost if you don’t save them.',
    unsavedButtons: ['Save', 'Don’t Save', 'Cancel'],
    notSavedTitle: 'Not saved',
    notSaved: 'The plan was not saved, so it stays open.',
    conflicts: 'Someone else changed the file and some of the same values differ: choose what to keep in the plan window, then save again.',
    lockedTitle: 'Someone else has this file open',
    lockedButtons: ['Open Read-Only', 'Open a Copy', 'Open Anyway', 'Cancel'],
    lockedDetail: 'Read-only to look; a copy to edit separately; “Open Anyway” only if you are sure they are no longer editing (saving then merges both sets of changes).',
    shortcutsTitle: 'Keyboard Shortcuts',
  },
} as const;

export function aboutBoxOptions(version: string, language: UiLanguage = 'vi'): MessageBoxOptions {
  const t = TEXT[language];
  return { type: 'info', title: t.aboutTitle, message: `Tiến Độ ${version}`, detail: t.aboutDetail, buttons: [t.close] };
}

export function openFailedBoxOptions(file: string, reason: string, language: UiLanguage = 'vi'): MessageBoxOptions {
  const t = TEXT[language];
  return { type: 'error', title: t.openFailedTitle, message: t.openFailed(file), detail: reason, buttons: [t.close] };
}

/** Button order of the unsaved-changes box (its response is an index into this). */
export const UNSAVED_CHOICES = ['save', 'discard', 'cancel'] as const;
export type UnsavedChoice = (typeof UNSAVED_CHOICES)[number];

export function unsavedChangesBoxOptions(fileName: string, language: UiLanguage = 'vi'): MessageBoxOptions {
  const t = TEXT[language];
  return {
    type: 'warning',
    title: t.unsavedTitle,
    message: t.unsaved(fileName),
    detail: t.unsavedDetail,
    buttons: [...t.unsavedButtons],
    defaultId: 0,
    cancelId: 2, // Esc and the window's close box mean "Huỷ"
    noLink: true,
  };
}

/** Save did not complete (a failure, merge conflicts, or the Save As dialog cancelled): nothing closes. */
export function notSavedBoxOptions(reason: string | null, conflicts: boolean, language: UiLanguage = 'vi'): MessageBoxOptions {
  const t = TEXT[language];
  const detail = conflicts ? t.conflicts : (reason ?? undefined);
  return { type: 'warning', title: t.notSavedTitle, message: t.notSaved, ...(detail ? { detail } : {}), buttons: [t.close] };
}

/** Button order of the locked-file box. */
export const LOCKED_CHOICES = ['readOnly', 'copy', 'anyway', 'cancel'] as const;
export type LockedChoice = (typeof LOCKED_CHOICES)[number];

export function lockedBoxOptions(fileName: string, lockMessage: string, language: UiLanguage = 'vi'): MessageBoxOptions {
  const t = TEXT[language];
  return {
    type: 'question',
    title: t.lockedTitle,
    message: `${fileName}: ${lockMessage}`,
    detail: t.lockedDetail,
    buttons: [...t.lockedButtons],
    defaultId: 0,
    cancelId: 3,
    noLink: true,
  };
}

/** "CmdOrCtrl+Shift+S" as the user's keyboard names it. */
export function keyText(accelerator: string, platform: NodeJS.Platform): string {
  const mod = platform === 'darwin' ? 'Cmd' : 'Ctrl';
  return accelerator.replace(/CmdOrCtrl/g, mod);
}

/** Every shortcut, menu or page, one "action: keys" line each. */
export function shortcutLines(language: UiLanguage, platform: NodeJS.Platform): string[] {
  const l = MENU_LABELS[language];
  const page = pageKeys(platform);
  const k = (accelerator: string) => keyText(accelerator, platform);
  const rows: Array<[string, string]> = [
    [l.newPlan, k(MENU_KEYS.newPlan)],
    [l.open, k(MENU_KEYS.open)],
    [l.save, k(page['file.save'])],
    [l.saveAs, k(page['file.saveAs'])],
    [l.print, k(MENU_KEYS.print)],
    [l.close, k(MENU_KEYS.close)],
    [l.undo, k(page['edit.undo'])],
    [l.redo, k(page['edit.redo'])],
    [l.addTask, `${k(page['task.add'])}, ${k('CmdOrCtrl+Enter')}`],
    [l.deleteTasks, k(page['task.delete'])],
    [l.linkTasks, k(page['task.link'])],
    [l.unlinkTasks, k('CmdOrCtrl+Shift+L')],
    [l.moveUp, 'Alt+↑'],
    [l.moveDown, 'Alt+↓'],
    [l.findFilter, k('CmdOrCtrl+F')],
    [l.zoomIn, k(MENU_KEYS.zoomIn)],
    [l.zoomOut, k(MENU_KEYS.zoomOut)],
    [l.actualSize, k(MENU_KEYS.actualSize)],
  ];
  return rows.map(([action, keys]) => `${action.replace(/…$/u, '')}: ${keys}`);
}

export function shortcutsBoxOptions(language: UiLanguage, platform: NodeJS.Platform): MessageBoxOptions {
  const t = TEXT[language];
  return { type: 'info', title: t.shortcutsTitle, message: t.shortcutsTitle, detail: shortcutLines(language, platform).join('\n'), buttons: [t.close] };
}
