/** Message boxes in both languages: what dialog.showMessageBox receives. */
import { describe, expect, it } from 'vitest';
import {
  aboutBoxOptions,
  keyText,
  lockedBoxOptions,
  LOCKED_CHOICES,
  notSavedBoxOptions,
  openFailedBoxOptions,
  shortcutLines,
  shortcutsBoxOptions,
  UNSAVED_CHOICES,
  unsavedChangesBoxOptions,
} from '../../../electron/dialogs';

describe('message boxes', () => {
  it('unsaved changes: Lưu / Không lưu / Huỷ, Esc means Huỷ', () => {
    const box = unsavedChangesBoxOptions('Ke-hoach-1049.tiendo');
    expect(box.buttons).toEqual(['Lưu', 'Không lưu', 'Huỷ']);
    expect(UNSAVED_CHOICES[box.cancelId!]).toBe('cancel');
    expect(UNSAVED_CHOICES[box.defaultId!]).toBe('save');
    expect(unsavedChangesBoxOptions('a.tiendo', 'en').buttons).toEqual(['Save', 'Don’t Save', 'Cancel']);
  });

  it('locked file: the three ways to open, or Huỷ', () => {
    const box = lockedBoxOptions('a.tiendo', 'Đang được mở bởi Lan trên máy MAY-LAN từ 28/11/2026 16:30.');
    expect(box.buttons).toHaveLength(LOCKED_CHOICES.length);
    expect(LOCKED_CHOICES[box.cancelId!]).toBe('cancel');
    expect(box.message).toBe('a.tiendo: Đang được mở bởi Lan trên máy MAY-LAN từ 28/11/2026 16:30.');
  });

  it('not saved: the reason, or what to do about conflicts', () => {
    expect(notSavedBoxOptions('Ổ đĩa đầy', false)).toMatchObject({ message: 'Kế hoạch chưa được lưu nên chưa đóng.', detail: 'Ổ đĩa đầy' });
    expect(notSavedBoxOptions(null, true, 'en').detail).toMatch(/choose what to keep/);
    expect(notSavedBoxOptions(null, false)).not.toHaveProperty('detail');
  });

  it('about and open failures, in each language', () => {
    expect(aboutBoxOptions('1.2.3')).toMatchObject({ title: 'Giới thiệu', message: 'Tiến Độ 1.2.3', buttons: ['Đóng'] });
    expect(aboutBoxOptions('1.2.3', 'en')).toMatchObject({ title: 'About', buttons: ['Close'] });
    expect(openFailedBoxOptions('x.tiendo', 'hỏng', 'en')).toMatchObject({ type: 'error', message: 'Could not open: x.tiendo', detail: 'hỏng' });
  });
});

describe('shortcuts box', () => {
  it('lists menu and page keys as the keyboard names them', () => {
    const lines = shortcutLines('vi', 'win32');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Hoàn tác: Ctrl+Z',
        'Làm lại: Ctrl+Y',
        'Thêm công việc: Insert, Ctrl+Enter',
        'Xoá: Delete',
        'Liên kết: Ctrl+L',
        'Bỏ liên kết: Ctrl+Shift+L',
        'Lưu thành: Shift+Ctrl+S',
        'In: Ctrl+P',
        'Tìm, lọc công việc: Ctrl+F',
      ]),
    );
    expect(shortcutLines('en', 'darwin')).toEqual(expect.arrayContaining(['Undo: Cmd+Z', 'Redo: Shift+Cmd+Z', 'Save: Cmd+S']));
    expect(keyText('Alt+CmdOrCtrl+K', 'linux')).toBe('Alt+Ctrl+K');
    expect(shortcutsBoxOptions('en', 'linux')).toMatchObject({ title: 'Keyboard Shortcuts', detail: expect.stringContaining('Undo: Ctrl+Z\n') });
  });
});
