// @vitest-environment happy-dom
/**
 * "Phím tắt": F1 and "?" open it (not "?" typed in a field), it lists every
 * key the handler runs, in both languages, and each listed key runs its command.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMAND_SHORTCUTS, displayKeys, shortcutCommand } from '../../../renderer/app/shortcutList';
import { ShortcutsDialog } from '../../../renderer/app/ShortcutsDialog';
import { useShortcuts } from '../../../renderer/app/useShortcuts';
import { useDialogStore } from '../../../renderer/state/useDialogStore';
import { usePlanStore } from '../../../renderer/state/usePlanStore';

function Host() {
  useShortcuts(true);
  const dialog = useDialogStore((s) => s.dialog);
  const close = useDialogStore((s) => s.close);
  return (
    <>
      <input aria-label="Tên" />
      {dialog === 'shortcuts' && <ShortcutsDialog onClose={close} />}
    </>
  );
}

afterEach(() => {
  cleanup();
  useDialogStore.setState({ dialog: null });
});

const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

function eventOf(combo: string) {
  const parts = combo.split('+');
  return { key: parts[parts.length - 1] ?? '', ctrlKey: parts.includes('Ctrl'), metaKey: false, shiftKey: parts.includes('Shift'), altKey: parts.includes('Alt') };
}

describe('Phím tắt', () => {
  it('opens with F1 and with "?" outside a text field, lists the shortcuts in Vietnamese, and Esc closes it', async () => {
    usePlanStore.setState({ language: 'vi' });
    render(<Host />);
    fireEvent.keyDown(screen.getByLabelText('Tên'), { key: '?' });
    await flush();
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.keyDown(document.body, { key: '?', shiftKey: true });
    await flush();
    const dialog = screen.getByRole('dialog', { name: 'Phím tắt' });
    const row = (label: string) => within(dialog).getByText(label).closest('tr')?.textContent;
    expect(row('Hoàn tác')).toContain('Ctrl+Z');
    expect(row('Làm lại')).toContain('Ctrl+Y / Ctrl+Shift+Z');
    expect(row('Thụt vào (thành công việc con)')).toContain('Alt+Shift+→');
    expect(row('Thêm công việc')).toContain('Insert');
    expect(row('Xem danh sách phím tắt')).toContain('F1 / ?');

    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.keyDown(screen.getByLabelText('Tên'), { key: 'F1' });
    await flush();
    expect(screen.getByRole('dialog', { name: 'Phím tắt' })).toBeTruthy();
  });

  it('is in English when the UI is', async () => {
    usePlanStore.setState({ language: 'en' });
    render(<Host />);
    fireEvent.keyDown(document.body, { key: 'F1' });
    await flush();
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Undo').closest('tr')?.textContent).toContain('Ctrl+Z');
    usePlanStore.setState({ language: 'vi' });
  });

  it('every listed key runs its command, and only the listed ones work inside a text field', () => {
    for (const { command, keys, inField } of COMMAND_SHORTCUTS) {
      for (const combo of keys) {
        expect(shortcutCommand(eventOf(combo), false), combo).toBe(command);
        expect(shortcutCommand(eventOf(combo), true), combo).toBe(inField ? command : null);
      }
    }
    expect(shortcutCommand({ key: 'z', ctrlKey: false, metaKey: true, shiftKey: false, altKey: false }, false)).toBe('edit.undo');
    expect(shortcutCommand(eventOf('Ctrl+Alt+S'), false)).toBeNull();
    expect(shortcutCommand(eventOf('Z'), false)).toBeNull();
    expect(displayKeys('Alt+ArrowUp')).toBe('Alt+↑');
  });
});
