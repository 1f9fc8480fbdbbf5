/**
 * Menu → page: a menu click sends its command id to the focused window's
 * page on MENU_COMMAND_CHANNEL (the page runs it, see renderer/app/commands.ts).
 * Only ids from COMMAND_IDS travel; the preload checks them again on arrival.
 */
import type { WebContents } from 'electron';
import { MENU_COMMAND_CHANNEL, type CommandId } from '../core/api/commands';

/** The part of a BrowserWindow used here. */
export interface CommandTarget {
  isDestroyed(): boolean;
  webContents: Pick<WebContents, 'send'>;
}

/**
 * Sends to the first usable window: the focused app window, else the main
 * window (on macOS the menu stays usable with no window focused). Returns
 * the window that received it, or null when there is none.
 */
export function sendMenuCommand<W extends CommandTarget>(id: CommandId, candidates: ReadonlyArray<W | null | undefined>): W | null {
  const target = candidates.find((window): window is W => window != null && !window.isDestroyed());
  if (!target) return null;
  target.webContents.send(MENU_COMMAND_CHANNEL, id);
  return target;
}
