/** Menu → page: the command goes to the focused window's webContents on the menu channel. */
import { describe, expect, it } from 'vitest';
import { MENU_COMMAND_CHANNEL } from '../../../core/api/commands';
import { sendMenuCommand, type CommandTarget } from '../../../electron/menuCommands';

function window(destroyed = false) {
  const sent: unknown[][] = [];
  const target: CommandTarget & { sent: unknown[][] } = {
    sent,
    isDestroyed: () => destroyed,
    webContents: { send: (channel: string, ...args: unknown[]) => void sent.push([channel, ...args]) },
  };
  return target;
}

describe('sendMenuCommand', () => {
  it('sends the id to the focused window only', () => {
    const focused = window();
    const main = window();
    expect(sendMenuCommand('edit.undo', [focused, main])).toBe(focused);
    expect(focused.sent).toEqual([[MENU_COMMAND_CHANNEL, 'edit.undo']]);
    expect(main.sent).toEqual([]);
  });

  it('falls back to the main window when none is focused (macOS keeps the menu without a focused window)', () => {
    const main = window();
    expect(sendMenuCommand('file.save', [null, main])).toBe(main);
    expect(main.sent).toEqual([[MENU_COMMAND_CHANNEL, 'file.save']]);
  });

  it('skips destroyed windows and sends nothing when there is no window', () => {
    const gone = window(true);
    expect(sendMenuCommand('view.day', [gone, undefined, null])).toBeNull();
    expect(gone.sent).toEqual([]);
  });
});
