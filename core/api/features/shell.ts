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
}
