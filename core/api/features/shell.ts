/**
 * The desktop shell around the renderer (issue 7): the UI language the
 * native menus and message boxes follow, and the menu commands the shell
 * sends to the page (main → renderer, not a request: see core/api/commands.ts).
 */
import { z } from 'zod';
import type { CommandId } from '../commands';

export const UI_LANGUAGES = ['vi', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const shellContract = {
  /** The renderer's UI language: the shell rebuilds its menus (and dialogs) in it. */
  setUiLanguage: z.tuple([z.enum(UI_LANGUAGES)]),
} as const;

export interface ShellReturns {
  setUiLanguage: null;
}

/**
 * Added to window.tiendo by the preload (electron/bridge.ts) and by the e2e
 * harness. Optional: a client built only from the contract (component
 * tests) has no shell, hence no menu.
 */
export interface ShellEvents {
  /** Calls `listener` with each command the application menu sends; returns the unsubscribe. */
  onMenuCommand?(listener: (command: CommandId) => void): () => void;
  /**
   * Before the unsaved-changes question (closing the window, New, Open…) the
   * shell asks the page to save the text still being typed: `listener`
   * resolves true when nothing is left unsaved, false when a value was
   * refused (its field shows why, and nothing closes). Returns the unsubscribe.
   */
  onFlushRequest?(listener: () => Promise<boolean>): () => void;
}

/** main → page: "save what is being typed" (with a request number). */
export const FLUSH_REQUEST_CHANNEL = 'tiendo:flush-edits';
/** page → main: (request number, everything saved). */
export const FLUSH_REPLY_CHANNEL = 'tiendo:flush-edits-done';
/** page → main: this page answers flush requests (sent when it subscribes). */
export const FLUSH_READY_CHANNEL = 'tiendo:flush-edits-ready';
